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

describe('speaker turns', () => {
  it('takes no turn of a transcript for a heading, in a script without capitals', () => {
    const a = cleanArticle(
      [
        '전세 보증보험, 무엇이 달라지나',
        '진행자: 다음 달부터 보증보험 제도가 바뀝니다. 무엇이 달라지는지 기자와 함께 알아봅니다.',
        '기자: 네, 가입할 수 있는 주택의 기준이 엄격해집니다. 공시가격의 126%까지만 가입할 수 있습니다.',
        '진행자: 이미 계약한 세입자는 어떻게 되나요?',
        '기자: 기존 계약은 만기까지 그대로 유지됩니다. 갱신할 때부터 새 기준이 적용됩니다.',
        '진행자: 집주인들은요?',
        '기자: 보증금을 낮추거나 월세로 돌리려는 집주인이 늘고 있다고 합니다.',
      ].join('\n\n'),
    );
    expect(a.sections.map((s) => s.heading).filter(Boolean)).toEqual([]);
  });
});
