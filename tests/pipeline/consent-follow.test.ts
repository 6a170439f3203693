// Cookie banners and "follow X on <network>" prompts, in any language, and the story lines that only mention them.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';

const removed = (lines: string[]) => cleanArticle(lines.join('\n\n')).boilerplate.map((b) => [b.kind, b.text]);

const nl = [
  'Gemeente stopt met campagne op sociale media',
  'De gemeente Zwolle stopt na twee jaar met haar campagne op sociale media, omdat die volgens de raad te weinig reacties van inwoners opleverde.',
  'Wethouder Anouk de Vries zei dinsdag dat de gemeente liever vragen van inwoners beantwoordt dan berichten plaatst die niemand leest.',
  'De raad stemde met ruime meerderheid voor het voorstel; alleen twee fracties wilden de campagne nog een jaar laten doorlopen.',
];

describe('cookie-consent banners', () => {
  it('removes a banner in Dutch and in English between and after the paragraphs', () => {
    const out = removed([nl[0], nl[1], 'Deze website maakt gebruik van cookies. Lees onze privacyverklaring.', nl[2], nl[3], 'We use cookies to improve your experience. Accept | Manage']);
    expect(out).toEqual([
      ['legal', 'Deze website maakt gebruik van cookies. Lees onze privacyverklaring.'],
      ['legal', 'We use cookies to improve your experience. Accept | Manage'],
    ]);
  });

  it('keeps a story sentence that quotes a banner', () => {
    const quoted = 'De toezichthouder vond op veertig sites de zin “Deze website maakt gebruik van cookies” zonder knop om te weigeren.';
    expect(removed([nl[0], nl[1], quoted, nl[2], nl[3]])).toEqual([]);
  });
});

describe('a short line about cookies', () => {
  it('is a banner in a story about something else, even as the headline’s rival', () => {
    const banner = 'Korzystamy z plików cookies. Dalsze korzystanie z serwisu oznacza zgodę na ich użycie.';
    const pl = [
      'Zamieć śnieżna nad północną Polską',
      'Instytut ogłosił w nocy ostrzeżenia trzeciego stopnia dla czterech województw. Wiatr w porywach przekroczy dziewięćdziesiąt kilometrów na godzinę.',
      'Kolej odwołała część porannych pociągów, a drogowcy zamknęli dwa odcinki drogi ekspresowej do czasu przejazdu pługów.',
    ];
    const article = cleanArticle([banner, ...pl].join('\n\n'));
    expect(article.headline).toBe(pl[0]);
    expect(article.boilerplate.map((b) => b.text)).toEqual([banner]);
  });

  it('is the story in a recipe for cookies', () => {
    const recipe = [
      'Brown butter cookies',
      'These cookies take twenty minutes and one bowl. Brown the butter first, because the nutty taste is the whole point of the cookies.',
      'Let the cookies cool on the tray for five minutes.',
      'Bake the cookies for twelve minutes at 180C, until the edges are golden and the middles still look soft.',
    ];
    expect(removed(recipe)).toEqual([]);
  });
});

describe('follow prompts naming a network', () => {
  it('removes "follow <outlet> on <network>" whatever the outlet is called', () => {
    const out = removed([nl[0], nl[1], nl[2], 'Volg Stadskrant Zwolle op Instagram en mis niets uit de stad.', nl[3]]);
    expect(out).toEqual([['promo', 'Volg Stadskrant Zwolle op Instagram en mis niets uit de stad.']]);
  });

  it('keeps a story line that opens with the same verb but names no network', () => {
    const line = 'Volg de wethouder door de wijk en je ziet hoe weinig mensen de campagne kennen.';
    expect(removed([nl[0], nl[1], line, nl[2], nl[3]])).toEqual([]);
  });
});
