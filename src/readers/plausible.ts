/**
 * How plausible a decoding of legacy bytes is as text, to choose between single-byte
 * encodings that chardet ranks alike on short input (Russian cp1251 scores as cp1252 on a
 * few lines). A wrong single-byte decoding shows in its words: Cyrillic read as Latin-1
 * gives Latin words made mostly of accented letters ("ïàðêå"); Latin-1 read as Cyrillic
 * mixes scripts inside a word ("cafй"); Latin-2 read as cp1252 puts symbols between
 * letters ("wi³cej"). The share of such words among the words that have non-ASCII letters
 * is the decoding's cost; real text has next to none.
 */

const WORD = /[\p{L}\p{M}]+/gu;
// A symbol (not a letter, not ASCII, not general punctuation) standing between two letters.
const SYMBOL_INSIDE = /\p{L}[\u00a1-\u00bf\u00d7\u00f7]\p{L}/gu;
const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Arabic}/u, /\p{Script=Hebrew}/u, /\p{Script=Thai}/u];
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/gu;

function implausible(word: string): boolean {
  if (SCRIPTS.filter((s) => s.test(word)).length > 1) return true;
  if (word.length < 3 || !SCRIPTS[0].test(word)) return false;
  return (word.match(NON_ASCII)?.length ?? 0) * 2 > word.length;
}

/** Cost of a decoding, 0 (plausible) to 1; only the first 16 KB are read. */
export function decodingCost(text: string): number {
  const sample = text.slice(0, 16384);
  let words = 0;
  let bad = 0;
  for (const [word] of sample.matchAll(WORD)) {
    // eslint-disable-next-line no-control-regex
    if (/^[\u0000-\u007f]*$/.test(word)) continue;
    words++;
    if (implausible(word)) bad++;
  }
  bad += sample.match(SYMBOL_INSIDE)?.length ?? 0;
  return words ? Math.min(1, bad / words) : 0;
}
