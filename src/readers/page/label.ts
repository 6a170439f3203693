/**
 * Say what each block is once the article's extent is known: content, the headline repeated,
 * a byline, or furniture with its kind. Furniture inside the article is what its own markup
 * says it is (a share bar, a related-stories box) or a block made mostly of links.
 */
import type { BoilerplateKind } from '../../types.js';
import type { RawBlock } from './blocks.js';
import type { PageIndex } from './dom.js';
import { inExtent, type Extent } from './select.js';
import type { Sums } from './score.js';
import { phraseKind } from './phrases.js';
import { collapse } from './text.js';

const norm = (s: string) => collapse(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Kind for a block outside the article. */
function outsideKind(index: PageIndex, b: RawBlock): BoilerplateKind {
  const owner = index.hintOwner[b.idx];
  if (owner >= 0) return index.kind[owner]!;
  return b.linkLen > b.text.length * 0.5 ? 'navigation' : 'other';
}

function isByline(index: PageIndex, b: RawBlock): boolean {
  return index.bylineOwner[b.idx] >= 0 && b.text.length < 150;
}

function linkHeavy(b: RawBlock): boolean {
  if (b.type === 'heading' || b.type === 'figure') return false;
  const share = b.linkLen / Math.max(1, b.text.length);
  // A list of sentences that link (a changelog, a reading list) is content; a list of short links is not.
  if (b.type === 'list') return share > 0.35 && (b.text.length < 400 || b.text.length / Math.max(1, b.items?.length ?? 1) < 60);
  return share > 0.5;
}

/** With `sparing`, furniture marked inside the story that holds half its text or more stays content. */
export function label(index: PageIndex, blocks: RawBlock[], extent: Extent | null, sums: Sums, headline: string | null, sparing = false): void {
  const title = headline ? norm(headline) : '';
  let titled = false;
  let contentSeen = false;
  const mainText = extent ? extent.roots.reduce((n, r) => n + sums.text[r], 0) : 0;
  for (const b of blocks) {
    const inside = extent !== null && inExtent(index, extent, b);
    if (!titled && title && b.type === 'heading' && !contentSeen && norm(b.text) === title) {
      b.role = 'headline';
      titled = true;
      continue;
    }
    if (!inside) {
      if (isByline(index, b) && !contentSeen) b.role = 'byline';
      else b.boilerplate = outsideKind(index, b);
      continue;
    }
    const owner = index.hintOwner[b.idx];
    const ownerInside = owner >= 0 && extent!.roots.some((r) => owner >= r && owner <= index.end[r]);
    if (ownerInside && (!sparing || sums.text[owner] < mainText * 0.5)) {
      b.boilerplate = index.kind[owner];
      continue;
    }
    if (isByline(index, b) && !contentSeen) {
      b.role = 'byline';
      continue;
    }
    const said = b.type === 'paragraph' ? phraseKind(b.text) : undefined;
    if (said) {
      b.boilerplate = said;
      continue;
    }
    if (linkHeavy(b)) {
      b.boilerplate = b.type === 'list' ? 'navigation' : 'promo';
      continue;
    }
    // The standfirst comes before the byline: it does not end the search for one.
    if (b.type !== 'heading' && !extent!.extra?.has(b)) contentSeen = true;
  }
}
