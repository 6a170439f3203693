/**
 * Text measures the eval scorer is built from. They follow the metric definitions in the
 * header of `../shared/eval/score.mjs` (the grader), re-implemented here so the project can
 * score itself in-process: whitespace collapsing, \w+ tokens, 4-token shingles as
 * evaluate.py's string_shingle_matching, quote matching and date agreement.
 */

/** Runs of whitespace to one space, trimmed. */
export const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/gu, ' ').trim();

/** Case-insensitive comparison key. */
export const fold = (s: string | null | undefined): string => collapse(s).toLowerCase();

/** Python's `\w+` tokens: letters, digits (every Unicode number) and the underscore. */
export function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Non-overlapping occurrences of `needle` in `hay`. */
export function occurrences(hay: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** A multiset of strings. */
export function bag(items: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

/** Jaccard overlap of the two texts' lower-cased token sets (1 when both have none). */
export function tokenJaccard(a: string, b: string): number {
  const A = new Set(words(a.toLowerCase()));
  const B = new Set(words(b.toLowerCase()));
  if (A.size === 0 && B.size === 0) return 1;
  let shared = 0;
  for (const t of A) if (B.has(t)) shared++;
  return shared / (A.size + B.size - shared);
}

/** Two quotations are the same when their tokens overlap by 0.8 or one holds the other. */
export function sameQuote(output: string, label: string): boolean {
  if (output === '') return false;
  return tokenJaccard(output, label) >= 0.8 || output.includes(label) || label.includes(output);
}

/** 4-token shingles; a text shorter than that is one shingle of all its tokens. */
function shingles(text: string, size: number): Map<string, number> {
  const toks = words(text);
  const out: string[] = [];
  const last = Math.max(0, toks.length - size);
  for (let i = 0; i <= last && toks.length > 0; i++) out.push(toks.slice(i, i + size).join('\u0001'));
  return bag(out);
}

/** [tp, fp, fn] of one case, each divided by their sum (all 0 when both sides are empty). */
export type Shares = [tp: number, fp: number, fn: number];

export function shingleShares(truth: string, predicted: string, size = 4): Shares {
  const T = shingles(truth, size);
  const P = shingles(predicted, size);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...T.keys(), ...P.keys()])) {
    const t = T.get(key) ?? 0;
    const p = P.get(key) ?? 0;
    tp += Math.min(t, p);
    if (p > t) fp += p - t;
    else fn += t - p;
  }
  const sum = tp + fp + fn;
  return sum === 0 ? [0, 0, 0] : [tp / sum, fp / sum, fn / sum];
}

const average = (xs: number[]): number => (xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * evaluate.py's averaging: precision over the cases that predicted something, recall over
 * the cases that should have; a case with no error at all scores 1 on both; F1 of the means.
 */
export function averagedF1(cases: Shares[]): { precision: number; recall: number; f1: number } {
  const perfect = ([, fp, fn]: Shares) => fp === 0 && fn === 0;
  const precision = average(cases.filter(([tp, fp]) => tp + fp > 0).map((c) => (perfect(c) ? 1 : c[0] / (c[0] + c[1]))));
  const recall = average(cases.filter(([tp, , fn]) => tp + fn > 0).map((c) => (perfect(c) ? 1 : c[0] / (c[0] + c[2]))));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Precision, recall and F1 from matched / output / labelled counts (1 when both are empty). */
export function countF1(matched: number, output: number, labelled: number): number {
  const p = output ? matched / output : labelled ? 0 : 1;
  const r = labelled ? matched / labelled : output ? 0 : 1;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

interface IsoParts {
  date: string;
  time: string | null;
  /** Minutes east of UTC, when the text gives an offset. */
  offset: number | null;
}

function isoParts(s: string): IsoParts | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(s.trim());
  if (!m) return null;
  const [, date, hh, mm, ss, zone] = m;
  const time = hh === undefined ? null : `${hh}:${mm}:${ss ?? '00'}`;
  let offset: number | null = null;
  if (zone === 'Z') offset = 0;
  else if (zone) offset = (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return { date, time, offset };
}

/**
 * The output agrees with what the label gives: a date, the same date; a local date-time,
 * the same date and time; a date-time with an offset, the same instant.
 */
export function sameDate(label: string, output: string): boolean {
  const L = isoParts(label);
  const O = isoParts(output);
  if (!L || !O) return false;
  if (L.time === null) return L.date === O.date;
  if (O.time === null) return false;
  if (L.offset === null) return L.date === O.date && L.time === O.time;
  if (O.offset === null) return false;
  const instant = (x: IsoParts) => Date.parse(`${x.date}T${x.time}Z`) - (x.offset ?? 0) * 60_000;
  return instant(L) === instant(O);
}
