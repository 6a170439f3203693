/** The readers' seam: a tree with what a structured reader knew (as feed items will give it). */
import { expect, it } from 'vitest';
import { articleFromTree } from '../../src/check/formats/text.js';
import { parseText } from '../../src/readers/text.js';

const TEXT = 'Ferry cut\n\nThe ferry company will run two crossings a day instead of five this winter, it said.\n\nAdvertisement\n';

it('declared metadata wins over what the text stages find; blocks keep their lines', () => {
  const meta = { title: 'Ferry services cut', authors: ['Leah Byrne'], published: '2024-11-02', url: 'https://example.org/ferry' };
  const a = articleFromTree(parseText(TEXT), TEXT, 'feed.xml', 'utf-8', meta);
  expect(a.headline).toEqual({ text: 'Ferry services cut', position: expect.objectContaining({ start: expect.objectContaining({ line: 1 }) }) });
  expect(a.authors).toEqual(['Leah Byrne']);
  expect(a.date?.text).toBe('2024-11-02');
  expect(a.url).toBe('https://example.org/ferry');
  expect(a.blocks.map((b) => `${b.kind}@${b.position.start.line}`)).toEqual(['headline@1', 'paragraph@3', 'boilerplate@5']);
});

it('without metadata, the pipeline’s reading', () => {
  const a = articleFromTree(parseText(TEXT), TEXT, null, 'utf-8');
  expect(a.headline?.text).toBe('Ferry cut');
  expect(a.authors).toEqual([]);
  expect(a.date).toBe(null);
});
