/**
 * Author fields of feeds and pages → personal names only. "jane@example.com (Jane Doe)"
 * and "Jane Doe <jane@…>" give Jane Doe, "By Jane Doe in Brussels" gives Jane Doe, lists
 * are split; agencies, site and staff accounts, e-mail addresses, URLs and the
 * publication's own name give none (vocab/accounts.ts).
 */
import { isPersonName } from '../text/names.js';
import { isOutletName } from '../text/outlets.js';
import { ACCOUNT_NAMES, ACCOUNT_WORDS, ACCOUNT_WORDS_ANY_SCRIPT, NAME_JOINERS, PLACE_AFTER } from './vocab/accounts.js';

const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

function unwrap(raw: string): string {
  const inParens = /^\S[^\s@]*@\S+\s*\(([^)]+)\)$/.exec(raw.trim());
  if (inParens) return inParens[1];
  return raw.replace(/<[^>@]*@[^>]*>/g, '').replace(/\([^)@]*@[^)]*\)/g, '');
}

function personal(candidate: string, exclude: Set<string>): string | null {
  const name = candidate
    .replace(/^(?:by|por|par|von|di|door|автор|от)\s+/i, '')
    .replace(PLACE_AFTER, '')
    .replace(/^[\s\p{P}]+|[\s,;:|–—-]+$/gu, '')
    .trim();
  if (!name || name.length > 60 || /[@\d/]|https?:|www\./i.test(name)) return null;
  const lower = norm(name);
  if (ACCOUNT_NAMES.has(lower) || exclude.has(lower) || ACCOUNT_WORDS.test(name)) return null;
  // "Редакция сайта", "מערכת וואלה": an account word in any script.
  if (lower.split(' ').some((w) => ACCOUNT_WORDS_ANY_SCRIPT.has(w))) return null;
  if (name.split(/\s+/).length > 5) return null;
  if (LATIN.test(name)) {
    if (isOutletName(name)) return null;
    // One word: a handle ("jdoe") unless capitalised like a name.
    if (!/\s/.test(name)) return /^\p{Lu}\p{Ll}+$/u.test(name) ? name : null;
    return isPersonName(name) || /^\p{Lu}/u.test(name) ? name : null;
  }
  return name;
}

/** Personal names in the author fields, in order, each once. */
export function personalNames(fields: readonly string[], exclude: readonly (string | null | undefined)[] = []): string[] {
  const skip = new Set(exclude.filter((e): e is string => !!e).map(norm));
  const out: string[] = [];
  for (const field of fields) {
    for (const part of unwrap(field).split(NAME_JOINERS)) {
      const name = personal(part, skip);
      if (name && !out.some((n) => norm(n) === norm(name))) out.push(name);
    }
  }
  return out;
}
