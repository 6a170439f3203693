/** The article the project started from comes out exactly as its hand-made label says. */
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import type { Article } from '../../src/types.js';
import { allCases, collapse, type Label } from '../helpers/corpus.js';
import { withoutShared } from '../helpers/shared.js';

describe.skipIf(withoutShared('the seed article test (needs ../shared/corpus/seed)'))('the seed article', () => {
  let label: Label;
  let article: Article;
  beforeAll(() => {
    const seed = allCases().find((c) => c.name === 'seed/seed')!;
    label = seed.label!;
    article = cleanArticle(seed.bytes, { path: seed.input });
  });

  it('has the headline and every byline field', () => {
    expect(article.headline).toBe(label.headline);
    expect(article.byline).toMatchObject(label.byline);
    expect(article.byline.lines!.map((l) => l.position!.start.line)).toEqual(label.bylineLines);
  });

  it('has the four sections with their headings and paragraphs', () => {
    const body = article.sections.map((s) => ({
      heading: s.heading,
      paragraphs: s.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text),
    }));
    expect(body).toEqual(label.sections);
  });

  it('keeps the pull quote out of the paragraph flow, credited', () => {
    const pulls = article.sections.flatMap((s) => s.blocks.filter((b) => b.type === 'pullquote'));
    expect(pulls).toHaveLength(1);
    expect(pulls[0].text).toBe(label.pullquotes![0].text);
    expect(pulls[0].attribution).toBe(label.pullquotes![0].attribution);
    expect(pulls[0].position!.start.line).toBe(label.pullquotes![0].line);
    const pull = article.quotes.filter((q) => q.kind === 'pull');
    expect(pull.map((q) => [q.speaker, q.role, q.credentials])).toEqual([['Sari Cooper', 'sex therapist', 'LCSW']]);
  });

  it('finds all six quotes with their speakers, roles and credentials', () => {
    const direct = article.quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => [collapse(q.text), q.speaker])).toEqual(label.quotes!.map((q) => [collapse(q.text), q.speaker]));
    for (const [i, q] of label.quotes!.entries()) {
      if (q.role) expect(direct[i].role).toBe(q.role);
      if (q.credentials) expect(direct[i].credentials).toBe(q.credentials);
    }
  });

  it('points quotes at the blocks that hold them', () => {
    for (const q of article.quotes) {
      const block = article.sections[q.section!].blocks[q.block!];
      expect(collapse(block.text)).toContain(collapse(q.text));
    }
  });

  it('removes the ad, promo and read-more lines into boilerplate', () => {
    expect(article.boilerplate.map((b) => ({ kind: b.kind, line: b.position!.start.line, text: b.text }))).toEqual(label.boilerplate);
  });
});
