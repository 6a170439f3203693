/**
 * The author box at the end of a story: an element its markup marks as about the author
 * ("author-bio", "about-author", "abh_description"), inside the story's container, after most
 * of its prose and with little of it following: the writer's name, job and biography, not the
 * story. A byline word on a long element (a columnist's "author-article") or on a line with
 * the story still to come (the byline of the next piece on a page of several) does not count.
 */
import type { RawBlock } from './blocks.js';
import type { PageIndex } from './dom.js';
import type { Extent } from './select.js';
import type { Sums } from './score.js';

/** Most text (characters) an author box holds. */
const MAX_BOX = 1000;
/** Share of the story's prose that may follow the box. */
const TAIL = 0.2;

export function authorBoxBlocks(index: PageIndex, blocks: RawBlock[], inside: boolean[], extent: Extent, sums: Sums): Set<RawBlock> {
  const out = new Set<RawBlock>();
  // Prose of the story from each block on: paragraphs with no furniture or byline mark.
  const from = new Float64Array(blocks.length + 1);
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k];
    const prose = inside[k] && b.type === 'paragraph' && b.linkLen < b.text.length * 0.5 && index.hintOwner[b.idx] < 0 && index.bylineOwner[b.idx] < 0;
    from[k] = from[k + 1] + (prose ? b.text.length : 0);
  }
  const total = from[0];
  const within = (r: number, j: number) => j > r && j <= index.end[r];
  for (let k = 0; k < blocks.length; k++) {
    const by = index.bylineOwner[blocks[k].idx];
    if (!inside[k] || by < 0 || sums.text[by] > MAX_BOX || !extent.roots.some((r) => within(r, by))) continue;
    let last = k;
    while (last + 1 < blocks.length && blocks[last + 1].idx >= by && blocks[last + 1].idx <= index.end[by]) last++;
    // Of the story's prose outside the box: half or more before it, a fifth at most after it.
    const before = total - from[k];
    const after = from[last + 1];
    const rest = before + after;
    if (before > 0 && before >= rest * 0.5 && after <= rest * TAIL) for (let j = k; j <= last; j++) if (inside[j]) out.add(blocks[j]);
    k = last;
  }
  return out;
}
