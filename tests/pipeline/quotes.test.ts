import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';

const quotesOf = (paragraphs: string[]) =>
  cleanArticle(['Ferry service resumes', ...paragraphs].join('\n\n')).quotes.map((q) => [q.text, q.speaker, q.role ?? null, q.credentials ?? null]);

describe('quotes stage', () => {
  it('reads "says ROLE NAME, CREDS" and resolves a later surname to the full name', () => {
    expect(
      quotesOf([
        '“The crossing is safe again,” says harbour master Ana Ruiz, PE. The ferry left at dawn.',
        'Passengers were relieved. “We had a long week,” Ruiz says.',
      ]),
    ).toEqual([
      ['The crossing is safe again,', 'Ana Ruiz', 'harbour master', 'PE'],
      ['We had a long week,', 'Ana Ruiz', 'harbour master', 'PE'],
    ]);
  });

  it('splits a quotation interrupted by its attribution into two, same speaker', () => {
    expect(quotesOf(['“It was a difficult week for us,” Tom Berg said. “We needed this win, otherwise the season was over.”']).map((q) => q[1])).toEqual([
      'Tom Berg',
      'Tom Berg',
    ]);
  });

  it('resolves a pronoun to the nearest speaker and reads NAME, ROLE, told …', () => {
    expect(
      quotesOf([
        'Tom Berg, a deckhand with the county for ten years, told reporters, “I have never seen the terminal flooded like that before.”',
        '“The water came right over the ramp and into the ticket office,” he added.',
      ]).map((q) => [q[1], q[2]]),
    ).toEqual([
      ['Tom Berg', 'deckhand with the county for ten years'],
      ['Tom Berg', 'deckhand with the county for ten years'],
    ]);
  });

  it('reads roles before a trailing name, "according to" after a quotation, and a short continuing sentence', () => {
    expect(
      quotesOf([
        '“The grid is in good shape, but every degree helps,” spokesperson Hollis Vang said. “We’d rather be ready.”',
        '“There’s no real break until the front comes through,” according to Dana Whitcombe, a meteorologist with the weather service.',
        '“We did not chase volume this quarter,” Chief Executive Rafael Quintero said on a call with analysts.',
      ]).map((q) => [q[1], q[2]]),
    ).toEqual([
      ['Hollis Vang', 'spokesperson'],
      ['Hollis Vang', 'spokesperson'],
      ['Dana Whitcombe', 'meteorologist with the weather service'],
      ['Rafael Quintero', null],
    ]);
  });

  it('skips scare quotes that nobody speaks', () => {
    expect(quotesOf(['The storm was called “severe” by forecasters who track the coast every winter and spring.'])).toEqual([]);
  });

  it('reads single-quoted speech where a paragraph has no double marks, but not a quoted title or the apostrophes', () => {
    expect(
      quotesOf([
        'Graham Liddell runs the orchard. ‘We lost about a third of the growers’ apricots to the hail, so what you see is what survived,’ he said.',
        'The council’s report ‘Dikes and meadows, six years on’ was published in May by the water board.',
      ]).map((q) => [q[0], q[1]]),
    ).toEqual([['We lost about a third of the growers’ apricots to the hail, so what you see is what survived,', 'Graham Liddell']]);
  });
});
