/** The reading side of the HTML export: stylesheet, language and direction, dates in words, boilerplate appendix. */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/exporters/html.js';
import { DEFAULT_STYLESHEET } from '../../src/exporters/html-style.js';
import { articleLocale, formatPublished } from '../../src/exporters/locale.js';
import type { Article } from '../../src/types.js';
import { adversarialArticle } from '../fixtures/adversarial-article.js';

function withLanguage(language: string | null, published: string | null = '2019-09-10T13:00:00'): Article {
  const article = adversarialArticle();
  article.byline.published = published;
  return { ...article, language };
}

describe('default stylesheet', () => {
  const html = toHtml(adversarialArticle());
  const $ = cheerio.load(html);

  it('is embedded once in the head, with light/dark and print rules', () => {
    expect($('head > style')).toHaveLength(1);
    expect($('head > style').text().trim()).toBe(DEFAULT_STYLESHEET.trim());
    expect(DEFAULT_STYLESHEET).toContain('@media (prefers-color-scheme: dark)');
    expect(DEFAULT_STYLESHEET).toContain('@media print');
    expect(DEFAULT_STYLESHEET).toMatch(/body \{\n  max-width: 6\dch;/);
  });

  it('makes no request: no url(), @import, link to a stylesheet, and a CSP that forbids them', () => {
    expect(DEFAULT_STYLESHEET).not.toMatch(/url\(|@import|https?:/);
    expect($('link[rel="stylesheet"], img, iframe')).toHaveLength(0);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
  });

  it('is replaced by css: a string, and left out with css: false', () => {
    const custom = cheerio.load(toHtml(adversarialArticle(), { css: 'body { color: red; }' }));
    expect(custom('style').text().trim()).toBe('body { color: red; }');
    const none = cheerio.load(toHtml(adversarialArticle(), { css: false }));
    expect(none('style')).toHaveLength(0);
  });

  it('cannot be closed early by a </style> inside the given CSS', () => {
    const out = toHtml(adversarialArticle(), { css: 'p{}</style><script>window.__xss=1</script>' });
    const doc = cheerio.load(out);
    expect(doc('script')).toHaveLength(1); // only the JSON-LD
    expect(out.split(/<\/style/i).length - 1).toBe(1);
  });

  it('is not part of a fragment', () => {
    expect(toHtml(adversarialArticle(), { fragment: true })).not.toContain('<style');
  });
});

describe('language and direction', () => {
  it('claims no language when the article has none', () => {
    const $ = cheerio.load(toHtml(withLanguage(null)));
    expect($('html').attr('lang')).toBeUndefined();
    expect($('html').attr('dir')).toBeUndefined();
  });

  it('follows article.language, canonicalised, with inLanguage in the JSON-LD', () => {
    const $ = cheerio.load(toHtml(withLanguage('pt-br')));
    expect($('html').attr('lang')).toBe('pt-BR');
    expect($('article').attr('lang')).toBe('pt-BR');
    expect($('html').attr('dir')).toBeUndefined();
    const ld = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.inLanguage).toBe('pt-BR');
  });

  it.each(['he', 'ar', 'fa', 'ur'])('reads %s right to left', (language) => {
    const $ = cheerio.load(toHtml(withLanguage(language)));
    expect($('html').attr('lang')).toBe(language);
    expect($('html').attr('dir')).toBe('rtl');
  });

  it('puts lang and dir on the article of a fragment', () => {
    const $ = cheerio.load(toHtml(withLanguage('ar'), { fragment: true }), null, false);
    expect($('article').attr('lang')).toBe('ar');
    expect($('article').attr('dir')).toBe('rtl');
  });

  it('ignores a value that is not a language tag', () => {
    expect(articleLocale(withLanguage('not a tag!'))).toEqual({ lang: null, dir: 'ltr' });
    expect(articleLocale(withLanguage('und'))).toEqual({ lang: null, dir: 'ltr' });
  });
});

describe('dates in words', () => {
  it('writes the date in the article language and keeps ISO in <time datetime>', () => {
    const $ = cheerio.load(toHtml(withLanguage('es', '2019-09-10')));
    expect($('time').attr('datetime')).toBe('2019-09-10');
    expect($('time').text()).toBe('10 de septiembre de 2019');
  });

  it('keeps the clock time as written, and shows an offset after it', () => {
    expect(formatPublished('2019-09-10T13:00:00', null)).toBe('September 10, 2019 at 1:00 PM');
    expect(formatPublished('2019-09-10T13:00:00', 'en-GB')).toBe('10 September 2019 at 13:00');
    expect(formatPublished('2025-03-04T18:15:00-05:00', 'en')).toBe('March 4, 2025 at 6:15 PM UTC-05:00');
    expect(formatPublished('2025-03-04T23:30Z', 'de')).toBe('4. März 2025 um 23:30 UTC');
  });

  it('writes only the precision given', () => {
    expect(formatPublished('2019-09', 'fr')).toBe('septembre 2019');
    expect(formatPublished('2019', 'en')).toBe('2019');
  });

  it('returns null for what it cannot read, and the export then shows the value as is', () => {
    expect(formatPublished('2019-02-30', 'en')).toBeNull();
    expect(formatPublished('10/09/2019', 'en')).toBeNull();
    const $ = cheerio.load(toHtml(withLanguage('en', 'sometime in 2019')));
    expect($('time').text()).toBe('sometime in 2019');
  });
});

describe('boilerplate appendix', () => {
  it('lists each removed line with its kind, after the article, only when asked', () => {
    const article = adversarialArticle();
    article.boilerplate.push({ kind: 'ad', text: 'Kate Spade Autumn/Winter Sale' });
    expect(cheerio.load(toHtml(article))('aside')).toHaveLength(0);
    const $ = cheerio.load(toHtml(article, { withBoilerplate: true }));
    expect($('body > article + aside.boilerplate')).toHaveLength(1);
    const items = $('aside.boilerplate li').toArray().map((li) => [$(li).find('.kind').text(), $(li).find('.text').text()]);
    expect(items).toEqual([
      ['other', '<iframe src="x"></iframe>'],
      ['ad', 'Kate Spade Autumn/Winter Sale'],
    ]);
    expect($('iframe')).toHaveLength(0);
  });

  it('follows the article in a fragment too, and is left out when there is none', () => {
    const html = toHtml(adversarialArticle(), { fragment: true, withBoilerplate: true });
    const $ = cheerio.load(html, null, false);
    expect($.root().children().toArray().map((el) => el.tagName)).toEqual(['article', 'aside']);
    expect(html.endsWith('</aside>\n')).toBe(true);
    const empty = { ...adversarialArticle(), boilerplate: [] };
    expect(toHtml(empty, { withBoilerplate: true })).not.toContain('<aside');
  });
});

describe('labels in the article language', () => {
  it('writes By, the list of names and Selected by in the language, each name still its own element', () => {
    const $ = cheerio.load(toHtml(withLanguage('es', '2019-09-10')));
    expect($('p.byline').text()).toBe('Por José Ñúñez, Zoë O’Brien y Anne <Smith> & Co · Ærø & “Weekly” <News> · 10 de septiembre de 2019');
    expect($('.author').toArray().map((el) => $(el).text())).toEqual(['José Ñúñez', 'Zoë O’Brien', 'Anne <Smith> & Co']);
    expect($('p.curator').text()).toBe('Seleccionado por *CWC* [x](y)');
  });

  it('falls back to English for a language without labels, and when none is known', () => {
    for (const language of ['he', null]) {
      const $ = cheerio.load(toHtml(withLanguage(language), { withBoilerplate: true }));
      expect($('p.byline').text().startsWith('By José Ñúñez, Zoë O’Brien, and Anne <Smith> & Co · ')).toBe(true);
      expect($('aside.boilerplate h2').text()).toBe('Removed from the article');
    }
  });
});
