/**
 * Author fields of feeds and pages → personal names only. "jane@example.com (Jane Doe)"
 * and "Jane Doe <jane@…>" give Jane Doe, "By Jane Doe in Brussels" gives Jane Doe, lists
 * are split, reporter titles are dropped ("记者 张三" gives 张三, "山田太郎 記者" 山田太郎);
 * agencies, site and staff accounts, organisations, e-mail addresses, URLs and the
 * publication's own name give none (vocab/accounts.ts).
 */
import { isPersonName } from '../text/names.js';
import { isOutletName } from '../text/outlets.js';
import {
  ACCOUNT_NAMES, ACCOUNT_WORDS, BY_WORDS, CREDIT_ENDINGS, HAN_ORGANISATION_ENDINGS, NAME_JOINERS, ORGANISATION_ARTICLES, PLACE_AFTER, REPORTER_TITLES,
} from './vocab/accounts.js';

const LATIN = /^[\p{Script=Latin}\s.'’-]+$/u;
const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
/** Longest first, so that 本报记者 is dropped before 记者. */
const TITLES = [...REPORTER_TITLES].sort((a, b) => b.length - a.length);

function unwrap(raw: string): string {
  const inParens = /^\S[^\s@]*@\S+\s*\(([^)]+)\)$/.exec(raw.trim());
  if (inParens) return inParens[1];
  return raw.replace(/<[^>@]*@[^>]*>/g, '').replace(/\([^)@]*@[^)]*\)/g, '');
}

/** A CJK token without a reporter title joined to it ("本报记者李四" → 李四); '' when it is only one, or a credit ("台北報導"). */
function withoutTitle(token: string): string {
  if (REPORTER_TITLES.has(token) || BY_WORDS.has(token) || CREDIT_ENDINGS.some((e) => token.endsWith(e))) return '';
  for (const t of TITLES) {
    if (!CJK.test(t)) continue;
    if (token.length > t.length + 1 && token.startsWith(t)) return token.slice(t.length);
    if (token.length > t.length + 1 && token.endsWith(t)) return token.slice(0, -t.length);
  }
  return token;
}

/** The words of a candidate without titles and "by" words at either end ("Correspondent Jane Doe", "记者：张三"). */
function strip(candidate: string): string {
  const cjk = CJK.test(candidate);
  let tokens = candidate.split(cjk ? /[\s:：／/|·・]+/u : /\s+/u).filter(Boolean);
  if (cjk) tokens = tokens.map(withoutTitle).filter(Boolean);
  const drop = (t: string | undefined) => {
    const key = t?.toLowerCase().replace(/[:：]$/u, '');
    return key !== undefined && (REPORTER_TITLES.has(key) || BY_WORDS.has(key));
  };
  while (tokens.length > 1 && drop(tokens[0])) tokens.shift();
  while (tokens.length > 1 && drop(tokens[tokens.length - 1])) tokens.pop();
  // Two-word titles ("наш корреспондент") and a title left alone.
  if (tokens.length > 2 && REPORTER_TITLES.has(tokens.slice(0, 2).join(' ').toLowerCase())) tokens = tokens.slice(2);
  if (tokens.length === 1 && drop(tokens[0])) return '';
  return tokens.join(' ');
}

function isAccount(name: string, exclude: Set<string>): boolean {
  const lower = norm(name);
  if (ACCOUNT_NAMES.has(lower) || exclude.has(lower)) return true;
  if (lower.split(/[\s.·-]+/).some((w) => ACCOUNT_WORDS.has(w))) return true;
  if (HAN.test(name) && [...HAN_ORGANISATION_ENDINGS].some((e) => name.endsWith(e) && name.length > e.length + 1)) return true;
  // A word of an organisation's vocabulary inside a CJK name: 人民日报社, 中央电视台.
  return CJK.test(name) && [...ACCOUNT_WORDS].some((w) => CJK.test(w) && name.includes(w));
}

function personal(candidate: string, exclude: Set<string>): string | null {
  // A handle ("@jdoe", "filament_fan") names an account, not a person.
  if (/^\s*@|_/.test(candidate)) return null;
  const name = strip(candidate.replace(PLACE_AFTER, '').replace(/^[\s\p{P}]+|[\s,;:|–—-]+$/gu, '').trim()).replace(/^[\s\p{P}]+|[\s,;:|–—-]+$/gu, '');
  if (!name || name.length > 60 || /[@\d/]|https?:|www\./i.test(name)) return null;
  if (isAccount(name, exclude)) return null;
  const words = name.split(/\s+/);
  if (words.length > 5) return null;
  if (LATIN.test(name)) {
    if (isOutletName(name) || (words.length > 1 && ORGANISATION_ARTICLES.has(words[0].toLowerCase()))) return null;
    // One word: a handle ("jdoe") unless capitalised like a name.
    if (words.length === 1) return /^\p{Lu}\p{Ll}+$/u.test(name) ? name : null;
    return isPersonName(name) || /^\p{Lu}/u.test(name) ? name : null;
  }
  // A lower-case Latin word among other scripts is a site's name ("כתב ynet").
  if (words.some((w) => /^[a-z][a-z0-9.]*$/.test(w))) return null;
  return name;
}

/** Personal names in the author fields, in order, each once. */
export function personalNames(fields: readonly string[], exclude: readonly (string | null | undefined)[] = []): string[] {
  const skip = new Set(exclude.filter((e): e is string => !!e).map(norm));
  const out: string[] = [];
  for (const field of fields) {
    const names = unwrap(field).split(NAME_JOINERS).map((part) => personal(part, skip)).filter((n): n is string => !!n);
    // After a full name, a lone word is a place or a credit ("Jane Doe, Brussels"), not a second author.
    const full = names.some((n) => /\s/.test(n) || !LATIN.test(n));
    for (const name of names) {
      if (full && LATIN.test(name) && !/\s/.test(name)) continue;
      if (!out.some((n) => norm(n) === norm(name))) out.push(name);
    }
  }
  return out;
}
