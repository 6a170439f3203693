import type { PhysicalLine } from './lines.js';

/**
 * Hard-wrap detection. A greedy wrapper (textwrap, fmt, mail clients) fills each line up
 * to a width W and breaks only when the next word would not fit. So inside a wrapped
 * text, a line that is followed by a line of the same block *continues* into it exactly
 * when its length plus the next line's first word would exceed W; otherwise the break
 * was meant (a new paragraph, a list item). Text that is not hard-wrapped has W = null
 * and every line is a block of its own.
 */
export function detectWrapWidth(lines: PhysicalLine[]): number | null {
  // Lines followed by another line of the same block are the ones a wrapper may have cut.
  const cut: { width: number; next: number }[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i + 1].blankBefore && lines[i].width <= 120) cut.push({ width: lines[i].width, next: firstChunk(lines[i + 1].text).length });
  }
  if (cut.length < 3) return null;
  // Wrapped text has (almost) no very long lines; one-paragraph-per-line text has many.
  if (lines.filter((l) => l.width > 130).length / lines.length > 0.1) return null;
  // W: what nearly all cut lines stay within (a stray unwrapped line may exceed it), nudged
  // up to the longest cut line close by.
  const widths = cut.map((c) => c.width).sort((a, b) => a - b);
  const p95 = widths[Math.floor(0.95 * (widths.length - 1))];
  // A loop, not Math.max(...): a spread of a million widths overflows the stack.
  let width = 0;
  for (const w of widths) if (w <= p95 + 3 && w > width) width = w;
  if (width < 30) return null;
  // A wrapper cuts a line because the next word would not fit. Lists of short lines
  // (ingredients, scores) are cut on purpose, and a text made of them is not wrapped.
  const forced = cut.filter((c) => c.width + 1 + c.next > width).length / cut.length;
  return forced >= 0.4 ? width : null;
}

/** The first chunk a greedy wrapper would have had to fit on the previous line. */
function firstChunk(text: string): string {
  return /^\S+/.exec(text)?.[0] ?? '';
}

/** Does line `a` run on into line `b` (same block) in text wrapped at `width`? */
// A rule ("=====", "-----") stands alone: it never continues or is continued.
const RULE = /^[-=*_~#•·]{3,}$/;

// A bar of items between middle dots ("OUTLET · THURSDAY 20 NOVEMBER · PAGE 4": an e-paper
// running head, a share bar) is a line of its own.
const BAR = /\S\s[·|]\s\S.*\s[·|]\s\S/u;
// A line in capitals of two words or more (a byline, a kicker) is set apart from mixed-case text.
const caps = (s: string) => /(?<!\p{Lu})\p{Lu}{2,}\P{L}+\p{Lu}{2,}/u.test(s) && !/\p{Ll}/u.test(s);

export function continues(a: PhysicalLine, b: PhysicalLine, width: number | null, after?: PhysicalLine): boolean {
  if (width === null || b.blankBefore || RULE.test(a.text) || RULE.test(b.text)) return false;
  if (BAR.test(a.text) || BAR.test(b.text) || caps(a.text) !== caps(b.text)) return false;
  const reach = a.width + 1 + firstChunk(b.text).length;
  if (reach > width) return true;
  // Typeset columns (an e-paper, a PDF) are wrapped by a proportional font, not by a count of
  // characters: a line that stops mid-sentence, close to the width, before a line that starts
  // in lower case (or after a comma or a dash) runs on into it.
  const midSentence = /^\p{Ll}/u.test(b.text) || /[,;–—]$/u.test(a.text);
  if (midSentence && /[\p{L}\p{N},;–—]$/u.test(a.text) && reach > 0.8 * width) return true;
  // A full line that stops on a lower-case word ("… til fiskeanlegget på") before a name ("Nesvik, betyr …") runs on too:
  // a heading or a list item is rarely that long, and a sentence does not end without its mark.
  // When the name's line runs on in turn into a line in lower case, it is inside a paragraph, not an item of a list.
  const inParagraph = after !== undefined && !after.blankBefore && /^\p{Ll}/u.test(after.text);
  return inParagraph && /\p{Ll}$/u.test(a.text) && a.width >= 0.8 * width && /^\p{Lu}\p{Ll}*[\p{Ll},]\s\p{Ll}/u.test(b.text);
}

/** Group physical lines into blocks: paragraphs unwrapped, one block per intended line. */
export function groupBlocks(lines: PhysicalLine[], width: number | null): PhysicalLine[][] {
  const blocks: PhysicalLine[][] = [];
  let current: PhysicalLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (current.length && !continues(lines[i - 1], lines[i], width, lines[i + 1])) {
      blocks.push(current);
      current = [];
    }
    current.push(lines[i]);
  }
  if (current.length) blocks.push(current);
  return blocks;
}
