import { describe, expect, it } from 'vitest';
import { extractPage, flattenDeepNesting, loadPage } from '../../src/readers/page/index.js';
import { isoDate, stripSite } from '../../src/readers/page/meta.js';
import { expectInvariants } from './invariants.js';
import { cutBlocks } from '../../src/readers/page/blocks.js';
import { indexPage, voidLongHints } from '../../src/readers/page/dom.js';
import { shapeOf } from '../../src/readers/page/index.js';
import { subtreeSums } from '../../src/readers/page/score.js';

const STORY = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story, which goes on at some length, with commas, clauses and a full stop.</p>`).join('\n');

describe('page limits', () => {
  it('100,000 nested elements: flattened past the limit, the text kept at its offset', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}deep text, still here.${'</div>'.repeat(100_000)}</body></html>`;
    const flat = flattenDeepNesting(html);
    expect(flat.length).toBe(html.length);
    expect(flat.indexOf('deep text')).toBe(html.indexOf('deep text'));
    const $ = loadPage(html);
    const r = extractPage($);
    expect(r.blocks.map((b) => b.text)).toEqual(['deep text, still here.']);
    expect(html.slice(r.blocks[0].startIndex, r.blocks[0].endIndex + 1)).toBe('deep text, still here.');
  });

  it('deeply nested inline markup inside a paragraph is read without recursion', () => {
    const html = `<html><body><p>${'<span>'.repeat(50_000)}inner words${'</span>'.repeat(50_000)}</p></body></html>`;
    expect(extractPage(loadPage(html)).blocks.map((b) => b.text)).toEqual(['inner words']);
  });

  it('pages that never close <p> or <li> are not flattened', () => {
    const html = `<html><body><ul>${'<li>item'.repeat(20_000)}</ul>${'<p>para'.repeat(20_000)}</body></html>`;
    expect(flattenDeepNesting(html)).toBe(html);
  });

  it('a page with more elements than maxElements is kept whole, with a warning', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><article>${STORY(20)}</article></body></html>`;
    const r = extractPage(loadPage(html), { maxElements: 10 });
    expect(r.warnings.map((w) => w.rule)).toEqual(['page-too-large']);
    expect(r.blocks.every((b) => !b.boilerplate)).toBe(true);
  });
});

describe('finding the article', () => {
  it('the JSON-LD articleBody picks the story over a longer block of teasers', () => {
    const body = 'The river rose two metres overnight, and the town closed its bridges before dawn while volunteers filled sandbags. '.repeat(6);
    const teasers = Array.from({ length: 30 }, (_, i) => `<p>Teaser ${i}: a different story about budgets, schools, roads and the weather, told briefly, with commas.</p>`).join('');
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Flood', articleBody: body })}</script></head>
      <body><div class="a"><p>${body}</p></div><div class="b">${teasers}</div></body></html>`;
    const $ = loadPage(html);
    const r = extractPage($);
    expectInvariants(html, $.root()[0], r.blocks);
    expect(r.main?.attribs.class).toBe('a');
    expect(r.blocks.filter((b) => !b.boilerplate).map((b) => b.text)).toEqual([body.trim()]);
  });

  it('a JSON-LD articleBody that is the lead paragraph alone does not cut the story to that paragraph', () => {
    const lead = 'The river rose two metres overnight, and the town closed its bridges before dawn while volunteers filled sandbags along the quay, the school car park and the lanes behind the church, where the water had come in twice before, in the floods of the last ten years, and the council asked everyone else to stay at home until noon at least.';
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Flood', articleBody: lead })}</script></head>
      <body><div class="story"><p>${lead}</p>${STORY(6)}</div><div class="b"><p><a href="/x">Another story</a></p></div></body></html>`;
    const $ = loadPage(html);
    const r = extractPage($);
    expectInvariants(html, $.root()[0], r.blocks);
    expect(r.main?.attribs.class).toBe('story');
    expect(r.blocks.filter((b) => !b.boilerplate)).toHaveLength(7);
  });

  it('a wrapper whose class says "sidebar" is not furniture when it holds the story', () => {
    const html = `<html><body><div class="layout-with-sidebar"><div class="main">${STORY(8)}</div><div class="sidebar"><p>About us: a short note.</p></div></div></body></html>`;
    const r = extractPage(loadPage(html));
    expect(r.blocks.filter((b) => !b.boilerplate)).toHaveLength(8);
    expect(r.blocks.find((b) => b.text.startsWith('About us'))?.boilerplate).toBe('other');
  });

  it('a promo word on a long run of unlinked prose marks the story ("node--promoted"); a box of teasers under titles stays promo', () => {
    const long = (i: number) => `<p>Paragraph ${i} of the story runs on: the council met on Tuesday, argued for three hours about the budget for the new school, the roads and the library, heard from residents who had waited all evening to speak, and then put the vote off until next month, when the figures will be ready and the members back from the summer.</p>`;
    const teasers = Array.from({ length: 8 }, (_, i) => `<h4>Another story ${i}</h4><p>A short summary of another story, a line or two long, with nothing more in it than that, told in a sentence.</p>`).join('');
    const html = `<html><body><div class="site"><div class="node node--promoted">${[0, 1, 2, 3].map(long).join('')}</div><div class="related-stories">${teasers}</div></div></body></html>`;
    const index = indexPage(loadPage(html).root()[0]);
    const blocks = cutBlocks(index);
    const sums = subtreeSums(index, blocks, () => true);
    const at = (cls: string) => index.els.findIndex((e) => e.attribs.class === cls);
    expect([index.kind[at('node node--promoted')], index.kind[at('related-stories')]]).toEqual(['promo', 'promo']);
    voidLongHints(index, sums.text, sums.link, (i) => shapeOf(index, blocks, i));
    expect([index.kind[at('node node--promoted')], index.kind[at('related-stories')]]).toEqual([undefined, 'promo']);
  });

  it('furniture inside the story goes: a line of links, a read-more line, an ad label in any of the vocabulary languages', () => {
    const html = `<html><body><article>${STORY(4)}<p><a href="/x">The council’s budget explained</a></p><p>Read more: <a href="/y">the vote</a></p>${STORY(2)}<div>ADVERTISING</div><p>Anzeige</p>${STORY(2)}</article></body></html>`;
    const r = extractPage(loadPage(html));
    const kind = (t: string) => r.blocks.find((b) => b.text.startsWith(t))?.boilerplate;
    expect([kind('The council’s'), kind('Read more'), kind('ADVERTISING'), kind('Anzeige')]).toEqual(['promo', 'read-more', 'ad', 'ad']);
    expect(r.blocks.filter((b) => !b.boilerplate)).toHaveLength(8);
  });
});

describe('page metadata helpers', () => {
  it('cuts the site name from either end of a title', () => {
    expect(stripSite('Harbour town votes to keep its night ferry | The Coastal Ledger', null)).toBe('Harbour town votes to keep its night ferry');
    expect(stripSite('Ledger — Harbour town votes to keep its ferry', 'Ledger')).toBe('Harbour town votes to keep its ferry');
    expect(stripSite('Why the night ferry matters to a small town', null)).toBe('Why the night ferry matters to a small town');
    expect(stripSite('Opinion: why the night ferry matters to us all', 'The Coastal Ledger')).toBe('Opinion: why the night ferry matters to us all');
  });

  it('keeps ISO dates at their precision and standardises offsets', () => {
    expect(isoDate('2024-03-14')).toBe('2024-03-14');
    expect(isoDate('2024-03-14 18:05')).toBe('2024-03-14T18:05');
    expect(isoDate('2024-03-14T18:05:00+0100')).toBe('2024-03-14T18:05:00+01:00');
    expect(isoDate('14 March 2024')).toBeNull();
  });
});
