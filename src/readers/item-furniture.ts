/**
 * Item furniture in HTML known by its links rather than its wording: a block that is one
 * link to the item itself ("Read full article »", "Continue reading…", "阅读全文"), or such
 * a link closing a paragraph of the story (split off, the story's text kept); a closing
 * credit that links to the item and elsewhere ("The post X appeared first on Y", Medium's
 * "originally published in"); lines of tag and category links ("Filed under"), and a list
 * of links closing the item (related posts) with its label. A link's wording counts only
 * as the read-more vocabulary (src/lang/<code>/furniture.json) or its class says. Runs
 * after markup.ts.
 */
import { furniture, phraseSet } from '../lang/vocabulary.js';
import type { HtmlBlock, HtmlLink } from './html/blocks.js';
import { markClosingFurniture } from './item-tail.js';

const textOf = (b: HtmlBlock) => b.lines.map((l) => l.text).join(' ');
const chars = (b: HtmlBlock) => textOf(b).replace(/\s/g, '').length;
const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;
const wordsOf = (b: HtmlBlock) => wordCount(textOf(b));
/** Nearly all of the block's text is link text. */
const allLink = (b: HtmlBlock) => b.links.length > 0 && b.linkChars >= chars(b) * 0.85;
const readMore = () => phraseSet('readMore', () => furniture('readMore'));
const MORE_CLASS = /(?:^|\s)(?:more-link|read-more|readmore|more|continue-reading|jump-link|moretag)(?:\s|$)/i;

/** A URL compared loosely: no scheme, www, query, fragment or trailing slash. */
export function sameUrl(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (u: string) => u.trim().replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').replace(/[?#].*$/, '').replace(/\/+$/, '').toLowerCase();
  return !!a && !!b && norm(a) === norm(b);
}

const host = (u: string | null | undefined) => /^(?:[a-z]+:)?\/\/(?:www\.)?([^/?#:]+)/i.exec(u?.trim() ?? '')?.[1].toLowerCase() ?? null;

/** A link marked or worded as a read-more link: its class, or a read-more formula opening its text ("Continue reading “Title”"). */
function saysMore(link: HtmlLink): boolean {
  const words = wordCount(link.text);
  return words > 0 && words <= 20 && (MORE_CLASS.test(link.cls) || readMore().start(link.text) > 0);
}

/** A link that is nothing but a read-more link: by its class, or its whole text a read-more formula ("Lire la suite…"). */
function onlyMore(link: HtmlLink): boolean {
  return MORE_CLASS.test(link.cls) || readMore().whole(link.text);
}

/** A short link that leads on to the item: to the item itself, or marked or worded as a read-more link. */
function leadsOn(link: HtmlLink, item: string | null): boolean {
  const words = wordCount(link.text);
  return (words > 0 && words <= 8 && sameUrl(link.href, item)) || saysMore(link);
}

/** Text that has come to an end before a link: a full stop, an ellipsis, "[…]". */
const ended = (lines: { text: string }[]) => /[.!?。！？…»”")\]]$/u.test(lines[lines.length - 1]?.text ?? '');

export function markItemFurniture(blocks: HtmlBlock[], link: string | null): void {
  const toItem = (b: HtmlBlock) => b.links.some((l) => sameUrl(l.href, link));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind) continue;
    if (allLink(b) && b.links.length === 1 && leadsOn(b.links[0], link)) b.kind = 'read-more';
    else if (isTagLine(b)) b.kind = 'navigation';
    else if (b.tail && !b.tail.link.tag && (onlyMore(b.tail.link) || (leadsOn(b.tail.link, link) && ended(b.tail.head)))) {
      // "… the road stays shut until May. <a>Continue reading →</a>": the story's text stays.
      const { head, line, link: more } = b.tail;
      const moreChars = line.text.replace(/\s/g, '').length;
      blocks.splice(i, 1, { ...b, lines: head, links: b.links.filter((l) => l !== more), linkChars: Math.max(0, b.linkChars - moreChars), tail: undefined },
        { lines: [line], tag: b.tag, kind: 'read-more', links: [more], linkChars: moreChars });
      i++;
    }
  }
  const open = blocks.filter((b) => !b.kind);
  // The closing credit: among the last blocks, a short one linking to the item and elsewhere.
  for (const b of open.slice(-3)) {
    if (!b.kind && wordsOf(b) <= 40 && b.links.length >= 2 && toItem(b)) b.kind = 'attribution';
  }
  // The last block, one short link to the item's site and no sentence: a read-more line in any language.
  const last = open[open.length - 1];
  if (last && !last.kind && allLink(last) && last.links.length === 1 && wordsOf(last) <= 5 && !/[.!?。！？]$/u.test(textOf(last)) &&
    host(link) && host(last.links[0].href) === host(link)) last.kind = 'read-more';
  // A closing line of links and a few words ("submitted by /u/x [link] [comments]", "Comments | Permalink").
  if (last && !last.kind && last.links.length >= 2 && last.linkChars >= chars(last) * 0.5 && wordsOf(last) <= 12 && !/[.!?。！？]$/u.test(textOf(last))) last.kind = 'navigation';
  markRelatedList(blocks);
  markClosingFurniture(blocks, link);
}

/** "Filed under: ferries, transport", "Tags: News": tag or category links with a few words of label at most. */
function isTagLine(b: HtmlBlock): boolean {
  const tags = b.links.filter((l) => l.tag);
  if (!tags.length || tags.length * 2 < b.links.length || wordsOf(b) > 30) return false;
  const linkWords = b.links.reduce((n, l) => n + wordCount(l.text), 0);
  return b.linkChars >= chars(b) * 0.4 || wordsOf(b) - linkWords <= 4;
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
