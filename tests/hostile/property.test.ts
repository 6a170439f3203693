/**
 * Property tests (fast-check): random documents built from real lines of the project's
 * fixtures, mixed with noise, odd Unicode, quote marks and separators.
 *
 *   - cleaning never throws and never loses a word of the input;
 *   - the same input gives the same article;
 *   - the Markdown export, parsed back, has the same headline and body text.
 *
 * `npm test` runs 100 cases a property (300 in all), `npm run test:full` 300 a property;
 * `npm run fuzz` sets FUZZ_RUNS=100000 (FUZZ_SEED replays a run).
 */
import fc from 'fast-check';
import type { Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cleanArticle, toMarkdown } from '../../src/index.js';
import { bySize } from '../helpers/profile.js';
import { fixtureLines, lostWords } from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? bySize(100, 300));
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const TIMEOUT = Math.max(60_000, RUNS * 200);
const LINES = fixtureLines();

const ODD = ['\u200b', '\u200d', '\u202e', '\u2066', '\u2069', '\ufeff', '\u00a0', '\u2028', 'e\u0301', '👩‍👩‍👧', '\u{1D400}', '\t', '\u3000', 'ﬁ'];
const QUOTES = ['"', "'", '“', '”', '‘', '’', '„', '«', '»', '‹', '›', '「', '」'];
const SEPARATORS = ['|', '·', '•', '—', '–', '-', '***', '---', '===', '#', '>', '*', '_', '~', ':', '/', '\\', '[', ']', '(', ')', '<', '>', '&'];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LINES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTES) },
  { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
);
const line = fc.array(token, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
const documentArb = fc.array(fc.oneof({ weight: 5, arbitrary: line }, { weight: 1, arbitrary: fc.constant('') }), { minLength: 1, maxLength: 30 }).map((ls) => ls.join('\n'));

/** The input as the pipeline sees it: newlines normalised, C0 controls other than whitespace dropped. */
// eslint-disable-next-line no-control-regex
const asRead = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, '');

const options = { numRuns: RUNS, seed: SEED };

describe.skipIf(LINES.length === 0)('random documents from real lines and noise', () => {
  it(`never crash and never lose a word (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        const bytes = new TextEncoder().encode(text);
        const article = cleanArticle(bytes);
        expect(lostWords(asRead(text), article)).toEqual([]);
      }),
      options,
    );
  }, TIMEOUT);

  it(`give the same article for the same input (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(documentArb, (text) => {
        expect(cleanArticle(text)).toEqual(cleanArticle(text));
      }),
      options,
    );
  }, TIMEOUT);

  it(`keep headline and body text through the Markdown export (${RUNS} cases)`, () => {
    const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
    fc.assert(
      fc.property(documentArb, (text) => {
        const article = cleanArticle(text);
        const tree = parser.parse(toMarkdown(article)) as Root;
        const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml');
        const title = yaml ? (parseYaml(yaml.value) as { title?: string }).title ?? null : null;
        expect(title).toBe(article.headline);
        const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
        const exported = collapse(tree.children.filter((n) => n.type !== 'yaml').map((n) => toString(n)).join(' '));
        for (const s of article.sections) for (const b of s.blocks) if (b.type === 'paragraph') expect(exported).toContain(collapse(b.text));
      }),
      options,
    );
  }, TIMEOUT);
});
