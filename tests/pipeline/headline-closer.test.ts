// The headline's second look: header lines stacked above the title lose to the title nearer the
// story; a standfirst right under a title, or a line after its credits, never takes its place.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';

const story = [
  'The council opened the new footbridge over the Wendle on Saturday, two years after floods carried the old crossing away.',
  'Engineers said the footbridge stands a metre higher than the old one and can take the weight of a small tractor.',
  '“We walked the long way round for two winters,” said Ruth Ambler, who lives on the far bank.',
];

describe('headline behind stacked header lines', () => {
  it('passes over a digest header, its table of contents and mail headers to the title above the post', () => {
    const a = cleanArticle(
      [
        'Riverside List Digest, Vol. 3, Issue 9',
        'Today’s topics: 1. New footbridge over the Wendle (Tom Hale) 2. Re: Parking (Ann Cole)',
        'Message: 1',
        'From: Tom Hale <tom@example.org>',
        'New footbridge over the Wendle opens after two winters',
        ...story,
      ].join('\n\n'),
    );
    expect(a.headline).toBe('New footbridge over the Wendle opens after two winters');
    expect(a.boilerplate.map((b) => b.text)).toContain('Riverside List Digest, Vol. 3, Issue 9');
  });

  it('takes a labelled title that lists phrases over a notice and a desk line with the outlet', () => {
    const title = 'Your letters: the new footbridge, a vanishing bus, and the swifts of the Wendle';
    const a = cleanArticle(['Trouble viewing? Read it online.', title, 'From the letters desk | The Riverside Courier', 'Friday 21 August 2026', ...story].join('\n\n'));
    expect(a.headline).toBe(title);
  });

  it('passes over a sharer’s note that points down at the story', () => {
    const a = cleanArticle(['worth a read before Thursday’s planning call, esp. the bit about the ramp 👇', 'New footbridge over the Wendle opens after two winters', ...story].join('\n\n'));
    expect(a.headline).toBe('New footbridge over the Wendle opens after two winters');
  });

  it('keeps a title over its standfirst, and a title over its credits', () => {
    const dek = cleanArticle(['Footbridge over the Wendle reopens', 'Two winters, one long detour and a new footbridge over the Wendle', ...story].join('\n\n'));
    expect(dek.headline).toBe('Footbridge over the Wendle reopens');
    const credited = cleanArticle(['Footbridge over the Wendle reopens', 'By Tom Hale', 'WENDLE BRIDGE OPENING 2025', ...story].join('\n\n'));
    expect(credited.headline).toBe('Footbridge over the Wendle reopens');
  });

  it('takes a title that goes on after a dash in lower case, under the newsletter name', () => {
    const a = cleanArticle(['Veckobladet', 'Gångbron över Wendle öppnar – och ingen behöver gå omvägen längre', ...story].join('\n\n'));
    expect(a.headline).toBe('Gångbron över Wendle öppnar – och ingen behöver gå omvägen längre');
  });
});
