/**
 * What the boilerplate rules know about each block: its text, word count, whether it is one
 * item of a list, and (computed on first use) how much of its vocabulary the story shares.
 */
import type { RootContent } from 'mdast';
import { blockText } from '../../tree.js';
import { contentWords, stem, wordCount } from '../../text/words.js';
import type { RuleContext } from './rules.js';

/** The form of a short line: what a list's items share ("Label: $1.10", "June 9 -- Venue, City"). */
function listForm(text: string, words: number): string | null {
  if (words > 14 || /[.;,]["”’)]*$/.test(text)) return null;
  return [/:/.test(text), /[\d$£€]/.test(text), /\?$/.test(text), /^[\d(]|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d/i.test(text)].join('');
}

/**
 * Each block's text and shape, computed once for all rules. The story's vocabulary is
 * costly (every word of every block) and only the ad rule needs it, after its cheap tests
 * pass: it is computed on first use.
 */
export function describe(blocks: RootContent[]): RuleContext[] {
  const own = blocks.map((b) => {
    const text = blockText(b).replace(/\s+/g, ' ').trim();
    const words = wordCount(text);
    return { text, words, form: listForm(text, words) };
  });
  // Only the story-wide counts are kept; a block's own stems are recomputed when asked (few
  // blocks are), as a Set per block costs ~8x the input in memory on a long text.
  let counts: Map<string, number> | null = null;
  const stemsOf = (i: number) => new Set(contentWords(own[i].text).map(stem));
  const overlapAt = (i: number) => {
    if (!counts) {
      counts = new Map();
      for (let j = 0; j < own.length; j++) for (const w of stemsOf(j)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    // Words found elsewhere in the story: in some other block than this one.
    const mine = stemsOf(i);
    let elsewhere = 0;
    for (const w of mine) if ((counts.get(w) ?? 0) > 1) elsewhere++;
    return mine.size ? elsewhere / mine.size : 0;
  };
  return own.map(({ text, words, form }, i) => ({
    text,
    words,
    listItem: form !== null && (own[i - 1]?.form === form || own[i + 1]?.form === form),
    get storyOverlap() {
      return overlapAt(i);
    },
  }));
}

