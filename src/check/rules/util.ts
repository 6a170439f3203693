/** Small helpers the rules share: finding a match's place, comparing and clipping text. */
import type { Point } from '../../types.js';
import type { CheckBlock, Located } from '../types.js';
import { foldWhitespace } from '../../text/whitespace.js';

// How a piece of text may be written in the raw lines when a reader decoded it: a Markdown
// or HTML source escapes "&" and "<" ("&amp;nbsp;" is read as the text "&nbsp;").
const WRITTEN: ((s: string) => string)[] = [
  (s) => s,
  (s) => s.replace(/&/g, '&amp;'),
  (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  (s) => s.replace(/&/g, '&#38;'),
];

/** The place of `needle` in a block: its column on the raw line holding it (as written there), else the block's start. */
export function placeOf(block: Located, needle: string): Point {
  for (const write of WRITTEN) {
    const written = write(needle);
    for (const line of block.lines ?? []) {
      const i = line.text.indexOf(written);
      if (i >= 0) return { line: line.position.start.line, column: line.position.start.column + i };
    }
  }
  return { line: block.position.start.line, column: block.position.start.column };
}

/** Lower case, one space, no punctuation at the ends: for "the same text" comparisons. */
export function normalise(text: string): string {
  return foldWhitespace(text.toLowerCase()).replace(/^[\s\p{P}]+/u, '').replace(/(?<![\s\p{P}])[\s\p{P}]+$/u, '');
}

// Scripts written without spaces between words: about two characters make a word.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

export function words(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const rest = unspaced ? text.replace(UNSPACED, ' ') : text;
  return (rest.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0) + Math.ceil(unspaced / 2);
}

export function clip(text: string, max = 60): string {
  const t = foldWhitespace(text).trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Blocks whose text a reader sees (all but the pipeline's furniture and raw HTML blocks). */
export function textBlocks(blocks: readonly CheckBlock[]): CheckBlock[] {
  return blocks.filter((b) => b.kind !== 'boilerplate');
}
