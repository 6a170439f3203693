import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage, loadPage, type PageResult } from '../../src/readers/page/index.js';
import { expectInvariants } from './invariants.js';

const dir = path.resolve(__dirname, '../../fixtures/pages');
const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

function run(name: string): PageResult & { html: string } {
  const html = read(name);
  const $ = loadPage(html);
  const result = extractPage($);
  expectInvariants(html, $.root()[0], result.blocks);
  return { ...result, html };
}

const content = (r: PageResult) => r.blocks.filter((b) => !b.boilerplate && !b.role);
const kindOf = (r: PageResult, text: string) => r.blocks.find((b) => b.text.includes(text))?.boilerplate;

describe('page fixtures', () => {
  it('every fixture passes the invariants', () => {
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.html'))) run(f);
  });

  it('news article: the story alone, every kind of block kept', () => {
    const r = run('news-article.html');
    expect(r.main?.attribs.class).toBe('story-body');
    const kept = content(r);
    expect(kept[0].text).toMatch(/^Residents of Port Aldwick voted on Thursday/);
    expect(kept.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'figure', 'heading', 'paragraph', 'blockquote', 'paragraph', 'list', 'table', 'pre', 'paragraph']);
    expect(kept.find((b) => b.type === 'heading')).toMatchObject({ text: 'What the council proposed', level: 2 });
    expect(kept.find((b) => b.type === 'list')?.items).toEqual(['fewer daytime sailings in January and February;', 'a shared ticket office with the bus operator;', 'new engines that burn less fuel.']);
    expect(kept.find((b) => b.type === 'pre')?.text).toBe('Timetable from 1 April:\n  22:10  Port Aldwick → Mainland\n  23:40  Port Aldwick → Mainland');
    // Curly quotes and dashes survive as written.
    expect(kept.find((b) => b.type === 'blockquote')?.text).toMatch(/^“Without the night boat, half of us/);
    expect(kept[1].text).toContain('The vote — 1,204 in favour');
  });

  it('news article: furniture listed with its kind', () => {
    const r = run('news-article.html');
    expect(kindOf(r, 'We use cookies')).toBe('legal');
    // A button inside a box takes the box's kind.
    expect(kindOf(r, 'Accept all')).toBe('legal');
    expect(r.blocks.find((b) => b.text === 'Subscribe')?.boilerplate).toBe('subscription');
    expect(kindOf(r, 'Sport')).toBe('navigation');
    expect(kindOf(r, 'Share on Mastodon')).toBe('share');
    expect(kindOf(r, 'Advertisement')).toBe('ad');
    expect(kindOf(r, 'Sign up for our free newsletter')).toBe('subscription');
    expect(kindOf(r, 'Bus fares frozen')).toBe('promo');
    expect(kindOf(r, 'Common sense at last')).toBe('other');
    expect(kindOf(r, 'All rights reserved')).toBeDefined();
    expect(r.blocks.find((b) => b.type === 'heading' && b.level === 1)?.role).toBe('headline');
    expect(r.blocks.find((b) => b.text === 'By Marta Quinlan')?.role).toBe('byline');
  });

  it('news article: metadata from JSON-LD, Open Graph and the canonical link', () => {
    expect(run('news-article.html').meta).toEqual({
      headline: 'Harbour town votes to keep its night ferry',
      authors: ['Marta Quinlan'],
      publication: 'The Coastal Ledger',
      published: '2024-03-14T18:05:00Z',
      url: 'https://ledger.example/news/2024/03/night-ferry-vote',
      language: 'en-GB',
      description: null,
    });
  });

  it('blog post: a two-column layout, a French page, the site name cut from the title', () => {
    const r = run('blog-post.html');
    expect(r.meta).toMatchObject({ headline: 'Le pain au levain, pas à pas', authors: ['Lucie Berthelot'], publication: 'Carnets de Lucie', published: '2023-11-02', language: 'fr' });
    const kept = content(r).map((b) => b.text);
    expect(kept).toContain('500 g de farine T65\n350 g d’eau tiède\n100 g de levain actif\n10 g de sel');
    expect(kept.at(-1)).toMatch(/^Façonnez, laissez pousser une nuit/);
    expect(kindOf(r, 'Je m’appelle Lucie')).toBeDefined();
    expect(kindOf(r, 'Accueil')).toBe('navigation');
  });

  it('pages that are not articles (a home page, a sign-in wall, a gallery): no main, a warning, nothing forced into a story', () => {
    for (const name of ['home-page.html', 'sign-in-wall.html', 'gallery.html']) {
      const r = run(name);
      expect(r.main, name).toBeNull();
      expect(r.warnings.map((w) => w.rule), name).toEqual(['not-article']);
      expect(content(r), name).toEqual([]);
    }
  });
});
