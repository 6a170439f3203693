/**
 * The last resort for a quotation whose clause after it holds a verb of saying but fits none
 * of the patterns of attribution.ts: a title written with dots ("», explică conf. dr. Radu
 * Ciobanu, coordonatorul proiectului"), a role phrase that names an organisation before the
 * person ("” diyor Yayla Outdoor ürün müdürü Burak Aydın."), a verb whose particle comes
 * after the name ("”, legt Visser uit."). Of the names in the clause, the one that stands
 * most like a speaker: one that ends the clause or opens an apposition (an organisation's
 * name goes on with the lower-case noun it qualifies), after a title abbreviation or a
 * lower-case role word. No language's word list is needed beyond its verbs of saying.
 */
import { LETTER, UPPER } from '../../text/letters.js';
import { matchesOf } from '../../text/matches.js';
import { isPersonName, NAME_SOURCE } from '../../text/names.js';
import { SENTENCE_END } from '../../text/sentences.js';
import type { Attribution } from './attribution.js';
import { mayHoldSpeech, verbsWithParticle } from './vocabulary.js';

const NAMES = new RegExp(String.raw`(?<![${LETTER}])${NAME_SOURCE}`, 'gu');
const SENTENCE_OR_QUOTE = new RegExp(String.raw`${SENTENCE_END.source}|.(?=["“„«»「])`);
// "dr.", "Drs.", "conf.", "Prof.": a short word with a dot right before the name.
const TITLE_BEFORE = new RegExp(String.raw`(?:^|\s)[${LETTER}]{1,5}\.\s+$`);
const ROLE_BEFORE = /(?:^|\s)\p{Ll}[\p{L}'’-]*\s+$/u;
const ENDS_CLAUSE = /^\s*(?:[,.;:!?—–)]|$)/u;
const GOES_ON_LOWER = /^\s+\p{Ll}/u;
const CAPITAL_WORD = new RegExp(String.raw`^[${UPPER}][${LETTER}'’-]+$`);

/** The attribution clause: the quotation's sentence after it, as attributionAfter reads it. */
function clauseAfter(after: string): string {
  const head = after.slice(0, 300).replace(/^[\s,]*[–—―]\s+/u, ', ');
  const end = SENTENCE_OR_QUOTE.exec(head);
  return end ? head.slice(0, end.index + (end[0].trimEnd().length || 1)) : head;
}

/** "legt Visser uit": a two-word verb of saying with the speaker between its words. */
function splitVerb(head: string): string | null {
  const words = head.trim().replace(/^,\s*/u, '').split(/\s+/);
  if (words.length < 3) return null;
  for (const [, particle] of verbsWithParticle(words[0].toLowerCase())) {
    for (let k = 1; k <= 3 && k + 1 < words.length; k++) {
      const name = words.slice(1, k + 1);
      const next = words[k + 1].replace(/[.,;:!?]+$/u, '');
      if (next.toLowerCase() === particle && name.every((w) => CAPITAL_WORD.test(w))) return name.join(' ');
    }
  }
  return null;
}

export function looseAttribution(after: string): Attribution | null {
  const head = clauseAfter(after);
  if (!mayHoldSpeech(head)) return null;
  const split = splitVerb(head);
  if (split) return { who: split, role: null, credentials: null };
  let best: { who: string; score: number } | null = null;
  for (const m of matchesOf(NAMES, head)) {
    const who = m[0].replace(/[.’'-]+$/u, '');
    if (!isPersonName(who)) continue;
    const at = m.index ?? 0;
    const before = head.slice(Math.max(0, at - 40), at);
    const rest = head.slice(at + who.length);
    let score = ENDS_CLAUSE.test(rest) ? 1 : GOES_ON_LOWER.test(rest) ? -1 : 0;
    if (TITLE_BEFORE.test(before)) score += 2;
    else if (ROLE_BEFORE.test(before)) score += 0.5;
    if (score > 0 && (!best || score > best.score)) best = { who, score };
  }
  return best ? { who: best.who, role: null, credentials: null } : null;
}
