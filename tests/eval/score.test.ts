/** The scorer's measures on small hand-made cases, and the floor check's messages. */
import { describe, expect, it } from 'vitest';
import { scoreCase, type Label } from '../../eval/case.js';
import { breaches, floorFor, raised } from '../../eval/floors.js';
import { averagedF1, sameDate, shingleShares } from '../../eval/metrics.js';
import { figures, type Figures } from '../../eval/score.js';
import type { Article } from '../../src/types.js';

const label: Label = {
  headline: 'Harbour ferry returns after winter refit',
  byline: { authors: ['Mara Quint'], publication: 'Coast Weekly', curator: null, published: '2024-03-02T08:00:00+01:00' },
  bylineLines: [2],
  sections: [
    { heading: null, paragraphs: ['The old ferry is back on the water this week after a long refit.', '“It feels new again,” said Ivo Brandt.'] },
    { heading: 'Timetable', paragraphs: ['Sailings run every hour from seven until dusk.'] },
  ],
  optionalHeadings: ['Fares'],
  quotes: [{ text: 'It feels new again,', speaker: 'Ivo Brandt' }],
  boilerplate: [{ kind: 'share', line: 9, text: 'Share this story' }],
};
const lines = ['Harbour ferry returns after winter refit', 'By Mara Quint, Coast Weekly'];

function article(over: Partial<Article> = {}): Article {
  return {
    schemaVersion: 1,
    id: 'x',
    source: { format: 'text' },
    headline: 'Harbour ferry returns after winter refit',
    byline: { authors: ['mara quint'], publication: 'Coast Weekly', curator: null, published: '2024-03-02T07:00:00Z' },
    sections: [
      {
        heading: null,
        blocks: [
          { type: 'paragraph', text: 'The old ferry is back on the water\nthis week after a long refit.' },
          { type: 'paragraph', text: '“It feels new again,” said Ivo Brandt.' },
        ],
      },
      { heading: 'Timetable', blocks: [{ type: 'paragraph', text: 'Sailings run every hour from seven until dusk.' }] },
    ],
    quotes: [{ text: 'It feels new again,', speaker: 'Ivo Brandt', kind: 'direct' }],
    boilerplate: [{ kind: 'share', text: 'Share this story' }],
    warnings: [],
    ...over,
  };
}

describe('scoreCase and figures', () => {
  it('gives a faithful article full marks (wrapping, author case and the same instant do not matter)', () => {
    const f = figures([scoreCase(label, lines, article())]);
    expect(f).toEqual({
      headline: 1, byline: 1, headingsF1: 1, bodyF1: 1, boilerplateRecall: 1, contentRemovedPer1k: 0, quotesF1: 1, speakerAcc: 1, pullRecall: null,
    });
  });

  it('counts a dropped paragraph as removed content, a kept ad as missed boilerplate, an optional heading as neither', () => {
    const a = article();
    a.sections[0].blocks.shift();
    a.sections[1].blocks.push({ type: 'paragraph', text: 'Share this story' });
    a.sections.push({ heading: 'Fares', blocks: [] });
    const s = scoreCase(label, lines, a);
    expect(s.removed).toEqual(['The old ferry is back on the water this week after a long refit.']);
    expect(s.boilerplate).toMatchObject({ labelled: 1, found: 0 });
    expect(s.headings).toEqual({ labelled: 1, output: 1, matched: 1, optional: 1, missed: [], spurious: [] });
    expect(figures([s]).contentRemovedPer1k).toBeCloseTo(1000 / 4);
  });

  it('scores a wrong speaker, a missing date and a failed case', () => {
    const a = article({ quotes: [{ text: 'It feels new again', speaker: 'Brandt', kind: 'direct' }] });
    a.byline = { ...a.byline, published: null };
    const f = figures([scoreCase(label, lines, a), scoreCase(label, lines, null)]);
    expect(f.speakerAcc).toBe(0);
    expect(f.quotesF1).toBeCloseTo(2 / 3);
    expect(f.headline).toBe(0.5);
    // authors 1/2, publication 1/2, published 0/2 (curator: neither side gives one)
    expect(f.byline).toBeCloseTo((0.5 + 0.5 + 0) / 3);
  });
});

describe('metrics', () => {
  it('shingles short texts whole and averages per case', () => {
    expect(shingleShares('one two', 'one two')).toEqual([1, 0, 0]);
    expect(shingleShares('a b c d e', 'a b c d')).toEqual([0.5, 0, 0.5]);
    expect(averagedF1([[0.5, 0, 0.5], [1, 0, 0]]).recall).toBeCloseTo(0.75);
  });

  it('compares dates at the precision the label gives', () => {
    expect(sameDate('2024-03-02', '2024-03-02T23:00:00')).toBe(true);
    expect(sameDate('2024-03-02T08:00:00', '2024-03-02T08:00:00Z')).toBe(true);
    expect(sameDate('2024-03-02T08:00:00+01:00', '2024-03-02T08:00:00')).toBe(false);
    expect(sameDate('2024-03-02T08:00', '2024-03-02')).toBe(false);
  });
});

describe('floors', () => {
  const today: Figures = {
    headline: 0.9, byline: 0.8, headingsF1: 0.7, bodyF1: 0.95, boilerplateRecall: 0.6, contentRemovedPer1k: 4, quotesF1: null, speakerAcc: null, pullRecall: 1,
  };
  const floors = { c: raised(undefined, today) };

  it('pins a margin below today (above, for the ceiling) and never lowers on a re-pin', () => {
    expect(floors.c).toMatchObject({ headline: 0.895, contentRemovedPer1k: 4.5, quotesF1: null, pullRecall: 0.995 });
    expect(floorFor('bodyF1', 0.5)).toBe(0.495);
    expect(raised(floors.c, { ...today, headline: 0.5, bodyF1: 1 })).toMatchObject({ headline: 0.895, bodyF1: 0.995 });
  });

  it('names the corpus, figure, value, floor and how to see the cases', () => {
    expect(breaches('c', today, floors)).toEqual([]);
    expect(breaches('c', { ...today, bodyF1: 0.9, contentRemovedPer1k: 5 }, floors)).toEqual([
      'c: bodyF1 = 0.9000 is below its floor 0.945 (eval/floors.json); per-case detail: npm run eval -- c --cases',
      'c: contentRemovedPer1k = 5.00 is above its ceiling 4.5 (eval/floors.json); per-case detail: npm run eval -- c --cases',
    ]);
    expect(breaches('d', today, floors)).toEqual(['d: no floors in eval/floors.json (pin them: npm run eval -- --pin)']);
    expect(breaches('c', { ...today, quotesF1: 0.5 }, floors)[0]).toMatch(/quotesF1 is now measured/);
  });
});
