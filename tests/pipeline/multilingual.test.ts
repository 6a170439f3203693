/** Bylines, dates, furniture and wrapped text in languages other than English, and forms that need no language. */
import { describe, expect, it } from 'vitest';
import { parseBylineLine } from '../../src/pipeline/byline/line.js';
import { parseDate } from '../../src/pipeline/byline/date.js';
import { outletFromCopyright } from '../../src/pipeline/byline/credits.js';
import { boilerplate } from '../../src/pipeline/boilerplate/index.js';
import { joinContext, joinLines } from '../../src/readers/dehyphenate.js';
import { cleanArticle } from '../../src/clean.js';
import { runStages, summary } from '../helpers/stages.js';

describe('byline lines in other languages', () => {
  it.each([
    ['Por Mariana Albuquerque Tavares', ['Mariana Albuquerque Tavares']],
    ['Par Élodie Marchand-Lefèvre', ['Élodie Marchand-Lefèvre']],
    ['Von Katrin Oberländer', ['Katrin Oberländer']],
    ['di Giulia Ferraresi', ['Giulia Ferraresi']],
    ['Door Sanne de Wit-Verhoeven', ['Sanne de Wit-Verhoeven']],
    ['Autor: Agnieszka Wróbel-Zielińska', ['Agnieszka Wróbel-Zielińska']],
    ['Текст: Анна Воронцова-Лебедева', ['Анна Воронцова-Лебедева']],
    ['By Hana Okafor-Reyes, RD', ['Hana Okafor-Reyes']],
  ])('%s', (line, authors) => {
    expect(parseBylineLine(line)?.authors).toEqual(authors);
  });

  it('keeps an acronym after a bar as the outlet, and post-nominal letters after a comma out of it', () => {
    expect(parseBylineLine('Molly Wood | WIRED | Nov 14 2019, 6:00 am PT')?.publication).toBe('WIRED');
    expect(parseBylineLine('By Hana Okafor-Reyes, RD')?.publication).toBeNull();
  });
});

describe('dates in other languages', () => {
  it.each([
    ['Dienstag, 11. März 2025', '2025-03-11'],
    ['Pubblicato il 14 febbraio 2025 alle 08:45', '2025-02-14T08:45:00'],
    ['12 de agosto de 2024', '2024-08-12'],
    ['Publié le 6 novembre 2024 à 18h42', '2024-11-06T18:42:00'],
    ['14 maart 2025, 09:12', '2025-03-14T09:12:00'],
    ['Data publikacji: 14 października 2024, 12:30', '2024-10-14T12:30:00'],
    ['12 апреля 2024, 14:05 МСК', '2024-04-12T14:05:00+03:00'],
    ['2024年6月3日 18時05分', '2024-06-03T18:05:00'],
  ])('%s', (line, iso) => {
    expect(parseDate(line)?.iso).toBe(iso);
  });

  it('reads a date line with a second, labelled update time', () => {
    expect(parseBylineLine('Pubblicato il 14 febbraio 2025 alle 08:45 · Aggiornato alle 10:20')?.published).toBe('2025-02-14T08:45:00');
    expect(parseBylineLine('Publié le 6 novembre 2024 à 18h42, modifié le 7 novembre 2024 à 07h15')?.published).toBe('2024-11-06T18:42:00');
  });

  it('does not take a sentence with a date in it for a date line', () => {
    expect(parseBylineLine('Der Stadtrat hat am 11. März 2025 entschieden, die Straße zu bauen')).toBeNull();
  });
});

describe('copyright holders', () => {
  it.each([
    ['© Gazzetta del Reno – Riproduzione riservata', 'Gazzetta del Reno'],
    ['© 2024 Varanda Verde. Todos os direitos reservados.', 'Varanda Verde'],
    ['© 2024 «Северный вестник». Все права защищены.', 'Северный вестник'],
    ['© 2025 Northdale Echo Ltd', 'Northdale Echo'],
  ])('%s', (line, outlet) => {
    expect(outletFromCopyright(line)).toBe(outlet);
  });
});

const story = (furniture: string) =>
  [
    'Die Stadt hat am Montag beschlossen, die alte Brücke über den Fluss bis zum Herbst zu sanieren und den Verkehr umzuleiten.',
    furniture,
    'Die Arbeiten sollen im April beginnen und nach Angaben der Verwaltung rund vier Millionen Euro kosten, mehr als zunächst geplant.',
  ].join('\n\n');

describe('furniture by form and by each language’s formulas', () => {
  it.each([
    ['Lesen Sie auch: Neue Radwege für die Innenstadt', 'promo'],
    ['Leia também: 7 plantas que sobrevivem ao sol forte', 'promo'],
    ['Comentários (12)', 'navigation'],
    ['Anzeige', 'ad'],
    ['Teilen · Drucken · Link kopieren', 'share'],
    ['3/7', 'other'],
    ['👁 14.2K views · edited 09:02', 'other'],
    ['[사진=한빛일보 DB]', 'other'],
    ['Home › Lokales › Verkehr', 'navigation'],
  ])('%s', (line, kind) => {
    const blocks = summary(runStages(story(line), boilerplate).tree);
    expect(blocks[1]).toEqual(['paragraph', `boilerplate:${kind}`, line]);
    expect(blocks[0][1]).toBe('body');
    expect(blocks[2][1]).toBe('body');
  });

  it('keeps a star rating and a link that only look like furniture', () => {
    for (const line of ['★★★★☆', 'https://www.example.org/brueckenplan']) {
      expect(summary(runStages(story(line), boilerplate).tree)[1][1]).toBe('body');
    }
  });

  it('keeps an instruction that is one item of a list inside the story', () => {
    const text = [
      'Residents along Mill Creek say they have been bailing out basements for three winters, and the repair of the culvert has slipped again.',
      'Officials said the creek could rise again this week and asked residents near the culvert to prepare now:',
      'Sign up for emergency text alerts from Linn County',
      'Move valuables and electrical equipment off basement floors',
      "Report blocked storm drains to the city's non-emergency line",
      'The council will decide in December whether to rebid the project or add money from the stormwater reserve.',
    ].join('\n\n');
    expect(summary(runStages(text, boilerplate).tree).map((b) => b[1])).toEqual(['body', 'body', 'body', 'body', 'body', 'body']);
  });
});

describe('hyphenated line breaks', () => {
  const join = (lines: string[], text = lines.join('\n')) => joinLines(lines, joinContext(text));
  it('joins a word broken at the line end and keeps compounds and suspended hyphens', () => {
    const extract = 'Nach Jahren der Dis-\nkussion hat die Stadt die Bahn-\nlinie und den Bus-\nund Radverkehr im Tempo-\n30-Bereich geplant.';
    const lines = extract.split('\n');
    expect(join(lines, extract)).toBe('Nach Jahren der Diskussion hat die Stadt die Bahnlinie und den Bus- und Radverkehr im Tempo-30-Bereich geplant.');
  });
  it('keeps the hyphen of a compound the text also writes whole', () => {
    expect(join(['a well-', 'known fact, and well-known it stays'])).toBe('a well-known fact, and well-known it stays');
  });
});

describe('language', () => {
  it('is detected from the prose', () => {
    const article = cleanArticle(story('Anzeige'));
    expect(article.language).toBe('de');
  });
});
