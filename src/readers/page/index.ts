/**
 * Whole web pages: find the article in a saved page. A cascade, stopping at the first step
 * that finds an article:
 *   1. the element whose text matches the page's own schema.org articleBody (JSON-LD);
 *   2. content scoring (score.ts) with furniture (nav, share, related, ads, comments…) set aside;
 *   3. the same scoring over every block, for pages whose whole wrapper carries a furniture word;
 * and a page whose best candidate holds too little prose is not an article: no main, a warning.
 * Every text-bearing element ends up in one block, content or boilerplate with its kind.
 */
import type { CheerioAPI } from 'cheerio';
import { load } from 'cheerio';
import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { anchorOn } from './anchor.js';
import { flattenDeepNesting } from './depth.js';
import { cutBlocks, type RawBlock } from './blocks.js';
import { indexPage, voidLongHints, voidWrapperHints, within, type PageIndex } from './dom.js';
import { ldArticle } from './jsonld.js';
import { label } from './label.js';
import { leadBlocks } from './lead.js';
import { pageMeta } from './meta.js';
import { scoreCandidates, subtreeSums, topCandidate } from './score.js';
import { extentOf, inExtent, type Extent } from './select.js';
import { detectLanguage } from '../../pipeline/evidence/language.js';
import { stopwordsFor } from './stopwords.js';
import { intoBody } from './stray-text.js';
import { gather } from './text.js';
import type { PageBlock, PageOptions, PageResult, PageWarning } from './types.js';

export type * from './types.js';
export { flattenDeepNesting };
export { INVISIBLE } from './dom.js';

/** Parse a page with htmlparser2, keeping start and end offsets on every node (nesting past 5,000 levels flattened, see depth.ts). */
export function loadPage(html: string): CheerioAPI {
  return load(intoBody(parseDocument(flattenDeepNesting(html), { withStartIndices: true, withEndIndices: true })));
}

/** Least prose (characters) for a page to count as an article. */
const MIN_ARTICLE = 250;

function byScore(index: PageIndex, blocks: RawBlock[], usable: (b: RawBlock) => boolean, lang: string | null): Extent | null {
  const scored = scoreCandidates(index, blocks, usable, stopwordsFor(lang));
  const top = topCandidate(index, scored);
  return top < 0 ? null : extentOf(index, scored, top, blocks);
}

/**
 * Prose the extent would keep: its blocks, less link lists and furniture marked inside it.
 * With `sparing` (found with every block in play), furniture inside that holds half the
 * extent's text or more stays, as label() keeps it.
 */
function extentText(index: PageIndex, extent: Extent, blocks: RawBlock[], text: Float64Array, sparing: boolean): number {
  const mainText = extent.roots.reduce((n, r) => n + text[r], 0);
  let n = 0;
  for (const b of blocks) {
    if (!inExtent(index, extent, b) || b.linkLen >= b.text.length * 0.5 || b.type === 'figure') continue;
    const owner = index.hintOwner[b.idx];
    if (owner >= 0 && extent.roots.some((r) => owner >= r && owner <= index.end[r]) && !(sparing && text[owner] >= mainText * 0.5)) continue;
    n += b.text.length;
  }
  return n;
}

export function extractPage($: CheerioAPI, options: PageOptions = {}): PageResult {
  const warnings: PageWarning[] = [];
  // The budget is checked between the steps of the search, not inside one.
  const deadline = Date.now() + (options.timeoutMs ?? 5000);
  const late = () => Date.now() >= deadline && !!warnings.push({ rule: 'page-timeout', message: `no article found within ${options.timeoutMs ?? 5000} ms: kept whole, not searched further` });
  const index = indexPage($.root()[0]);
  const blocks = cutBlocks(index);
  const ld = ldArticle(index.head.jsonld);
  const evidence = {
    bylines: bylineTexts(index, blocks),
    h1s: blocks.filter((b) => b.level === 1).map((b) => b.text),
    times: index.els.filter((e) => e.name === 'time' && e.attribs.datetime).map((e) => e.attribs.datetime),
  };
  const meta = pageMeta(index.head, evidence, ld);
  const all = subtreeSums(index, blocks, () => true);
  const body = index.els.findIndex((e) => e.name === 'body');
  let extent: Extent | null = null;
  // Found with every block in play: furniture words inside may mark much of the story itself.
  let sparing = false;
  voidLongHints(index, all.text, all.link, (i) => shapeOf(index, blocks, i));
  if (index.els.length > (options.maxElements ?? 400_000)) {
    warnings.push({ rule: 'page-too-large', message: `page has ${index.els.length} elements: kept whole, not searched for the article` });
  } else if (!late()) {
    const anchor = ld?.body ? anchorOn(index, blocks, ld.body) : null;
    // The element the page's own articleBody names is the story, whatever its class words or style say;
    // unless it is one paragraph: that articleBody is the lead alone (a truncated copy), not the story's extent.
    if (anchor && anchor.f1 >= 0.8 && index.hasBlock[anchor.element]) [extent, sparing] = [{ top: anchor.element, roots: [anchor.element], runParent: -1 }, true];
    // Each attempt relaxes the last; the first that finds enough prose wins, else the longest.
    const attempts = [
      () => byScore(index, blocks, (b) => index.hintOwner[b.idx] < 0, meta.language),
      () => (voidWrapperHints(index, all.text, body >= 0 ? all.text[body] : 0), byScore(index, blocks, (b) => index.hintOwner[b.idx] < 0, meta.language)),
      () => byScore(index, blocks, () => true, meta.language),
    ];
    let best = extent ? Infinity : 0;
    for (let k = 0; k < attempts.length && best < MIN_ARTICLE * 2; k++) {
      if (late()) break;
      const found = attempts[k]();
      const text = found ? extentText(index, found, blocks, all.text, k === attempts.length - 1) : 0;
      if (found && text > best) [extent, best, sparing] = [found, text, k === attempts.length - 1];
    }
    if (warnings.some((w) => w.rule === 'page-timeout')) extent = null;
    else if (!extent || extentText(index, extent, blocks, all.text, sparing) < MIN_ARTICLE) {
      // A short page with no sign-in form is a short article (a note, a fragment): keep it.
      const pageText = body >= 0 ? all.text[body] : 0;
      const linked = body >= 0 ? all.link[body] / Math.max(1, pageText) : 1;
      if (body >= 0 && pageText < 1000 && linked < 0.5 && !gallery(index, blocks) && !index.head.password) extent ??= { top: body, roots: [body], runParent: -1 };
      else {
        warnings.push({ rule: 'not-article', message: 'no article found on this page: it reads as a listing, a gallery or a wall' });
        extent = null;
      }
    }
  }
  const whole = extent === null && warnings.some((w) => w.rule === 'page-too-large' || w.rule === 'page-timeout');
  if (extent && !whole) extent.extra = new Set(leadBlocks(index, blocks, extent, meta.headline));
  if (!whole) label(index, blocks, extent, all, meta.headline, sparing);
  if (!meta.language) meta.language = detectLanguage(blocks.filter((b) => !b.boilerplate && !b.role).map((b) => b.text).join(' ').slice(0, 4000));
  const main: Element | null = whole ? null : extent ? index.els[extent.top] : null;
  return { main, blocks: blocks.map(publicBlock), meta, warnings };
}

/**
 * Byline texts in document order: short blocks under a byline mark, then the marked elements
 * themselves (a rel=author link or an itemprop=author name inside a longer line), outside furniture.
 */
function bylineTexts(index: PageIndex, blocks: RawBlock[]): string[] {
  const out = blocks.filter((b) => index.bylineOwner[b.idx] >= 0 && b.text.length < 150).map((b) => b.text);
  for (let i = 0; i < index.els.length && out.length < 12; i++) {
    if (index.bylineOwner[i] !== i || index.hintOwner[i] >= 0) continue;
    const t = gather(index.els[i].children).text;
    if (t && t.length < 150 && !out.includes(t)) out.push(t);
  }
  return out;
}

/** A page of pictures: three figures or more, whose captions hold two thirds of its text outside furniture and headings. */
function gallery(index: PageIndex, blocks: RawBlock[]): boolean {
  let figures = 0;
  let captions = 0;
  let other = 0;
  for (const b of blocks) {
    if (b.type === 'heading' || index.hintOwner[b.idx] >= 0) continue;
    if (b.type === 'figure') (figures++, (captions += b.text.length));
    else other += b.text.length;
  }
  return figures >= 3 && captions >= (captions + other) * (2 / 3);
}

/** The longest paragraph and the number of headings in an element's subtree. */
export function shapeOf(index: PageIndex, blocks: RawBlock[], i: number): { longest: number; headings: number } {
  let longest = 0;
  let headings = 0;
  for (const b of blocks) {
    if (!within(index, i, b.idx)) continue;
    if (b.type === 'heading') headings++;
    else if (b.type === 'paragraph') longest = Math.max(longest, b.text.length);
  }
  return { longest, headings };
}

function publicBlock(b: RawBlock): PageBlock {
  const { idx: _i, scoreFrom: _s, linkLen: _l, ...rest } = b;
  return rest;
}
