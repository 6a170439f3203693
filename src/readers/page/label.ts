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
import { authorBoxBlocks } from './author-box.js';
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

const ADDRESS = /^(?:https?:\/\/|www\.)\S+$|^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

const IMAGE_FILE = ['.jpg', '.jpeg', '.png', '.gif', '.webp', '.avif', '.svg', '.tif', '.tiff', '.bmp'];

/** A block that is only an image's file name ("WEB18-Facebook-1160x768.jpg", an alt text or caption left as the name). */
function fileName(text: string): boolean {
  if (text.length > 200 || /\s/.test(text)) return false;
  const t = text.toLowerCase();
  return IMAGE_FILE.some((ext) => t.endsWith(ext) && t.length > ext.length);
}

function linkHeavy(b: RawBlock): boolean {
  if (b.type === 'heading' || b.type === 'figure') return false;
  const share = b.linkLen / Math.max(1, b.text.length);
  // A list of sentences that link (a changelog, a reading list) is content; a list of short links is not, nor a short list
  // made mostly of links. A short list of sentences with a link in each ("X fixed an issue with Y") stays.
  if (b.type === 'list') return share > 0.35 && ((share > 0.7 && b.text.length < 400) || b.text.length / Math.max(1, b.items?.length ?? 1) < 60);
  // An address written out as its own link (a URL, an e-mail address) is a reference the story gives, not a promo.
  if (ADDRESS.test(b.text)) return false;
  return share > 0.5;
}

/** With `sparing`, furniture marked inside the story that holds half its text or more stays content. */
export function label(index: PageIndex, blocks: RawBlock[], extent: Extent | null, sums: Sums, headline: string | null, sparing = false): void {
  const title = headline ? norm(headline) : '';
  let titled = false;
  let contentSeen = false;
  const inside = blocks.map((b) => extent !== null && inExtent(index, extent, b));
  const mainText = extent ? extent.roots.reduce((n, r) => n + sums.text[r], 0) : 0;
  const authorBox = extent ? authorBoxBlocks(index, blocks, inside, extent, sums) : new Set<RawBlock>();
  for (const [k, b] of blocks.entries()) {
    if (!titled && title && b.type === 'heading' && !contentSeen && norm(b.text) === title) {
      b.role = 'headline';
      titled = true;
      continue;
    }
    if (!inside[k]) {
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
    if (authorBox.has(b)) {
      b.boilerplate = 'attribution';
      continue;
    }
    const said = b.type === 'paragraph' ? phraseKind(b.text) : undefined;
    if (said) {
      b.boilerplate = said;
      continue;
    }
    if (fileName(b.text)) {
      b.boilerplate = 'other';
      continue;
    }
    if (linkHeavy(b)) {
      b.boilerplate = b.type === 'list' ? 'navigation' : 'promo';
      continue;
    }
    // The standfirst comes before the byline: it does not end the search for one.
    if (b.type !== 'heading' && !extent!.extra?.has(b)) contentSeen = true;
  }
  orphanHeadings(blocks, inside);
}

/** Longer "headings" are paragraphs set in a heading tag (a whole excerpt in an <h2>). */
const MAX_HEADING = 150;

/**
 * A heading whose section inside the story holds furniture and no content (every block up to
 * the next heading of its level or above, or to the end of the story, is furniture) introduces
 * that furniture: "More on this", "Further reading" over a link list. It takes the kind of the
 * block after it, when that kind is a named one (links, promos, share, ads, sign-ups): over
 * 'other' (hidden text, a gallery, a form) and at the end of the story it stays.
 */
function orphanHeadings(blocks: RawBlock[], inside: boolean[]): void {
  // A page of headings alone (a list of test cases, a table of contents) keeps them.
  if (!blocks.some((b, k) => inside[k] && b.type !== 'heading' && !b.boilerplate && !b.role)) return;
  // From the end, so that a sub-heading found empty leaves its parent section empty too.
  for (let k = blocks.length - 1; k >= 0; k--) {
    const h = blocks[k];
    if (h.type !== 'heading' || h.boilerplate || h.role || !inside[k] || h.text.length > MAX_HEADING) continue;
    let next: RawBlock | undefined;
    let content = false;
    for (let j = k + 1; j < blocks.length; j++) {
      const b = blocks[j];
      if (b.type === 'heading' && (b.level ?? 6) <= (h.level ?? 6)) break;
      if (!inside[j]) break;
      next ??= b;
      if (!b.boilerplate && !b.role) {
        content = true;
        break;
      }
    }
    if (!content && next?.boilerplate && next.boilerplate !== 'other') h.boilerplate = next.boilerplate;
  }
}
