/**
 * Item furniture in HTML known by its links rather than its wording: a block that is one
 * link to the item itself ("Read full article »", "Continue reading…"), a closing credit
 * that links to the item and elsewhere ("The post X appeared first on Y", Medium's
 * "originally published in"), lines of tag and category links ("Filed under"), and a list
 * of links closing the item (related posts) with its label. Runs after markup.ts.
 */
import type { HtmlBlock } from './html/blocks.js';

const textOf = (b: HtmlBlock) => b.lines.map((l) => l.text).join(' ');
const chars = (b: HtmlBlock) => textOf(b).replace(/\s/g, '').length;
const wordsOf = (b: HtmlBlock) => textOf(b).split(/\s+/).filter(Boolean).length;
/** Nearly all of the block's text is link text. */
const allLink = (b: HtmlBlock) => b.links.length > 0 && b.linkChars >= chars(b) * 0.85;

/** A URL compared loosely: no scheme, www, query, fragment or trailing slash. */
export function sameUrl(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (u: string) => u.trim().replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
  return !!a && !!b && norm(a) === norm(b);
}

export function markItemFurniture(blocks: HtmlBlock[], link: string | null): void {
  const open = blocks.filter((b) => !b.kind);
  const toItem = (b: HtmlBlock) => b.links.some((l) => sameUrl(l.href, link));
  for (const b of open) {
    if (allLink(b) && b.links.length === 1 && toItem(b)) b.kind = 'read-more';
    else if (b.links.some((l) => l.tag) && b.linkChars >= chars(b) * 0.4 && wordsOf(b) <= 30 &&
      b.links.filter((l) => l.tag).length * 2 >= b.links.length) b.kind = 'navigation';
  }
  // The closing credit: among the last blocks, a short one linking to the item and elsewhere.
  for (const b of open.slice(-3)) {
    if (!b.kind && wordsOf(b) <= 40 && b.links.length >= 2 && toItem(b)) b.kind = 'attribution';
  }
  markRelatedList(blocks);
}

/** A closing run of list items that are each one link, and a short label before them. */
function markRelatedList(blocks: HtmlBlock[]): void {
  let end = blocks.length;
  while (end > 0 && blocks[end - 1].kind) end--;
  let start = end;
  while (start > 0 && blocks[start - 1].tag === 'li' && !blocks[start - 1].kind && allLink(blocks[start - 1]) && blocks[start - 1].links.length === 1) start--;
  if (end - start < 2) return;
  for (let i = start; i < end; i++) blocks[i].kind = 'promo';
  const label = blocks[start - 1];
  if (label && !label.kind && wordsOf(label) <= 6 && !/[.!?]$/.test(textOf(label))) label.kind = 'promo';
}
