/**
 * Properties that must hold on every fixture: the output validates against the schema,
 * and every non-blank input line lands in exactly one place (headline, a byline line, a
 * section heading or block, or boilerplate), with positions pointing back to the input.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import type { Article, Position } from '../../src/types.js';
import { allCases, collapse } from '../helpers/corpus.js';
import { validateArticle as validate } from '../helpers/schema.js';

const cases = allCases();

/** Input line numbers each part of the article claims. */
function claimedLines(article: Article): Map<number, string[]> {
  const claims = new Map<number, string[]>();
  const claim = (p: Position | undefined, what: string) => {
    if (!p) throw new Error(`${what} has no position`);
    for (let l = p.start.line; l <= p.end.line; l++) claims.set(l, [...(claims.get(l) ?? []), what]);
  };
  for (const l of article.byline.lines ?? []) claim(l.position, 'byline');
  article.sections.forEach((s, i) => {
    if (s.heading !== null) claim(s.position, `heading ${i}`);
    s.blocks.forEach((b, j) => claim(b.position, `block ${i}.${j}`));
  });
  article.boilerplate.forEach((b, i) => claim(b.position, `boilerplate ${i}`));
  return claims;
}

describe('every fixture', () => {
  it('has fixtures to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(42);
  });

  for (const c of cases) {
    describe(c.name, () => {
      const article = cleanArticle(c.bytes, { path: c.input });
      const text = new TextDecoder().decode(c.bytes).replace(/\r\n?/g, '\n');
      const lines = text.split('\n');

      it('validates against article.schema.json', () => {
        expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
      });

      it('puts every non-blank line in exactly one place', () => {
        const claims = claimedLines(article);
        const unclaimed: number[] = [];
        lines.forEach((line, i) => {
          const n = i + 1;
          const by = claims.get(n) ?? [];
          if (line.trim() === '') expect(by, `blank line ${n} claimed`).toEqual([]);
          else if (by.length === 0) unclaimed.push(n);
          else expect(by, `line ${n} claimed twice`).toHaveLength(1);
        });
        // The headline carries no position in the schema: it must be the one line left
        // (a "Title:" or "Subject:" label before it stays on that line).
        expect(unclaimed).toHaveLength(article.headline === null ? 0 : 1);
        if (article.headline !== null) expect(collapse(lines[unclaimed[0] - 1]).endsWith(collapse(article.headline))).toBe(true);
      });

      it('keeps positions pointing at the text they came from', () => {
        for (const b of article.boilerplate) {
          const p = b.position!;
          expect(text.slice(p.start.offset, p.end.offset)).toBe(b.text);
        }
        for (const l of article.byline.lines ?? []) expect(text.slice(l.position!.start.offset, l.position!.end.offset)).toBe(l.text);
        for (const s of article.sections) {
          for (const b of s.blocks) {
            if (b.type !== 'paragraph') continue;
            const source = text.slice(b.position!.start.offset, b.position!.end.offset);
            expect(collapse(source)).toBe(collapse(b.text));
          }
        }
      });
    });
  }
});
