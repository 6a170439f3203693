/**
 * Matching a line against a phrase list by words, not by one regex of every phrase: a
 * line is split into lower-case words once, and phrases are looked up by their first
 * word, so the cost grows with the line, not with the vocabulary of every language.
 */
import { matchesOf } from '../text/matches.js';

export interface Words {
  tokens: string[];
  /** Offset in the text where each token starts and ends. */
  starts: number[];
  ends: number[];
}

// A word: letters with their combining marks (Devanagari vowel signs are marks), digits,
// inner apostrophes. Han characters stand for a word each: Chinese writes no spaces, so a
// phrase of several characters is matched as a run of one-character tokens.
const TOKEN = /\p{Script=Han}|#?(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Words {
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of matchesOf(TOKEN, text)) {
    // "İ" lower-cases to "i" and a combining dot, which no phrase list spells.
    let lower = m[0].toLowerCase();
    // Greek capitals drop their accents ("ΔΙΑΦΗΜΙΣΗ" is "διαφήμιση"): Greek words are compared without them.
    if (/\p{Script=Greek}/u.test(lower)) lower = lower.normalize('NFD').replace(/[\u0301\u0308\u0344]/gu, '').normalize('NFC');
    tokens.push(lower.includes('’') || lower.includes('\u0307') ? lower.replace(/’/g, "'").replace(/i\u0307/g, 'i') : lower);
    starts.push(m.index!);
    ends.push(m.index! + m[0].length);
  }
  return { tokens, starts, ends };
}

// The same lines are asked about by several lists in a row: keep the words of the last few hundred.
const recent = new Map<string, Words>();
export function wordsOf(text: string): Words {
  let words = recent.get(text);
  if (!words) {
    if (recent.size >= 512) recent.clear();
    words = tokenize(text);
    recent.set(text, words);
  }
  return words;
}

export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: string[]) {
    for (const phrase of phrases) {
      const { tokens } = tokenize(phrase);
      if (!tokens.length) continue;
      const list = this.byFirst.get(tokens[0]) ?? [];
      list.push(tokens);
      this.byFirst.set(tokens[0], list);
    }
    // Longest first, so "read more" wins over "read".
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Length in tokens of the longest phrase starting at token `i`, or 0. */
  startAt(words: Words, i: number): number {
    return i < words.tokens.length ? this.at(words, i) : 0;
  }

  private at(words: Words, i: number): number {
    const candidates = this.byFirst.get(words.tokens[i]);
    if (!candidates) return 0;
    for (const p of candidates) {
      if (i + p.length > words.tokens.length) continue;
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) ok = words.tokens[i + k] === p[k];
      if (ok) return p.length;
    }
    return 0;
  }

  /** The text opens with a phrase (anything but letters may stand before it). */
  start(text: string): number {
    const words = wordsOf(text);
    return words.tokens.length ? this.at(words, 0) : 0;
  }

  /** The text is one phrase, give or take punctuation and symbols around it. */
  whole(text: string): boolean {
    const words = wordsOf(text);
    return words.tokens.length > 0 && this.at(words, 0) === words.tokens.length;
  }

  /** A phrase, then a colon, bar, arrow or dash: "Leia também: …". */
  label(text: string): boolean {
    const words = wordsOf(text);
    const n = words.tokens.length ? this.at(words, 0) : 0;
    if (!n) return false;
    // The mark may follow the phrase at once, or, after a phrase of several words, a few words later ("Coming up on Monday: …").
    for (let extra = 0; extra <= (n >= 2 ? 3 : 0) && n - 1 + extra < words.tokens.length; extra++) {
      const rest = text.slice(words.ends[n - 1 + extra]).trimStart();
      // A bar's dot after the label works as its colon ("Publicidad · Cazuelas …").
      if (/^[:|›»>–—=＝：】\]·•-]/u.test(rest) || (extra === 0 && /^\.\s/u.test(rest) && words.tokens[n - 1].length <= 4)) return true;
    }
    return false;
  }

  /** A phrase anywhere in the text, at word boundaries. */
  any(text: string): boolean {
    return this.longest(text) > 0;
  }

  /** Length in words of the longest phrase anywhere in the text (0 when none): "the views expressed" says more than "copyright". */
  longest(text: string): number {
    const words = wordsOf(text);
    let best = 0;
    for (let i = 0; i < words.tokens.length; i++) best = Math.max(best, this.at(words, i));
    return best;
  }
}
