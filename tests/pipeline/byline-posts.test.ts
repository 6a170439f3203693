// Credit lines whose extra parts are about the person, told by form: a post in lower case or in
// brackets after the name, a post as a label or after a bar, titles written as short lower-case
// abbreviations, and numeric dates with a dot after the year and a one-letter connector before the time.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';
import { parseBylineLine } from '../../src/pipeline/byline/line.js';
import { setDateLanguage } from '../../src/pipeline/byline/date.js';
import { setArticleLanguage } from '../../src/text/article-language.js';

const story =
  'The harbour board voted on Tuesday to extend the ferry timetable into the winter months, after two years of complaints from island residents who rely on the last evening crossing.';

describe('posts beside the name are no outlet', () => {
  it('a post in lower case after a comma, in any script with capitals', () => {
    expect(parseBylineLine('di Marco Bellini, responsabile regionale')).toMatchObject({ authors: ['Marco Bellini'], publication: null });
    expect(parseBylineLine('Аутор: Милош Ристић, шеф кабинета')).toMatchObject({ authors: ['Милош Ристић'], publication: null });
  });

  it('a post in brackets after the name, while an outlet in brackets that ends the line is the outlet', () => {
    expect(parseBylineLine('Von Jana Hollmann (Stadtreporterin) und Tim Becker')).toMatchObject({ authors: ['Jana Hollmann', 'Tim Becker'] });
    expect(parseBylineLine('글: 한서연 (데이터 분석가)')).toMatchObject({ authors: ['한서연'], publication: null });
    expect(parseBylineLine('By Sam Okafor (Harbour Wire)')).toMatchObject({ authors: ['Sam Okafor'], publication: 'Harbour Wire' });
  });

  it('keeps the zone in brackets after a time', () => {
    expect(parseBylineLine('Aktualisiert 14.03.2026, 14:00 Uhr (MEZ)')?.published).toBe('2026-03-14T14:00:00');
  });

  it('a post after a bar, and a post of two words as the label', () => {
    expect(parseBylineLine('By Meera Pillai | Public Affairs')).toMatchObject({ authors: ['Meera Pillai'], publication: null });
    expect(parseBylineLine('Community correspondent: Tunde Bakare · Lagos Voices')).toMatchObject({ authors: ['Tunde Bakare'], publication: 'Lagos Voices' });
    // One word before the colon may be an editor's credit: no author.
    expect(parseBylineLine('责任编辑：周晓明')).toBeNull();
  });

  it('drops titles written as short lower-case abbreviations before the name', () => {
    const byline = cleanArticle(['Nova hladilnica za sadje', 'Pripravil: dr. Marko Novak', 'Objavljeno: 3. 3. 2026', story].join('\n\n')).byline;
    expect(byline.authors).toEqual(['Marko Novak']);
  });
});

describe('numeric dates with a dot after the year', () => {
  afterEach(() => setDateLanguage(null));
  it('read day first, with the time after a one-letter connector', () => {
    setDateLanguage('sr');
    expect(parseBylineLine('Објављено: 04.03.2026. у 12:30')?.published).toBe('2026-03-04T12:30:00');
    setDateLanguage('hr');
    expect(parseBylineLine('Objavljeno: 12.05.2026. u 09:40')?.published).toBe('2026-05-12T09:40:00');
  });
});

describe('credit forms', () => {
  it('reads the Irish particle Ó inside a name', () => {
    expect(parseBylineLine('Posted by Ciarán Ó Súilleabháin on 14/11/2026')).toMatchObject({ authors: ['Ciarán Ó Súilleabháin'], published: '2026-11-14' });
  });

  it('reads a led credit closed by a full stop, every name of it, but no sentence', () => {
    expect(parseBylineLine('Das Gespräch führte Lena Hoffmeister.')).toMatchObject({ authors: ['Lena Hoffmeister'] });
    expect(parseBylineLine('By Lena Hoffmeister and Tom Berg.')).toMatchObject({ authors: ['Lena Hoffmeister', 'Tom Berg'] });
    expect(parseBylineLine('Von Anfang an.')).toBeNull();
    expect(parseBylineLine('By Tuesday it was over.')).toBeNull();
  });

  it('an interview credit at the foot of the story names its author, and the outlet line above stays the outlet', () => {
    const text = ['Wie der Stadtwald umgebaut werden soll', 'Kasseler Landbote · 26.02.2026, 06:00 Uhr', story, story.replace('harbour', 'forest'), 'Das Gespräch führte Lena Hoffmeister.'].join('\n\n');
    expect(cleanArticle(text).byline).toMatchObject({ authors: ['Lena Hoffmeister'], publication: 'Kasseler Landbote' });
  });
});


describe('leads of one language', () => {
  const swahili = [
    'Wavuvi wa Shimoni walalamikia kupanda kwa bei ya mafuta',
    'Na Halima Mwakasege',
    'Wavuvi wa kijiji cha Shimoni wamesema kwamba bei ya mafuta ya boti imepanda kwa zaidi ya asilimia ishirini tangu mwezi uliopita, na wengi wao hawawezi tena kwenda baharini kila siku.',
    'Mwenyekiti wa chama cha wavuvi alisema serikali inapaswa kuwasaidia wavuvi wadogo kwa kupunguza kodi ya mafuta hadi msimu wa mvua utakapokwisha.',
  ];
  it('"Na" leads the credit in a Swahili article only (elsewhere the line is a bare name)', () => {
    expect(cleanArticle(swahili.join('\n\n')).byline.authors).toEqual(['Halima Mwakasege']);
    setArticleLanguage('pt');
    expect(parseBylineLine('Na Halima Mwakasege')?.authors).toEqual(['Na Halima Mwakasege']);
    setArticleLanguage(null);
  });
});
