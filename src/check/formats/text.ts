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
import type { CheckArticle } from '../types.js';

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
    date: meta.published ? { text: meta.published, position: start } : dateOf(blocks, article),
    blocks,
    article,
    url: meta.url ?? null,
  };
}

export function readTextArticle(text: string, path: string | null, encoding: string): CheckArticle[] {
  return [{ ...articleFromTree(parseText(text), text, path, encoding), start: START }];
}
