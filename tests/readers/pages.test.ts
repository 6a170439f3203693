/**
 * Whole web pages through cleanInput and the CLI (fixtures/pages): the article alone, page
 * furniture as boilerplate with its kind, every visible text node in exactly one place,
 * positions into the file, the page's metadata, and non-article pages empty with a warning.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { cleanInput, extractPage, loadPage, type Article } from '../../src/index.js';
import type { Position } from '../../src/types.js';
import { withBuilt } from '../helpers/build.js';
import { ROOT, SHARED } from '../helpers/corpus.js';
import { visibleTexts } from '../page/invariants.js';

const DIR = join(ROOT, 'fixtures/pages');
const PAGES = ['news-article.html', 'blog-post.html', 'home-page.html', 'sign-in-wall.html', 'gallery.html'];
const schemaPath = join(SHARED, 'article.schema.json');
const validate = existsSync(schemaPath) ? new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8'))) : null;

function clean(name: string): { html: string; article: Article } {
  const path = join(DIR, name);
  const html = readFileSync(path, 'utf8');
  const articles = cleanInput(readFileSync(path), { path });
  expect(articles).toHaveLength(1);
  return { html, article: articles[0] };
}

/** Where the article put each piece of the page: section headings, blocks, byline lines, boilerplate. */
function spans(a: Article): Position[] {
  const out: Position[] = [];
  for (const s of a.sections) {
    if (s.heading && s.position) out.push(s.position);
    for (const b of s.blocks) if (b.position) out.push(b.position);
  }
  for (const l of a.byline.lines) if (l.position) out.push(l.position);
  for (const b of a.boilerplate) if (b.position) out.push(b.position);
  return out;
}

const body = (a: Article) => a.sections.flatMap((s) => [s.heading ?? '', ...s.blocks.map((b) => ('text' in b ? b.text : JSON.stringify(b)))]).filter(Boolean).join('\n');

describe('whole pages through cleanInput', () => {
  it.skipIf(!validate)(`every page validates against the schema (skipped when ${schemaPath} is absent)`, () => {
    for (const name of PAGES) {
      const { article } = clean(name);
      expect(validate!(article), `${name}: ${JSON.stringify(validate!.errors)}`).toBe(true);
    }
  });

  it('loses nothing: every visible text node lies in exactly one output span, or is the headline', () => {
    for (const name of PAGES) {
      const { html, article } = clean(name);
      const all = spans(article);
      for (const t of visibleTexts(parseDocument(html, { withStartIndices: true }))) {
        const at = (t.startIndex ?? 0) + t.data.search(/\S/);
        const holders = all.filter((p) => at >= p.start.offset! && at < p.end.offset!);
        if (holders.length === 0 && article.headline?.includes(t.data.trim())) continue;
        expect(holders, `${name}: "${t.data.trim().slice(0, 40)}" at ${at}`).toHaveLength(1);
      }
    }
  });

  it('positions point into the file: line and column agree with the offset, the span holds the text', () => {
    for (const name of PAGES) {
      const { html, article } = clean(name);
      const lines = html.split('\n');
      for (const p of spans(article)) {
        const { line, column, offset } = p.start;
        expect(lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1).toBe(offset);
      }
      for (const s of article.sections)
        for (const b of s.blocks) {
          if (!('text' in b) || !b.position) continue;
          const first = b.text.match(/[\p{L}\p{N}]+/u)![0];
          expect(html.slice(b.position.start.offset, b.position.end.offset)).toContain(first);
        }
    }
  });

  it('news article: the story alone, furniture with its kind, metadata from the page', () => {
    const { article } = clean('news-article.html');
    expect(article.headline).toBe('Harbour town votes to keep its night ferry');
    expect(article.byline).toMatchObject({ authors: ['Marta Quinlan'], publication: 'The Coastal Ledger', published: '2024-03-14T18:05:00Z' });
    expect(article.source.url).toBe('https://ledger.example/news/2024/03/night-ferry-vote');
    expect(article.language).toBe('en-GB');
    const text = body(article);
    expect(text).toMatch(/^Residents of Port Aldwick voted on Thursday/);
    expect(text).toContain('The vote — 1,204 in favour');
    expect(article.sections.map((s) => s.heading)).toContain('What the council proposed');
    for (const furniture of ['We use cookies', 'Share on Mastodon', 'Sign up for our free newsletter', 'All rights reserved']) {
      expect(text).not.toContain(furniture);
      expect(article.boilerplate.some((b) => b.text.includes(furniture)), furniture).toBe(true);
    }
    expect(article.boilerplate.find((b) => b.text.includes('Share on Mastodon'))?.kind).toBe('share');
    expect(article.boilerplate.find((b) => b.text.includes('We use cookies'))?.kind).toBe('legal');
    expect(article.warnings.map((w) => w.rule)).not.toContain('article-clean:page-not-article');
  });

  it('blog post: a French page, the site name cut from the title, a date-only publication', () => {
    const { article } = clean('blog-post.html');
    expect(article).toMatchObject({ headline: 'Le pain au levain, pas à pas', language: 'fr' });
    expect(article.byline).toMatchObject({ authors: ['Lucie Berthelot'], publication: 'Carnets de Lucie', published: '2023-11-02' });
    expect(body(article)).toContain('Depuis trois ans, je fais mon pain moi-même');
  });

  it('pages that are not articles: an empty body, everything as boilerplate, a warning', () => {
    for (const name of ['home-page.html', 'sign-in-wall.html', 'gallery.html']) {
      const { article } = clean(name);
      expect(article.sections, name).toEqual([]);
      expect(article.boilerplate.length, name).toBeGreaterThan(0);
      expect(article.warnings.find((w) => w.rule === 'article-clean:page-not-article'), name).toMatchObject({ severity: 'warning' });
    }
  });

  it('a feed item fragment stays on the fragment path', () => {
    const [article] = cleanInput('<h1>An item</h1><p>A short item with <a href="/x">a link</a> in it, and no page around it.</p>', { from: 'html' });
    expect(body(article)).toContain('A short item with a link in it');
    expect(article.warnings.map((w) => w.rule)).not.toContain('article-clean:page-not-article');
  });

  it('a spent time budget keeps the page whole, every block as content, with a warning', () => {
    const html = readFileSync(join(DIR, 'news-article.html'), 'utf8');
    const spent = extractPage(loadPage(html), { timeoutMs: 0 });
    expect(spent.main).toBeNull();
    expect(spent.warnings.map((w) => w.rule)).toEqual(['page-timeout']);
    expect(spent.blocks.filter((b) => b.boilerplate || b.role)).toEqual([]);
    expect(spent.blocks.map((b) => b.text).join('\n')).toContain('Residents of Port Aldwick');
    // The default budget is ample for a page this size: the story is found.
    expect(extractPage(loadPage(html)).main).not.toBeNull();
  });

  it('the CLI prints the article alone for a page', () => {
    // withBuilt: dist/ fresh, and not rebuilt by another test file while this runs.
    const out = withBuilt(() => execFileSync(process.execPath, [join(ROOT, 'bin/article-clean.js'), join(DIR, 'news-article.html')], { encoding: 'utf8' }));
    expect(out).toContain('title: Harbour town votes to keep its night ferry');
    expect(out).toContain('Residents of Port Aldwick voted on Thursday');
    expect(out).not.toContain('Share on Mastodon');
  });
});
