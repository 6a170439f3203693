/**
 * The form of a pull-quote candidate: the pulled words without their enclosing marks, and
 * the credit the page gave them — after a dash (“…” — NAME, 「…」――NAME), as reported
 * speech (“…,” said NAME / „…“, sagt NAME), or on a last line of its own opening with a
 * dash. Also the shingles a repeat is measured by, for spaced and unspaced scripts alike.
 */
import type { RootContent } from 'mdast';
import { blockLines, blockText } from '../tree.js';
import { namesIn, surname } from '../text/names.js';
import { shingles } from '../text/shingles.js';
import { INVERTING_LIST, PRONOUN, VERB_LIST } from './quotes/vocabulary.js';

export const OPEN = `"“‘'«„「『”»`;
export const CLOSE = `"”’'»“」』«`;
const DASH_CHARS = '—–―-';
const DASHES = ['—', '–', '―', '--', '-'];
const CREDIT_LINE = /^(?:[—–―]{1,2}|--?)\s*([^"“”「」]{2,120})$/u;

export interface Candidate {
  inner: string;
  attribution: string | null;
  quoted: boolean;
  /** How the credit was given: after a dash (or on a dash line), or as reported speech. */
  form: 'dash' | 'said' | null;
}

function unquote(text: string): { inner: string; quoted: boolean } {
  const t = text.trim();
  if (t.length > 2 && OPEN.includes(t[0]) && CLOSE.includes(t[t.length - 1])) return { inner: t.slice(1, -1).trim(), quoted: true };
  return { inner: t, quoted: false };
}

// `“…,” said Rosalind Achterberg.` / `“…,” Achterberg says.`: a credit given as reported speech.
const SAID_CREDIT = new RegExp(String.raw`^[,\s]*(?:[—–]\s*)?${INVERTING_LIST}\s+([^"“”«»„「」\n]{2,120})$`, 'u');
const CREDIT_SAID = new RegExp(String.raw`^[,\s]*(?:[—–]\s*)?(\p{Lu}[^"“”«»„「」\n]{1,119}?)\s+${VERB_LIST}$`, 'u');
// `“…,” she said.` / `“…,” said he.`: the page copied the quotation with its pronoun credit.
// Two regexes, not one `^…$|^…$`: V8 does not see a top-level alternation as anchored and
// would try it at every position of the text (about 300× slower).
const PRONOUN_SAID = new RegExp(String.raw`^[,\s]*(?:[—–]\s*)?(${PRONOUN})\s+${VERB_LIST}$`, 'u');
const SAID_PRONOUN = new RegExp(String.raw`^[,\s]*(?:[—–]\s*)?${INVERTING_LIST}\s+(${PRONOUN})$`, 'u');

/** `“…” — credit`: a closing mark, a dash (or a run of two), then a short credit with no quotes. */
function dashCredit(text: string): { quote: string; credit: string } | null {
  for (const dash of DASHES) {
    const at = text.lastIndexOf(dash);
    if (at < 1) continue;
    let from = at;
    while (from > 0 && DASH_CHARS.includes(text[from - 1])) from--;
    const quote = text.slice(0, from).trimEnd();
    const credit = text.slice(at + dash.length).trim();
    if (CLOSE.includes(quote[quote.length - 1]) && credit.length >= 2 && credit.length <= 120 && !/["“”「」]/.test(credit)) return { quote, credit };
  }
  return null;
}

/**
 * `“…,” said NAME`: the quotation closes at one of its closing marks (an apostrophe in
 * the credit, "the clinic’s director", is not one), and only the credit follows it.
 */
function saidCredit(text: string): { quote: string; credit: string } | null {
  if (!OPEN.includes(text[0])) return null;
  for (let close = text.length - 1; close >= 2; close--) {
    if (!CLOSE.includes(text[close])) continue;
    const rest = text.slice(close + 1).trim().replace(/[.!]$/, '');
    if (rest.length > 130) return null;
    const said = SAID_CREDIT.exec(rest) ?? CREDIT_SAID.exec(rest);
    if (said) return { quote: text.slice(0, close + 1), credit: said[1].trim() };
    const pronoun = PRONOUN_SAID.exec(rest) ?? SAID_PRONOUN.exec(rest);
    if (pronoun) return { quote: text.slice(0, close + 1), credit: pronoun[1].trim() };
  }
  return null;
}

/** `NAME: “…”`: a credit that leads, a person named before a colon, the quotation after it. */
function leadCredit(text: string): { quote: string; credit: string } | null {
  const colon = text.search(/[:：]/u);
  if (colon < 3 || colon > 80) return null;
  const credit = text.slice(0, colon).trim();
  const quote = text.slice(colon + 1).trim();
  if (!OPEN.includes(quote[0]) || !CLOSE.includes(quote.replace(/[.!]$/u, '').at(-1) ?? '')) return null;
  return credit.split(/\s+/).length <= 8 && speakerFromCredit(credit) !== null ? { quote: quote.replace(/[.!]$/u, ''), credit } : null;
}

export function candidateOf(node: RootContent): Candidate {
  const text = blockText(node).trim();
  const lines = blockLines(node);
  const lastLine = lines.length > 1 ? lines[lines.length - 1].text.trim() : null;
  // A last line that is a dash credit (a line of a wrapped paragraph may open with a dash too).
  const creditLine = lastLine ? dashCreditLine(lastLine) : null;
  const at = creditLine && lastLine ? text.lastIndexOf(lastLine) : -1;
  if (creditLine && at > 0) return { ...unquote(text.slice(0, at).trimEnd()), attribution: creditLine, form: 'dash' };
  const dashed = dashCredit(text);
  if (dashed) return { ...unquote(dashed.quote), attribution: dashed.credit, form: 'dash' };
  // A leading credit is a quotation paragraph's form too: like "said NAME" it needs a quoted source.
  const said = saidCredit(text) ?? leadCredit(text);
  if (said) return { ...unquote(said.quote), attribution: said.credit, form: 'said' };
  return { ...unquote(text), attribution: null, form: null };
}

const UNSPACED = /[\u3040-\u30FF\u3400-\u9FFF]/g;
const UNSPACED_RUN = /[\p{L}\p{N}]/u;

/** Is a text written mostly in a script without spaces between words (Japanese, Chinese)? */
export function isUnspaced(text: string): boolean {
  return (text.match(UNSPACED)?.length ?? 0) * 2 > text.replace(/\s/g, '').length;
}

/** Word 3-shingles; for an unspaced script, shingles of three characters (marks left out). */
export function repeatShingles(text: string): Set<string> {
  if (!isUnspaced(text)) return shingles(text);
  const chars = [...text].filter((c) => UNSPACED_RUN.test(c));
  const out = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return out;
}

/**
 * A credit line of its own opening with a dash ("— Callum Rennie, community council"): a few
 * words, not a sentence (a dash that opens a line of dialogue is followed by one).
 */
export function dashCreditLine(line: string): string | null {
  const credit = CREDIT_LINE.exec(line)?.[1]?.trim();
  if (!credit || /[.!?…]$/u.test(credit) || credit.split(/\s+/).length > 12) return null;
  return namesSomeone(credit) ? credit : null;
}

/** Does a credit name a person ("Callum Rennie, community council", 村上健司), or is it a few words of a script without capitals? */
function namesSomeone(credit: string): boolean {
  if (speakerFromCredit(credit) !== null) return true;
  return !/[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u.test(credit) && credit.split(/\s+/).length <= 6;
}

/**
 * A credit line without a dash under a quoted copy: a name opening a short line, then
 * nothing or a comma and a role ("Callum Rennie, community council"), no closing full stop;
 * the person is one the source paragraph names.
 */
export function nameCredit(line: string, source: string): string | null {
  if (!line || line.length > 90 || /[.!?:;"“”»]$/u.test(line)) return null;
  const first = namesIn(line)[0];
  if (first?.index !== 0) return null;
  const rest = line.slice(first.name.length).trim();
  if (rest !== '' && !rest.startsWith(',')) return null;
  return source.includes(surname(first.name)) ? line : null;
}

/** The person a credit names ("sex therapist Sari Cooper, LCSW" → "Sari Cooper"). */
export function speakerFromCredit(credit: string | null): string | null {
  if (!credit) return null;
  const names = namesIn(credit);
  if (names.length) return names[names.length - 1].name;
  // An unspaced-script credit of a few characters and nothing else is the name itself (村上健司).
  return isUnspaced(credit) && /^[\u3040-\u30FF\u3400-\u9FFF]{2,10}$/u.test(credit) ? credit : null;
}
