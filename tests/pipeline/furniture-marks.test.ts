// Furniture told by its marks, in any language: page numbers between dashes, rules of
// box-drawing strokes, an advertising label in brackets opening the line.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';

const story = [
  'The library on Rıhtım Street reopened on Monday after a year of repairs to its roof and its reading rooms.',
  'Visitors queued before the doors opened, and the first hundred were given a tote bag and a new library card.',
  '“We missed the quiet more than the books,” said Ayla Demir, who has studied there since school.',
];

describe('furniture by its marks', () => {
  it('lists page numbers, box-drawing rules and a bracketed ad label as boilerplate and keeps the story', () => {
    const a = cleanArticle(['The library on Rıhtım Street reopens', story[0], '— 4 —', story[1], '────────────', '(광고) 봄맞이 이사 특가 — 한빛이사센터', story[2]].join('\n\n'));
    const furniture = a.boilerplate.map((b) => [b.text, b.kind]);
    expect(furniture).toEqual(expect.arrayContaining([['— 4 —', 'other'], ['────────────', 'other'], ['(광고) 봄맞이 이사 특가 — 한빛이사센터', 'ad']]));
    const body = a.sections.flatMap((s) => s.blocks.map((b) => b.text)).join(' ');
    for (const p of story) expect(body).toContain(p);
  });

  it('keeps a bracketed word that is no advertising label, and a lone figure without marks', () => {
    const a = cleanArticle(['The library on Rıhtım Street reopens', story[0], '(Update) The library also opens on Sundays from May.', story[1], '42', story[2]].join('\n\n'));
    const body = a.sections.flatMap((s) => s.blocks.map((b) => b.text));
    expect(body).toContain('(Update) The library also opens on Sundays from May.');
    expect(a.boilerplate.map((b) => b.text)).not.toContain('42');
  });
});
