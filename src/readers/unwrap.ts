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
  const cut: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i + 1].blankBefore && lines[i].width <= 120) cut.push(lines[i].width);
  }
  if (cut.length < 3) return null;
  const all = lines.length;
  const long = lines.filter((l) => l.width > 130).length;
  // One-paragraph-per-line text has many very long lines: not wrapped.
  if (long / all > 0.2) return null;
  // W is the largest width that a good share of cut lines come close to.
  const need = Math.max(2, Math.ceil(cut.length * 0.1));
  const sorted = [...cut].sort((a, b) => b - a);
  for (const w of sorted) {
    if (w < 30) break;
    const near = cut.filter((x) => x <= w && x > w - 8).length;
    if (near >= need) {
      const within = cut.filter((x) => x <= w).length / cut.length;
      return within >= 0.85 ? w : null;
    }
  }
  return null;
}

/** The first chunk a greedy wrapper would have had to fit on the previous line. */
function firstChunk(text: string): string {
  return /^\S+/.exec(text)?.[0] ?? '';
}

/** Does line `a` run on into line `b` (same block) in text wrapped at `width`? */
export function continues(a: PhysicalLine, b: PhysicalLine, width: number | null): boolean {
  if (width === null || b.blankBefore) return false;
  return a.width + 1 + firstChunk(b.text).length > width;
}

/** Group physical lines into blocks: paragraphs unwrapped, one block per intended line. */
export function groupBlocks(lines: PhysicalLine[], width: number | null): PhysicalLine[][] {
  const blocks: PhysicalLine[][] = [];
  let current: PhysicalLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (current.length && !continues(lines[i - 1], lines[i], width)) {
      blocks.push(current);
      current = [];
    }
    current.push(lines[i]);
  }
  if (current.length) blocks.push(current);
  return blocks;
}
