/**
 * Inputs the pipeline's own readers turn into trees: plain-text dumps now, and (once the
 * main command reads them) each item of a feed or an HTML page. `articleFromTree` takes
 * one such tree, with the metadata its reader knew (a feed item's title, authors, date,
 * link: the fields of `tree.data.meta` on the feeds branch), runs the pipeline once, and
 * gives the CheckArticle; what the reader declared wins over what the text stages found.
 */
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { parseText } from '../../readers/text.js';
import type { Position } from '../../types.js';
import { analyseTree, blocksOf, dateOf, headlineOf } from '../analyse.js';
import { writtenDate } from '../date-form.js';
import type { CheckArticle, CheckBlock, Located } from '../types.js';

export const START: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/** What a structured reader knew about an item (the shape of the feeds branch's ItemMeta). */
export interface TreeMeta {
  title?: string | null;
  authors?: string[];
  published?: string | null;
  publication?: string | null;
  url?: string | null;
}

export function articleFromTree(tree: Root, text: string, path: string | null, encoding: string, meta: TreeMeta = {}): CheckArticle {
  const file = new VFile({ value: text, data: { path, encoding } });
  const { article } = analyseTree(tree, file);
  const blocks = blocksOf(tree);
  const first = tree.children[0]?.position;
  const start: Position = first ? { start: first.start, end: first.start } : START;
  const found = headlineOf(blocks, article);
  return {
    start,
    headline: meta.title ? { text: meta.title, position: found?.position ?? start } : found,
    authors: meta.authors?.length ? meta.authors : article.byline.authors,
    publication: meta.publication ?? article.byline.publication ?? article.byline.curator,
    date: meta.published ? { text: meta.published, position: start } : (dateOf(blocks, article) ?? unreadDate(blocks)),
    blocks,
    article,
    url: meta.url ?? null,
  };
}

/**
 * A date line the byline stage could not read ("February 30, 2024" under the byline): a
 * short block before the first real paragraph that holds a written date and little else.
 */
function unreadDate(blocks: readonly CheckBlock[]): Located | null {
  for (const b of blocks) {
    const words = b.text.split(/\s+/).filter(Boolean).length;
    if (b.kind === 'paragraph' && words > 12) return null;
    if (words > 8 || b.kind === 'headline') continue;
    const date = writtenDate(b.text);
    if (date && date.text.length * 2 >= b.text.trim().length) return { text: b.text.trim(), position: b.position, lines: b.lines };
  }
  return null;
}

export function readTextArticle(text: string, path: string | null, encoding: string): CheckArticle[] {
  return [{ ...articleFromTree(parseText(text), text, path, encoding), start: START }];
}
