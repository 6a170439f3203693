/** Bylines, dates, furniture and wrapped text in languages other than English, and forms that need no language. */
import { beforeEach, describe, expect, it } from 'vitest';
import { parseBylineLine } from '../../src/pipeline/byline/line.js';
import { parseDate, setDateLanguage } from '../../src/pipeline/byline/date.js';
import { outletFromCopyright } from '../../src/pipeline/byline/credits.js';
import { boilerplate } from '../../src/pipeline/boilerplate/index.js';
import { joinContext, joinLines } from '../../src/readers/dehyphenate.js';
import { cleanArticle } from '../../src/clean.js';
import { runStages, summary } from '../helpers/stages.js';

// parseDate tries the locales of the article being cleaned (set by the evidence stage); these
// lines are parsed alone, as in a fresh process, whatever a test before them cleaned.
beforeEach(() => setDateLanguage(null));

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
    // The year after the holder, in any language's footer.
    ['© Lumen Kulttuuri 2024 – Kaikki oikeudet pidätetään', 'Lumen Kulttuuri'],
    ['© Vasárnapi Lapok 2019–2025', 'Vasárnapi Lapok'],
    // The footer's links after a middle dot are no part of the name.
    ['© Revista del Port 2025 · Avís legal · Galetes', 'Revista del Port'],
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
    ['#Brücke #Verkehr #Stadtrat', 'navigation'],
    ['좋아요 34 | 훈훈해요 2 | 슬퍼요 0 | 화나요 1', 'share'],
    ['Schlagwörter: Brücke, Verkehr, Stadtrat', 'navigation'],
    ['Fortsetzung auf Seite 18', 'other'],
    ['Geschätzte Lesezeit: 5 Minuten', 'other'],
    ['【関連記事】空き家バンク登録、過去最多に', 'promo'],
    ['The views expressed are the author’s own and do not necessarily reflect those of the publisher.', 'legal'],
    ['This column originally ran in the Saltmarsh Gazette and is reposted here with permission.', 'attribution'],
    ['Iscriviti alla newsletter della Gazzetta: ogni mattina le notizie nella tua casella.', 'subscription'],
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

  it('removes a call to action whose template repeats after every product, even where it names the story', () => {
    const text = [
      'The Harrow HS-7 is the best pair of studio headphones we tested this year, with a flat response and a cable that survives.',
      'Get it at: Soundhaus (£149)',
      'The Tamsin T40 costs a third as much and still sounds clean at low volume, which matters for late-night editing.',
      'Get it at: Riffmart (£58)',
      'The Oriel Open 2 is open-backed, so it leaks sound, but its wide stage makes it the pick for mixing.',
      'Get it at: Soundhaus (£219)',
      'All three were tested for a month in a home studio and on a commuter train.',
    ].join('\n\n');
    const kinds = summary(runStages(text, boilerplate).tree).map((b) => b[1]);
    expect(kinds).toEqual(['body', 'boilerplate:ad', 'body', 'boilerplate:ad', 'body', 'boilerplate:ad', 'body']);
  });

  it('keeps a bulleted instruction inside the story', () => {
    const text = [
      'The school garden needs volunteers over the summer, when the beds dry out fastest and the children are away.',
      'How you can help:',
      '- Sign up for a summer watering week so the beds stay green until September.',
      '- Donate seeds, hand trowels or child-sized gloves at the front office.',
      'Thank you to every family who has already given an hour or a packet of seeds this spring.',
    ].join('\n\n');
    expect(summary(runStages(text, boilerplate).tree).map((b) => b[1])).toEqual(['body', 'body', 'body', 'body', 'body']);
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
  // Languages of a few million speakers, which the smallest trigram set lacks and took for Swedish, Dutch or Indonesian.
  const samples: [string, string][] = [
    ['da', 'Kommunen har besluttet at bygge en ny skole i byen, og arbejdet begynder til sommer. Borgmesteren siger, at det er en stor dag for alle familier, og at pengene er fundet.'],
    ['fi', 'Kunta on päättänyt rakentaa kaupunkiin uuden koulun, ja työt alkavat kesällä. Pormestarin mukaan päivä on suuri kaikille perheille, ja rahat on jo löydetty.'],
    ['sk', 'Mesto sa rozhodlo postaviť novú školu a práce sa začnú v lete. Primátor hovorí, že je to veľký deň pre všetky rodiny v meste a peniaze sa už našli.'],
    ['ca', "L'ajuntament ha decidit construir una nova escola a la ciutat i les obres començaran a l'estiu. L'alcalde diu que és un gran dia per a les famílies."],
    // Scripts and languages the trigram model names with codes of its own (tam, kat, mar, npi, als).
    ['ta', 'நகராட்சி புதிய பள்ளி ஒன்றைக் கட்ட முடிவு செய்துள்ளது, கோடையில் பணிகள் தொடங்கும் என்று மேயர் தெரிவித்தார்.'],
    ['ka', 'მერიამ ქალაქში ახალი სკოლის აშენება გადაწყვიტა და სამუშაოები ზაფხულში დაიწყება, თქვა მერმა.'],
    ['mr', 'नगरपालिकेने शहरात नवी शाळा बांधण्याचा निर्णय घेतला असून उन्हाळ्यात कामाला सुरुवात होईल, असे महापौरांनी सांगितले.'],
    ['ne', 'नगरपालिकाले सहरमा नयाँ विद्यालय बनाउने निर्णय गरेको छ र गर्मीमा काम सुरु हुनेछ भनी मेयरले बताउनुभयो।'],
    ['sq', 'Bashkia ka vendosur të ndërtojë një shkollë të re në qytet dhe punimet do të fillojnë në verë, tha kryetari i bashkisë.'],
  ];
  for (const [code, text] of samples) {
    it(`tells ${code} from its neighbours`, () => {
      expect(cleanArticle(`Ny skole\n\n${text}\n\n${text}\n`).language).toBe(code);
    });
  }
});

describe('headings judged by structure', () => {
  const headings = (text: string) => cleanArticle(text).sections.map((s) => s.heading).filter(Boolean);
  const prose = 'Most adults eat around twenty grams of fibre a day, well short of the thirty grams that guidelines recommend for good health.';

  it('takes labels over lists, and a day label over a meal label, as headings', () => {
    const text = [
      'A week of fibre',
      prose,
      'Day 1',
      'Breakfast',
      'Overnight oats with grated apple and chia seeds (8 g fibre)',
      'A small handful of raspberries (2 g)',
      'Lunch',
      'Lentil and roasted pepper soup (8 g)',
      'Wholemeal roll (3 g)',
      'Day 2',
      'Breakfast',
      'Wholemeal toast with smashed avocado and seeds (7 g)',
      'A kiwi, skin on (3 g)',
      'Lunch',
      'Black bean and sweetcorn salad with feta (11 g)',
      prose,
    ].join('\n\n');
    expect(headings(text)).toEqual(['Day 1', 'Breakfast', 'Lunch', 'Day 2', 'Breakfast', 'Lunch']);
  });

  it('takes a label in capitals over result lines as a heading', () => {
    const text = ['Weekend results', prose, 'CRICKET', 'Northdale 214-6 beat Kirby Bridge 198 by 16 runs', 'Marsh Lane 156 lost to Hollins 157-3 by seven wickets', prose].join('\n\n');
    expect(headings(text)).toEqual(['CRICKET']);
  });

  it('keeps a rhetorical question answered at once in the prose, and a real question subheading', () => {
    const text = [
      'Smoky white bean soup for cold weeknights',
      'Too tired to chop an onion?',
      'Me too. That is exactly why this soup exists: one pot, two tins of beans and about forty minutes on the sofa.',
      'What makes it smoky?',
      'Smoked paprika and a parmesan rind do the work, and both keep for months in the cupboard and the freezer.',
    ].join('\n\n');
    expect(headings(text)).toEqual(['What makes it smoky?']);
  });
});

describe('banners above the title', () => {
  it.each([
    'WATCH LIVE: KRVT 7 News at 6',
    'MEMBER BULLETIN — Issue 42 — Autumn 2024',
    'Unrolled with Threadkeeper · read the whole thread on one page',
  ])('%s is not the headline', (banner) => {
    const text = [banner, 'Mill Creek neighbors fear repeat flooding as culvert repair slips to 2025', 'Residents along Mill Creek say they have been bailing out basements for three winters, and this week they will have to get through one more.'].join('\n\n');
    expect(cleanArticle(text).headline).toBe('Mill Creek neighbors fear repeat flooding as culvert repair slips to 2025');
  });
});
