/**
 * A whole web page (an <html>/<body> document, with page chrome or without) as one
 * article: the page extractor (src/readers/page) finds the story; its blocks become the
 * tree's paragraphs with positions from their source offsets, page furniture becomes
 * boilerplate with its kind, the page's metadata goes on root.data.meta.
 * A page that is no article gives every block as boilerplate and a warning.
 */
import type { Document } from 'domhandler';
import type { Paragraph, Root } from 'mdast';
import { load } from 'cheerio';
import { findAll, findOne } from 'domutils';
import type { ItemMeta, SourceLine } from '../../tree.js';
import { extractPage, loadPage, type PageBlock, type PageOptions } from '../page/index.js';
import { intoBody } from '../page/stray-text.js';
import { parseFeedDate } from '../feed-date.js';
import { itemTree, paragraph } from '../item.js';
import type { LineIndex } from '../source-map.js';
import { foldWhitespace } from '../../text/whitespace.js';

/**
 * A document, not a fragment: it has <html> or <body>. Page chrome (nav, header, footer,
 * aside, a form) is not needed: a document without it is still a page, which the extractor
 * keeps whole when it is short.
 */
export function isWholePage(doc: Document): boolean {
  return !!findOne((e) => e.name === 'html' || e.name === 'body', doc.children);
}

/** The block's lines: one per list item when the items can be found in the markup, else one. */
function linesOf(b: PageBlock, index: LineIndex): SourceLine[] {
  const whole = [{ text: foldWhitespace(b.text).trim(), position: index.position(b.startIndex, b.endIndex + 1) }];
  if (b.type !== 'list' || !b.items) return whole;
  const lis = findAll((e) => e.name === 'li', b.element.children).filter((li) => li.startIndex !== null && li.endIndex !== null);
  if (lis.length !== b.items.length) return whole;
  return b.items.map((text, i) => ({ text, position: index.position(lis[i].startIndex!, lis[i].endIndex! + 1) }));
}

function blockParagraph(b: PageBlock, index: LineIndex, article: boolean): Paragraph {
  const lines = linesOf(b, index);
  if (b.boilerplate || !article) return paragraph(lines, 'boilerplate', b.boilerplate ?? 'other');
  const p = paragraph(lines, b.role);
  // The extractor's decision, for the text stages: content by the markup.
  if (!b.role) p.data!.extracted = b.type;
  return p;
}

/** `doc`: the page already parsed (html/blocks.ts parseHtml), so that it is parsed once. */
export function readWholePage(source: string, index: LineIndex, options: PageOptions = {}, doc?: Document): Root {
  const result = extractPage(doc ? load(intoBody(doc)) : loadPage(source), options);
  const article = result.main !== null || !result.warnings.some((w) => w.rule === 'not-article');
  const blocks = result.blocks.filter((b) => b.text.trim()).map((b) => blockParagraph(b, index, article));
  const { meta } = result;
  const itemMeta: ItemMeta = {
    format: 'html',
    title: meta.headline,
    authors: meta.authors,
    // The same ISO form the fragment reader and the feeds give ('Z' for UTC).
    published: meta.published ? (parseFeedDate(meta.published) ?? meta.published) : null,
    publication: meta.publication,
    url: meta.url,
    language: meta.language,
    dek: null,
    warnings: result.warnings.map((w) => ({ rule: `article-clean:page-${w.rule}`, message: w.message, ...(w.startIndex !== undefined ? { position: index.position(w.startIndex, w.startIndex + 1) } : {}) })),
  };
  // No headline block found: an empty one keeps the headline stage from taking the first
  // content block for the title (the page's metadata gives the headline).
  if (!blocks.some((p) => p.data?.role === 'headline')) blocks.unshift({ type: 'paragraph', children: [], data: { lines: [], role: 'headline' } });
  return itemTree(null, blocks, itemMeta, index, source.length);
}
