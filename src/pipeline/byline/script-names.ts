/**
 * Personal names in scripts without capital letters (Hebrew, Arabic, Devanagari and the
 * other Indic scripts, Thai, Chinese, Japanese, Korean), where "a capitalised run" cannot
 * tell a name. They are taken as names only where a credit formula says a name stands:
 * after "מאת:", "लेखक:", "原创", before "기자", or alone in brackets at a story's end.
 */

import { articleLanguage } from '../../text/article-language.js';
import { bylineWords } from '../../lang/vocabulary.js';

// One word of a caseless script: letters and their marks only.
const CASELESS_WORD =
  /^[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Thai}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{M}\u30FC'’-]+$/u;
// Han, kana and Hangul write a name as one word of two to four characters.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * One caseless-script name: two to four words, or one CJK word of two to four characters; in
 * Japanese also family and given name apart ("小野寺 美咲"), one to three characters each.
 */
export function isScriptName(text: string): boolean {
  const tokens = text.trim().split(/\s+/u);
  if (!tokens.every((t) => CASELESS_WORD.test(t))) return false;
  if (CJK.test(text)) {
    if (tokens.length === 2 && articleLanguage() === 'ja' && !/\p{Script=Hangul}/u.test(text)) return tokens.every((t) => [...t].length <= 3);
    return tokens.length === 1 && [...tokens[0]].length >= 2 && [...tokens[0]].length <= 4;
  }
  return tokens.length >= 2 && tokens.length <= 4;
}

/** The text is in a caseless script (its letters are). */
export function isCaseless(text: string): boolean {
  const letters = text.replace(/\P{L}/gu, '');
  return letters.length > 0 && [...letters].every((c) => CASELESS_WORD.test(c));
}

/** Names in a credit written in a caseless script: "נועה בן שושן", "A، B", "林晓雯、王磊". */
export function scriptNames(text: string, conjunctions: Set<string>): string[] {
  const split = (prefixed: boolean) => text.split(/[,،、;&]/u).flatMap((p) => splitOnWord(p.trim(), conjunctions, prefixed));
  // Split on a prefixed "and" only where every part is then a name ("أحمد بن وليد" is one).
  for (const parts of [split(true), split(false)]) if (parts.length && parts.every(isScriptName)) return parts;
  return [];
}

let prefixes: string[] | null = null;

function splitOnWord(text: string, words: Set<string>, prefixed: boolean): string[] {
  // Arabic writes "and" on the next word ("سلمى الحدّاد وكريم العبيدي"): after a whole name of two words, it opens the next.
  prefixes ??= bylineWords('conjunctionPrefixes');
  const out: string[][] = [[]];
  for (const t of text.split(/\s+/u)) {
    const current = out[out.length - 1];
    const prefix = prefixed && current.length >= 2 ? prefixes.find((p) => t.startsWith(p) && [...t].length > [...p].length + 1) : undefined;
    if (words.has(t)) out.push([]);
    else if (prefix) out.push([t.slice(prefix.length)]);
    else current.push(t);
  }
  return out.map((w) => w.join(' ')).filter(Boolean);
}
