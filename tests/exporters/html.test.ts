import { existsSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { toHtml } from '../../src/exporters/html.js';
import type { Article } from '../../src/types.js';
import { SCRIPT, adversarialArticle } from '../fixtures/adversarial-article.js';
import { PULLQUOTE_BLOCK, PULLQUOTE_SECTION, readSeedLabel, seedArticle } from '../fixtures/seed-article.js';

type Doc = cheerio.CheerioAPI;

/** The seed comes from ../shared; without it these suites skip and say so. */
const SEED_LABEL = new URL('../../../shared/corpus/seed/label.json', import.meta.url);
const HAVE_SEED = existsSync(SEED_LABEL);
const seedNote = HAVE_SEED ? '' : ` (skipped: no ${SEED_LABEL.pathname})`;

function jsonLdOf($: Doc): Record<string, unknown> {
  const scripts = $('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts.text()) as Record<string, unknown>;
}

/** Direct children of each <section>, as tag names: the block order the exporter chose. */
function sectionShapes($: Doc): string[][] {
  return $('article > section')
    .toArray()
    .map((section) => $(section).children().toArray().map((el) => el.tagName));
}

describe.skipIf(!HAVE_SEED)(`toHtml: seed article, standalone document${seedNote}`, () => {
  // vitest still runs a skipped suite's body to collect it: show one skipped test instead.
  if (!HAVE_SEED) return void it.skip(`needs ${SEED_LABEL.pathname}`, () => undefined);
  const article = seedArticle();
  const label = readSeedLabel();
  const html = toHtml(article);
  const $ = cheerio.load(html);

  it('is a whole document ending with one newline', () => {
    // The seed article has no language field: no lang is claimed rather than a wrong one.
    expect(html.startsWith('<!doctype html>\n<html>')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(html.endsWith('\n\n')).toBe(false);
  });

  it('has charset, viewport, title and one author meta per author', () => {
    expect($('head > meta[charset]').attr('charset')).toBe('utf-8');
    expect($('head > meta[name="viewport"]').attr('content')).toContain('width=device-width');
    expect($('head > title').text()).toBe(label.headline);
    expect($('head > meta[name="author"]').toArray().map((el) => $(el).attr('content'))).toEqual(label.byline.authors);
    expect($('link[rel="canonical"]')).toHaveLength(0);
  });

  it('describes the article as schema.org NewsArticle JSON-LD', () => {
    expect(jsonLdOf($)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: label.headline,
      author: [{ '@type': 'Person', name: 'Aly Semigran' }],
      datePublished: '2019-09-10T13:00:00',
      publisher: { '@type': 'Organization', name: 'Well and Good' },
    });
  });

  it('puts headline, byline, time and curator in the article header', () => {
    expect($('body > article')).toHaveLength(1);
    expect($('article > header > h1').text()).toBe(label.headline);
    expect($('p.byline .author').toArray().map((el) => $(el).text())).toEqual(['Aly Semigran']);
    expect($('p.byline').text()).toBe('By Aly Semigran · Well and Good · September 10, 2019 at 1:00 PM');
    expect($('p.byline time').attr('datetime')).toBe('2019-09-10T13:00:00');
    expect($('p.curator').text()).toBe('Selected by CWC');
  });

  it('has one section per section, with its heading and paragraphs in order', () => {
    const sections = $('article > section').toArray();
    expect(sections).toHaveLength(label.sections.length);
    sections.forEach((section, i) => {
      const heading = $(section).children('h2');
      expect(heading.length ? heading.text() : null).toBe(label.sections[i].heading);
      expect($(section).children('p').toArray().map((p) => $(p).text())).toEqual(label.sections[i].paragraphs);
    });
  });

  it('renders the pull quote as figure.pullquote after the first paragraph of section 3', () => {
    const [pull] = label.pullquotes;
    expect(sectionShapes($)[PULLQUOTE_SECTION]).toEqual(['h2', 'p', 'figure', 'p']);
    const figure = $('article > section').eq(PULLQUOTE_SECTION).children().eq(1 + PULLQUOTE_BLOCK);
    expect(figure.hasClass('pullquote')).toBe(true);
    expect(figure.find('> blockquote > p').text()).toBe(pull.text);
    expect(figure.find('> figcaption').text()).toBe('— sex therapist Sari Cooper, LCSW');
    expect($('figure')).toHaveLength(1);
  });
});

describe.skipIf(!HAVE_SEED)(`toHtml: fragment${seedNote}`, () => {
  // vitest still runs a skipped suite's body to collect it: show one skipped test instead.
  if (!HAVE_SEED) return void it.skip(`needs ${SEED_LABEL.pathname}`, () => undefined);
  const html = toHtml(seedArticle(), { fragment: true });

  it('is just the article element, ending with one newline', () => {
    expect(html.startsWith('<article>')).toBe(true);
    expect(html.endsWith('</article>\n')).toBe(true);
    const $ = cheerio.load(html, null, false);
    expect($.root().children().toArray().map((el) => el.tagName)).toEqual(['article']);
    expect($('html, head, body, title, meta, script')).toHaveLength(0);
    expect($('article > section')).toHaveLength(4);
  });
});

describe('toHtml: text that looks like markup', () => {
  const article = adversarialArticle();
  const html = toHtml(article);
  const $ = cheerio.load(html);

  it('keeps HTML-looking headline text as text, in the title, h1 and JSON-LD', () => {
    expect($('title').text()).toBe(article.headline);
    expect($('h1').text()).toBe(article.headline);
    expect(jsonLdOf($).headline).toBe(article.headline);
  });

  it('has no script element but the JSON-LD, and no markup from the text', () => {
    expect($('script')).toHaveLength(1);
    expect($('script').attr('type')).toBe('application/ld+json');
    // `</script` may appear once only: the real end tag of the JSON-LD.
    expect(html.split('</script').length - 1).toBe(1);
    expect($('b, i, em, br, img, a, li > li, iframe')).toHaveLength(0);
    expect(html).not.toContain(SCRIPT);
  });

  it('gives every paragraph, heading and author back exactly', () => {
    const sections = $('article > section');
    expect(sections.eq(0).children('p').toArray().map((p) => $(p).text())).toEqual(
      article.sections[0].blocks.map((block) => block.text),
    );
    expect(sections.eq(1).children('h3').text()).toBe(article.sections[1].heading);
    expect(sections.eq(2).children('h2').text()).toBe(article.sections[2].heading);
    expect(sections.eq(2).children('p').text()).toBe('Trailing backslash \\');
    expect($('.author').toArray().map((el) => $(el).text())).toEqual(article.byline.authors);
    expect($('meta[name="author"]').toArray().map((el) => $(el).attr('content'))).toEqual(article.byline.authors);
    expect($('.publication').text()).toBe(article.byline.publication);
    expect($('p.curator').text()).toBe(`Selected by ${article.byline.curator}`);
    expect($('p.dek').text()).toBe(article.dek);
    expect($('time').attr('datetime')).toBe('2024-03-01T09:30:00+01:00');
  });

  it('renders quotes, lists, preformatted text and figures', () => {
    expect(sectionShapes($)[1]).toEqual(['h3', 'figure', 'figure', 'figure', 'ul', 'ol', 'pre', 'figure']);
    const blocks = $('article > section').eq(1).children();
    expect(blocks.eq(1).hasClass('quote')).toBe(true);
    expect(blocks.eq(1).find('blockquote > p').text()).toBe('Quoted *text* <br>');
    expect(blocks.eq(1).find('figcaption').text()).toBe('— Someone <em>');
    expect(blocks.eq(2).hasClass('pullquote')).toBe(true);
    expect(blocks.eq(2).find('figcaption').text()).toBe('— *Dr.* Jane [Doe](x)');
    expect(blocks.eq(3).find('blockquote > p').text()).toBe('No credit # here');
    expect(blocks.eq(3).find('figcaption')).toHaveLength(0);
    expect(blocks.eq(4).children('li').toArray().map((li) => $(li).text())).toEqual(['*item one*', '1. item two', '<li>three</li>']);
    expect(blocks.eq(5).children('li').toArray().map((li) => $(li).text())).toEqual(['first', 'second', 'third']);
    expect(blocks.eq(6).text()).toBe(article.sections[1].blocks[5].text);
    expect(blocks.eq(7).find('figcaption').text()).toBe(article.sections[1].blocks[6].text);
  });

  it('escapes the source url in the canonical link and JSON-LD', () => {
    expect($('link[rel="canonical"]').attr('href')).toBe(article.source.url);
    expect(jsonLdOf($).url).toBe(article.source.url);
    expect(jsonLdOf($).publisher).toEqual({ '@type': 'Organization', name: article.byline.publication });
  });
});

describe('toHtml: sparse articles', () => {
  const bare: Article = {
    schemaVersion: 1,
    id: 'bare',
    source: { format: 'text' },
    headline: null,
    byline: { authors: [], publication: null, curator: null, published: null },
    sections: [{ heading: null, blocks: [{ type: 'preformatted', text: '\nstarts with a blank line' }] }],
    quotes: [],
    boilerplate: [],
    warnings: [],
  };

  it('omits the header and JSON-LD fields the article lacks', () => {
    const $ = cheerio.load(toHtml(bare));
    expect($('header, h1, .byline, .curator, meta[name="author"]')).toHaveLength(0);
    expect(jsonLdOf($)).toEqual({ '@context': 'https://schema.org', '@type': 'NewsArticle' });
  });

  it('keeps a leading newline of preformatted text', () => {
    const $ = cheerio.load(toHtml(bare, { fragment: true }), null, false);
    expect($('pre').text()).toBe('\nstarts with a blank line');
  });
});
