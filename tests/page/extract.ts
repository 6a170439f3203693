/** What the page tests share: a story of n paragraphs, and a page extracted with the invariants checked. */
import { extractPage, loadPage, type PageResult } from '../../src/readers/page/index.js';
import { expectInvariants } from './invariants.js';

/** n paragraphs of a story, each a long sentence. */
export const para = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story: the council met on Tuesday, and the members argued for an hour about the budget, the roads and the school.</p>`).join('\n');

/** Extract `html`, checking that every visible text node lands in exactly one block. */
export function extracted(html: string): PageResult {
  const $ = loadPage(html);
  const r = extractPage($);
  expectInvariants(html, $.root()[0], r.blocks);
  return r;
}
