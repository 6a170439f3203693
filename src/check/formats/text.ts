/** Plain-text dumps: the pipeline's own reader, then the pipeline; metadata as it finds them. */
import { analyseText, blocksOf, dateOf, headlineOf } from '../analyse.js';
import type { CheckArticle } from '../types.js';

export const START = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

export function readTextArticle(text: string, path: string | null, encoding: string): CheckArticle[] {
  const { tree, article } = analyseText(text, path, encoding);
  const blocks = blocksOf(tree);
  return [
    {
      start: START,
      headline: headlineOf(blocks, article),
      authors: article.byline.authors,
      publication: article.byline.publication ?? article.byline.curator,
      date: dateOf(blocks, article),
      blocks,
      article,
      url: null,
    },
  ];
}
