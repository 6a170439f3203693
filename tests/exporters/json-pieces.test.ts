/**
 * toJsonPieces (the CLI's writer for huge articles) gives exactly toJson's text, compact and
 * pretty, on every fixture article and on values JSON.stringify treats specially.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import { toJson, toJsonPieces } from '../../src/exporters/json.js';
import type { Article } from '../../src/types.js';
import { ownCases } from '../helpers/corpus.js';

const joined = (a: unknown, pretty: boolean) => [...toJsonPieces(a as Article, { pretty })].join('');

describe('toJsonPieces', () => {
  it('equals toJson on every fixture article, compact and pretty', () => {
    const cases = ownCases();
    expect(cases.length).toBeGreaterThan(20);
    for (const c of cases) {
      const article = cleanArticle(c.bytes, { path: c.input });
      for (const pretty of [false, true]) expect(joined(article, pretty)).toBe(toJson(article, { pretty }));
    }
  });

  it('equals JSON.stringify on nesting, empty containers, skipped values and toJSON', () => {
    const odd = {
      a: [],
      b: {},
      c: [undefined, () => 1, Symbol('s'), null, [[[[1, [2, { x: [] }]]]]]],
      d: undefined,
      e: () => 1,
      f: new Date(0),
      g: 'line\nbreak "quoted" \u2028',
      h: { i: { j: { k: { l: { m: [1, 2, { n: {} }] } } } } },
      7: 'integer key first',
      o: [{ p: [{ q: [{ r: 's' }] }] }],
    };
    for (const pretty of [false, true]) expect(joined(odd, pretty)).toBe(JSON.stringify(odd, null, pretty ? 2 : undefined));
  });

  it('a long article comes in pieces of bounded size', () => {
    const text = `Headline\n\n${'A paragraph of the story that goes on for a while, said Jane Smith of the council.\n\n'.repeat(5_000)}`;
    const article = cleanArticle(text);
    const pieces = [...toJsonPieces(article, { pretty: false })];
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200_000);
    expect(pieces.join('')).toBe(toJson(article, { pretty: false }));
  });
});
