import { describe, expect, it } from 'vitest';
import { boilerplate } from '../../src/pipeline/boilerplate/index.js';
import { runStages, summary } from '../helpers/stages.js';

const story = [
  'Ferry service to the islands resumes after storm',
  'The county ferry returned to its full schedule on Tuesday after a week of cancellations caused by high winds and damage to the terminal at Port Ellis.',
  'Officials said the terminal repairs cost about $40,000 and were finished two days ahead of plan, allowing the first morning crossing to leave on time.',
];

function kinds(lines: string[]) {
  return summary(runStages(lines.join('\n\n'), boilerplate).tree).map(([, role, text]) => [role, text]);
}

describe('boilerplate stage', () => {
  it('removes a stray commerce line that shares nothing with the story', () => {
    const out = kinds([story[0], story[1], 'Up to 40% off Wintergreen outdoor jackets', story[2]]);
    expect(out[2]).toEqual(['boilerplate:ad', 'Up to 40% off Wintergreen outdoor jackets']);
    expect(out.filter(([role]) => role === 'body')).toHaveLength(3);
  });

  it('keeps a short line about the story even when it names a sale', () => {
    const ferrySale = 'Ferry ticket sale for islands residents';
    expect(kinds([story[0], story[1], ferrySale, story[2]])[2]).toEqual(['body', ferrySale]);
  });

  it('recognises furniture by form: markers, labels, share, subscription, read-more, legal', () => {
    const out = kinds([
      'View this email in your browser',
      ...story.slice(0, 2),
      'Advertisement',
      'RELATED: Port Ellis council votes on new harbour fees',
      'Share this: Facebook Twitter Email',
      story[2],
      'Sign up for our newsletter to get the latest ferry news in your inbox.',
      'Continue Reading…',
      'The post Ferry service to the islands resumes after storm appeared first on Island Times.',
      '© 2019 Island Times. All rights reserved.',
    ]);
    expect(out.map(([role]) => role)).toEqual([
      'boilerplate:navigation',
      'body',
      'body',
      'boilerplate:ad',
      'boilerplate:promo',
      'boilerplate:share',
      'body',
      'boilerplate:subscription',
      'boilerplate:read-more',
      'boilerplate:attribution',
      'boilerplate:legal',
    ]);
  });

  it('knows more furniture by its shape, wherever the strings come from', () => {
    const out = kinds([
      story[0],
      story[1],
      'Sponsored by Harbourview Credit Union',
      'Read this next: Port Ellis council votes on new harbour fees',
      'Follow Ana Ruiz on Twitter at twitter.com/anaruiz',
      'Advertisement - Continue Reading Below',
      'Story continues below',
      story[2],
      'Leave a reply',
    ]);
    expect(out.slice(2, 7).map(([role]) => role)).toEqual(['boilerplate:ad', 'boilerplate:promo', 'boilerplate:promo', 'boilerplate:ad', 'boilerplate:other']);
    expect(out[8][0]).toBe('boilerplate:navigation');
  });

  it('removes a repeated running head and page markers', () => {
    const head = 'THE ISLAND TIMES | SPRING 2025';
    const out = kinds([story[0], head, story[1], 'Page 1 of 2', head, story[2]]);
    expect(out.map(([role]) => role)).toEqual(['body', 'boilerplate:other', 'body', 'boilerplate:other', 'boilerplate:other', 'body']);
  });

  it('keeps list items with prices: they are the story, not ads', () => {
    const out = kinds([story[0], story[1], 'Flour, salt and starter: about $1.10\nLabor, including the overnight shaper: $3.40\nRent and utilities: $1.90', story[2]]);
    expect(out.filter(([role]) => role !== 'body')).toEqual([]);
  });

  it('removes credits and link lists only after the story ends', () => {
    const credit = 'The column is written by Jane Roe and distributed by Tidewater Syndicate.';
    const middle = kinds([story[0], credit, story[1], story[2]]);
    expect(middle[1][0]).toBe('body');
    const tail = kinds([...story, 'Story Timeline', 'Harbour fees rise again', 'Island bridge plan shelved', credit]);
    expect(tail.slice(3).map(([role]) => role)).toEqual(['boilerplate:navigation', 'boilerplate:navigation', 'boilerplate:navigation', 'boilerplate:attribution']);
  });

  it('reports removed lines as messages with positions when asked', () => {
    const { file } = runStages([...story, 'Advertisement'].join('\n\n'), [boilerplate, { report: true }]);
    expect(file.messages.map((m) => [m.ruleId, m.line])).toEqual([['boilerplate-ad-marker', 7]]);
  });
});
