/**
 * Every feed and HTML fixture in fixtures/feeds (hand-written, see make.py): item counts,
 * titles, authors, dates and ids as expected.json says; listed text in the body and listed
 * furniture out of it; nothing lost (every text node of each item's content lands in the
 * article or its boilerplate); positions point back into the file; valid against the schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { cleanInput, type Article } from '../../src/index.js';
import { decodeWith } from '../../src/readers/decode.js';
import { ROOT, SHARED } from '../helpers/corpus.js';

const DIR = join(ROOT, 'fixtures/feeds');
interface Expected {
  items: number;
  failed?: number;
  format: string;
  encoding?: string;
  titles: string[];
  authors: string[][];
  published: (string | null)[];
  ids?: (string | null)[];
  publication?: string;
  body: string[][];
  notBody?: string[][];
}
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;
const schemaPath = join(SHARED, 'article.schema.json');
const validate = existsSync(schemaPath) ? new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaPath, 'utf8'))) : null;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const bodyOf = (a: Article) => squash(a.sections.flatMap((s) => [s.heading ?? '', ...s.blocks.map((b) => b.text)]).join(' '));
const everything = (a: Article) =>
  squash([a.headline ?? '', a.dek ?? '', bodyOf(a), ...(a.byline.lines ?? []).map((l) => l.text), ...a.boilerplate.map((b) => b.text)].join(' '));

/** The content of each item as the feed holds it (HTML or text), read with cheerio and JSON.parse, not with our readers. */
function itemContents(name: string, text: string): { html: string; isHtml: boolean }[] {
  if (name.endsWith('.jsonl')) {
    return text.split('\n').filter((l) => l.trim()).flatMap((l) => {
      try {
        const o = JSON.parse(l) as Record<string, string>;
        return [{ html: o.html ?? o.text ?? '', isHtml: !!o.html }];
      } catch {
        return [];
      }
    });
  }
  if (name.endsWith('.json')) {
    return (JSON.parse(text) as { items: Record<string, string>[] }).items.map((i) => ({ html: i.content_html ?? i.content_text ?? '', isHtml: !!i.content_html }));
  }
  if (/\.html?$/.test(name)) return [{ html: text, isHtml: true }];
  const $ = cheerio.load(text, { xml: true });
  return $('item, entry').toArray().map((el) => {
    const pick = ['content\\:encoded', 'content', 'description', 'summary'].map((n) => $(el).children(n)).find((f) => f.length);
    if (!pick) return { html: '', isHtml: false };
    const field = pick.first();
    const type = field.attr('type');
    if (type === 'xhtml') return { html: field.html() ?? '', isHtml: true };
    return { html: field.text(), isHtml: type !== 'text' };
  });
}

/** Text nodes a reader must account for: not in scripts, styles, the head, or image attributes. */
function textNodes(content: { html: string; isHtml: boolean }): string[] {
  if (!content.isHtml) return content.html.split(/\n\s*\n/).map(squash).filter(Boolean);
  // HTML escaped twice in the feed holds no tag, only escaped ones: feed readers unescape it once more.
  const twice = !/<[a-z!/]/i.test(content.html) && /&lt;\/?[a-z]/i.test(content.html);
  const $ = cheerio.load(twice ? cheerio.load(content.html).text() : content.html);
  $('script, style, head, template, noscript').remove();
  return $('*').contents().toArray().filter((n) => n.type === 'text').map((n) => squash($(n).text())).filter(Boolean);
}

for (const [name, want] of Object.entries(expected)) {
  describe(`fixtures/feeds/${name}`, () => {
    const bytes = new Uint8Array(readFileSync(join(DIR, name)));
    const failures: number[] = [];
    const articles = cleanInput(bytes, { path: name, onItemError: (i) => failures.push(i) });
    // The file as text, decoded as expected.json says it is encoded (decodeWith mends Node's cp1252).
    const source = decodeWith(want.encoding ?? 'utf-8', bytes[0] === 0xef ? bytes.subarray(3) : bytes).text;

    it('gives one article per item, in order, each with its title, authors, date and id', () => {
      expect(articles.length).toBe(want.items);
      expect(failures.length).toBe(want.failed ?? 0);
      expect(articles.map((a) => a.headline)).toEqual(want.titles);
      expect(articles.map((a) => a.byline.authors)).toEqual(want.authors);
      expect(articles.map((a) => a.byline.published)).toEqual(want.published);
      if (want.ids) articles.forEach((a, i) => want.ids![i] && expect(a.id).toBe(want.ids![i]));
      if (want.publication) articles.forEach((a) => expect(a.byline.publication).toBe(want.publication));
      articles.forEach((a) => expect(a.source.format).toBe(want.format));
      if (want.encoding) articles.forEach((a) => expect(a.source.encoding).toBe(want.encoding));
      if (want.items > 1) expect(new Set(articles.map((a) => a.id)).size).toBe(want.items);
    });

    it('keeps the story in the body and furniture out of it', () => {
      articles.forEach((a, i) => {
        const body = bodyOf(a);
        for (const part of want.body[i] ?? []) expect(body).toContain(part);
        for (const part of want.notBody?.[i] ?? []) expect(body).not.toContain(part);
      });
    });

    it('loses no text node of any item', () => {
      const contents = itemContents(name, source);
      articles.forEach((a, i) => {
        const all = everything(a);
        const missing = textNodes(contents[i] ?? { html: '', isHtml: false }).filter((t) => !all.includes(t));
        expect(missing).toEqual([]);
      });
    });

    it('places every block and boilerplate line in the source file', () => {
      const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((m) => m.index! + 1)];
      for (const a of articles) {
        const placed = [...a.sections.flatMap((s) => s.blocks), ...a.boilerplate];
        for (const p of placed) {
          const { start, end } = p.position!;
          expect(lineStarts[start.line - 1] + start.column - 1).toBe(start.offset);
          expect(end.offset!).toBeGreaterThan(start.offset!);
          const word = /[\p{L}\p{N}]{2,}/u.exec(p.text)?.[0];
          if (word) expect(source.slice(start.offset, end.offset)).toContain(word);
        }
      }
    });

    it.skipIf(!validate)(`validates against the schema (skipped when ${schemaPath} is absent)`, () => {
      for (const a of articles) expect(validate!(JSON.parse(JSON.stringify(a))), JSON.stringify(validate!.errors)).toBe(true);
    });
  });
}
