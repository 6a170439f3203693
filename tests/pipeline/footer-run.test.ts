// A page's footer runs to the end of the text: short lines after its furniture are its own.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';

const story = [
  'The ferry company will add a late crossing on Fridays from June, after a petition signed by more than two thousand island residents.',
  'The extra sailing leaves the mainland at eleven and returns at midnight, and the council will cover the cost for the first season.',
  '“People wanted to come home after a night out without booking a hotel,” said Morag Lindsay, who started the petition.',
];
const body = (text: string) => cleanArticle(text).sections.flatMap((s) => s.blocks.map((b) => b.text));

describe('the footer run', () => {
  it('lists the short lines after a footer’s legal line as furniture, an address split over two lines included', () => {
    const text = ['Late ferry on Fridays', ...story, 'Unsubscribe · Update your preferences', '© 2026 The Island Courier. All rights reserved.', 'The Island Courier, 9 Pier Road,', 'Stornoway HS1 2XX'].join('\n\n');
    const a = cleanArticle(text);
    expect(a.boilerplate.map((b) => b.text)).toEqual(expect.arrayContaining(['The Island Courier, 9 Pier Road,', 'Stornoway HS1 2XX']));
    for (const p of story) expect(body(text)).toContain(p);
  });

  it('keeps short story lines after an ad marker, which may stand inside the story', () => {
    const text = ['Late ferry on Fridays', ...story, 'Advertisement', 'Timetable from 6 June', 'Friday 23:00 from Ullapool'].join('\n\n');
    expect(body(text)).toEqual(expect.arrayContaining(['Timetable from 6 June', 'Friday 23:00 from Ullapool']));
  });

  it('stops where a line of the story’s length follows the footer', () => {
    const text = ['Late ferry on Fridays', story[0], 'Share: Facebook · X · Email', 'Tickets cost £4 each way.', story[1], story[2]].join('\n\n');
    expect(body(text)).toContain('Tickets cost £4 each way.');
  });
});

describe('a formula in quotation marks is mentioned, not used', () => {
  it('keeps a story paragraph that quotes a legal formula', () => {
    const text = [
      'Kawiarnia przegrała proces o zdjęcie',
      'Sąd okręgowy w Krakowie orzekł we wtorek, że kawiarnia musi zapłacić fotografowi za zdjęcie wykorzystane w menu. Wyrok jest nieprawomocny.',
      'Fotograf opublikował zdjęcie w 2022 roku z wyraźnym dopiskiem „Wszelkie prawa zastrzeżone”. Kawiarnia pobrała je i dodała własne logo.',
      'Kawiarnia ma trzydzieści dni na odwołanie, powiedział jej pełnomocnik po rozprawie we wtorek po południu.',
      '© 2026 Kurier Sądowy. Wszelkie prawa zastrzeżone.',
    ].join('\n\n');
    expect(cleanArticle(text).boilerplate.map((b) => b.text)).toEqual(['© 2026 Kurier Sądowy. Wszelkie prawa zastrzeżone.']);
  });

  it('keeps a headline and paragraphs about copyright: the word is a topic, not a notice', () => {
    const text = [
      'Café loses copyright case over a photo',
      'The café on Długa Street lost its copyright case on Tuesday after a judge ruled that the photo on its menu belonged to a local photographer.',
      'The photographer had printed the picture with a clear note reading “All rights reserved”. The café took it anyway and used it for two years.',
      'Copyright law protects a photograph from the moment it is taken, the judge said.',
      'Copyright 2026 Kurier Sądowy',
    ].join('\n\n');
    const article = cleanArticle(text);
    expect(article.headline).toBe('Café loses copyright case over a photo');
    expect(article.boilerplate.map((b) => b.text)).toEqual(['Copyright 2026 Kurier Sądowy']);
  });
});

describe('the word "copyright" in a line the story does not share', () => {
  it('is a notice in a story about something else', () => {
    const notice = 'CivicWire Digest republishes local reporting with permission. Copyright remains with the original publisher.';
    expect(cleanArticle(['Late ferry on Fridays', ...story, notice].join('\n\n')).boilerplate.map((b) => b.text)).toEqual([notice]);
  });
});

describe('a press release keeps its contact block above the end mark', () => {
  it('keeps the e-mail and phone lines of the media contact, and removes the wire’s lines after ###', () => {
    const text = [
      'Harbourline opens a tidal hydrogen plant in Orkney',
      ...story,
      'Media contact',
      'Rosalind Achebe-Munro',
      'Head of Communications, Harbourline Energy',
      'press@harbourline.example',
      '+44 131 496 0872',
      '###',
      'SOURCE Harbourline Energy',
      'press@meridiannewswire.example',
    ].join('\n\n');
    const out = cleanArticle(text);
    expect(body(text)).toEqual(expect.arrayContaining(['press@harbourline.example', '+44 131 496 0872']));
    expect(out.boilerplate.map((b) => b.text)).toEqual(['###', 'SOURCE Harbourline Energy', 'press@meridiannewswire.example']);
  });
});

describe('a wire credit in brackets after the story', () => {
  it('is furniture, and its reporters are the authors, joined by the credit’s own "and"', () => {
    const text = [
      'La consigne du verre revient à Lyon',
      ...story,
      '(Reportage Camille Nguyen-Roux et Yanis Belkacem ; édition Odile Ferrand-Sy)',
    ].join('\n\n');
    const out = cleanArticle(text);
    expect(out.byline.authors).toEqual(['Camille Nguyen-Roux', 'Yanis Belkacem']);
    expect(out.boilerplate.map((b) => [b.kind, b.text])).toEqual([['attribution', '(Reportage Camille Nguyen-Roux et Yanis Belkacem ; édition Odile Ferrand-Sy)']]);
  });
});
