/**
 * The standfirst: prose set between the headline and the story's container (a lead paragraph
 * in the article header, a summary above the body wrapper). Blocks after the headline and
 * before the extent's first block that read as prose and carry no furniture or byline mark
 * (a promo word on an unlinked paragraph there is the story's own teaser)
 * belong to the story; the gap must be short, so a column of teasers is never taken.
 */
import type { RawBlock } from './blocks.js';
import type { PageIndex } from './dom.js';
import { inExtent, prose, type Extent } from './select.js';
import { collapse } from './text.js';

/** Most blocks between the headline and the story for the ones between to count as its lead. */
const MAX_GAP = 30;

const norm = (s: string) => collapse(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A heading that is the title, or holds it, or is held by it (a site name or a kicker around it), at 20 characters or more. */
function namesTitle(heading: string, title: string): boolean {
  return heading === title || (heading.length >= 20 && (title.includes(heading) || heading.includes(title)));
}

export function leadBlocks(index: PageIndex, blocks: RawBlock[], extent: Extent, headline: string | null): RawBlock[] {
  const first = blocks.findIndex((b) => inExtent(index, extent, b));
  if (first <= 0) return [];
  const title = headline ? norm(headline) : null;
  let h = -1;
  for (let k = first - 1; k >= Math.max(0, first - MAX_GAP - 1); k--) {
    const b = blocks[k];
    if (b.type === 'heading' && (b.level === 1 || (title !== null && namesTitle(norm(b.text), title)))) {
      h = k;
      break;
    }
  }
  if (h < 0) return [];
  // A preview that repeats the story's own text (a paywall's visible first paragraph) is not a lead.
  const story = new Set<string>();
  for (let k = first; k < blocks.length; k++) if (inExtent(index, extent, blocks[k])) story.add(blocks[k].text);
  const out: RawBlock[] = [];
  for (let k = h + 1; k < first; k++) {
    const b = blocks[k];
    const owner = index.hintOwner[b.idx];
    // A "teaser" word on an unlinked paragraph there marks the story's own teaser, not a promo.
    const ownTeaser = owner >= 0 && index.kind[owner] === 'promo' && index.strong[owner] < 2 && b.linkLen === 0;
    if (b.type !== 'paragraph' || (owner >= 0 && !ownTeaser) || index.bylineOwner[b.idx] >= 0) continue;
    if (b.text.length > 80 && !story.has(b.text) && prose(b.text.length, b.linkLen, b.text)) out.push(b);
  }
  return out;
}
