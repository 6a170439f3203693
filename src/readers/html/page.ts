/**
 * An HTML document or fragment as one article: its blocks (blocks.ts, furniture by markup
 * and by links), its metadata (meta.ts). The page's title is the headline block: the h1
 * that shows it when there is one, else the <title> element itself. A whole web page goes to
 * the page extractor instead (whole-page.ts).
 */
import type { Element } from 'domhandler';
import type { Root } from 'mdast';
import { findOne } from 'domutils';
import type { ItemMeta, SourceLine } from '../../tree.js';
import { htmlParagraph, itemTree, paragraph } from '../item.js';
import { markItemFurniture } from '../item-furniture.js';
import type { LineIndex } from '../source-map.js';
import { htmlBlocks, parseHtml, type HtmlBlock } from './blocks.js';
import { pageMeta } from './meta.js';
import { isWholePage, readWholePage } from './whole-page.js';
import { foldWhitespace } from '../../text/whitespace.js';

const norm = (s: string) => foldWhitespace(s).trim().toLowerCase();
const textOf = (b: HtmlBlock) => b.lines.map((l) => l.text).join(' ');

/** "Headline | Site" → "Headline" when the part after the bar names the publication. */
function withoutSite(title: string, publication: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  return parts.length > 1 && publication && norm(parts[parts.length - 1]) === norm(publication) ? parts.slice(0, -1).join(' - ') : title;
}

export function readHtmlPage(source: string, index: LineIndex): Root {
  const doc = parseHtml(source);
  if (isWholePage(doc)) return readWholePage(source, index, {}, doc);
  const meta = pageMeta(doc);
  const body = findOne((e) => e.name === 'body', doc.children);
  const blocks = htmlBlocks(body ? body.children : doc.children);
  markItemFurniture(blocks, meta.url);
  const title = meta.title ? withoutSite(meta.title, meta.publication) : null;
  // The visible title: a heading near the top that the metadata's title starts with.
  const shown = title ? blocks.slice(0, 8).find((b) => /^h[1-3]$/.test(b.tag) && !b.kind && norm(title).startsWith(norm(textOf(b)))) : undefined;
  const paragraphs = blocks.map((b) => {
    const p = htmlParagraph(b, (i) => i, index);
    if (b === shown) p.data!.role = 'headline';
    return p;
  });
  const itemMeta: ItemMeta = {
    format: 'html',
    title: shown ? textOf(shown) : title,
    authors: meta.authors,
    published: meta.published,
    publication: meta.publication,
    url: meta.url,
    language: meta.language,
    dek: null,
  };
  const titleLine = !shown && title ? titleElementLine(meta.titleElement, title, index) : null;
  const tree = itemTree(null, paragraphs, itemMeta, index, source.length);
  if (titleLine) tree.children.unshift(paragraph([titleLine], 'headline'));
  return tree;
}

function titleElementLine(el: Element | null, title: string, index: LineIndex): SourceLine | null {
  const text = el?.children[0];
  if (!el || !text || text.startIndex === null) return null;
  return { text: title, position: index.position(text.startIndex, (el.children.at(-1)!.endIndex ?? text.startIndex) + 1) };
}
