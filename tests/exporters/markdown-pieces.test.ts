/**
 * toMarkdownPieces (the CLI's writer for huge articles) gives exactly toMarkdown's text, on
 * every fixture article, with and without front matter, and on a long article whose pieces
 * break between every kind of block (lists after lists keep their alternating bullets).
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import { toMarkdown, toMarkdownPieces } from '../../src/exporters/markdown.js';
import type { Article, Block, Section } from '../../src/types.js';
import { ownCases } from '../helpers/corpus.js';

const joined = (a: Article, frontMatter: boolean) => [...toMarkdownPieces(a, { frontMatter })].join('');

/** A long article: every block kind, lists side by side, text Markdown would read as syntax, white space at the end. */
function longArticle(): Article {
  const kinds: ((n: number) => Block)[] = [
    (n) => ({ type: 'paragraph', text: `Paragraph ${n}: *not emphasis*, # not a heading, 1. not a list, <b>not html</b>, a [link](x) and \`code\`. `.repeat(8) }),
    (n) => ({ type: 'list', text: `item ${n}\nsecond item`, items: [`item ${n}`, 'second item'], ordered: false }),
    (n) => ({ type: 'list', text: `step ${n}\nnext`, items: [`step ${n}`, 'next'], ordered: n % 3 === 0 }),
    (n) => ({ type: 'blockquote', text: `Quoted ${n}\nand its second paragraph` }),
    (n) => ({ type: 'pullquote', text: `“Pulled ${n},” a copy`, attribution: 'Jane Smith, mayor' }),
    (n) => ({ type: 'preformatted', text: `code ${n}\n  indented\n\n` }),
    () => ({ type: 'paragraph', text: '   ' }),
  ];
  const sections: Section[] = [];
  for (let s = 0; s < 40; s++) {
    const blocks: Block[] = [];
    for (let b = 0; b < 60; b++) blocks.push(kinds[(s * 7 + b * (s % 5 + 1)) % kinds.length](s * 100 + b));
    sections.push(s % 4 === 0 ? { heading: null, blocks } : { heading: `Section ${s} # with *marks*`, level: 2 + (s % 2), blocks });
  }
  // A piece fills up on a list that has another list right after it: the second keeps its other bullet.
  const filler: Block = { type: 'paragraph', text: 'x'.repeat((1 << 16) - 20) };
  const list = (n: number): Block => ({ type: 'list', text: `one ${n}\ntwo`, items: [`one ${n}`, 'two'], ordered: false });
  sections.push({ heading: null, blocks: [filler, list(1), list(2), filler, list(3), list(4), list(5)] });
  sections.push({ heading: 'Last', level: 2, blocks: [{ type: 'list', text: 'a\nb', items: ['a', 'b'], ordered: false }, { type: 'paragraph', text: 'the end  \t' }] });
  return {
    schemaVersion: 1,
    id: '0',
    source: { path: null, format: 'text' },
    headline: 'A headline: with a colon',
    byline: { authors: ['Jane Smith'], publication: 'The Paper', curator: null, published: '2024-03-01' },
    sections,
    quotes: [],
    boilerplate: [],
    warnings: [],
  };
}

describe('toMarkdownPieces', () => {
  it('equals toMarkdown on every fixture article, with and without front matter', () => {
    const cases = ownCases();
    expect(cases.length).toBeGreaterThan(20);
    for (const c of cases) {
      const article = cleanArticle(c.bytes, { path: c.input });
      for (const frontMatter of [true, false]) expect(joined(article, frontMatter)).toBe(toMarkdown(article, { frontMatter }));
    }
  });

  it('a long article comes in pieces of bounded size, and together they are toMarkdown', () => {
    const article = longArticle();
    for (const frontMatter of [true, false]) {
      const pieces = [...toMarkdownPieces(article, { frontMatter })];
      expect(pieces.length).toBeGreaterThan(5);
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200_000);
      expect(pieces.join('')).toBe(toMarkdown(article, { frontMatter }));
    }
  });

  it('an article with nothing in it is one newline, as toMarkdown gives', () => {
    const article: Article = { ...longArticle(), headline: null, byline: { authors: [], publication: null, curator: null, published: null }, sections: [] };
    expect(joined(article, true)).toBe(toMarkdown(article));
    expect(joined(article, true)).toBe('\n');
  });
});
