/**
 * What an HTML document says about itself: <title>, meta tags (Open Graph, article:*,
 * Dublin Core, name=author/date), JSON-LD (schema.org Article and its kinds) and the
 * first <time datetime>. Each is only a candidate; pipeline/metadata.ts decides.
 */
import type { Document, Element } from 'domhandler';
import { findAll, findOne, textContent } from 'domutils';
import { parseFeedDate } from '../feed-date.js';

export interface PageMeta {
  title: string | null;
  /** The <title> element, to place a title block on. */
  titleElement: Element | null;
  authors: string[];
  published: string | null;
  publication: string | null;
  url: string | null;
  language: string | null;
  description: string | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const ARTICLE_TYPE = /Article|BlogPosting|Posting|Report|WebPage|NewsArticle/;

/** schema.org objects of an article kind in the page's JSON-LD blocks (@graph included). */
function jsonLd(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!isObject(v)) return;
    if (Array.isArray(v['@graph'])) visit(v['@graph']);
    const type = [v['@type']].flat().join(' ');
    if (ARTICLE_TYPE.test(type)) out.push(v);
  };
  for (const s of findAll((e) => e.name === 'script' && /ld\+json/i.test(e.attribs.type ?? ''), doc.children)) {
    try {
      visit(JSON.parse(textContent(s)));
    } catch {
      // a broken JSON-LD block says nothing
    }
  }
  // Articles before the page that holds them.
  return out.sort((a, b) => Number(/WebPage/.test(String(a['@type']))) - Number(/WebPage/.test(String(b['@type']))));
}

const ldNames = (v: unknown): string[] =>
  [v].flat().map((a) => (typeof a === 'string' ? a : isObject(a) && typeof a.name === 'string' ? a.name : '')).map((s) => s.trim()).filter(Boolean);
const ldString = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : isObject(v) && typeof v['@id'] === 'string' ? v['@id'] : null);

export function pageMeta(doc: Document): PageMeta {
  const metas = findAll((e) => e.name === 'meta', doc.children);
  const meta = (...keys: string[]): string | null => {
    for (const key of keys) {
      const m = metas.find((e) => (e.attribs.property ?? e.attribs.name ?? e.attribs.itemprop ?? '').toLowerCase() === key && e.attribs.content?.trim());
      if (m) return m.attribs.content.trim();
    }
    return null;
  };
  const metaAll = (...keys: string[]) =>
    metas.filter((e) => keys.includes((e.attribs.property ?? e.attribs.name ?? '').toLowerCase())).map((e) => e.attribs.content?.trim() ?? '').filter((c) => c && !/^https?:/.test(c));
  const ld = jsonLd(doc);
  const ldOf = (key: string) => ld.map((o) => o[key]).find((v) => v !== undefined && v !== null);
  const titleElement = findOne((e) => e.name === 'title' && !findOne((p) => p.name === 'svg', [e.parent as Element]), doc.children);
  const time = findOne((e) => e.name === 'time' && !!e.attribs.datetime, doc.children);
  const canonical = findOne((e) => e.name === 'link' && /\bcanonical\b/i.test(e.attribs.rel ?? ''), doc.children);
  const html = findOne((e) => e.name === 'html', doc.children);
  const publisher = ldOf('publisher');
  const authors = metaAll('author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author');
  return {
    title: meta('og:title', 'twitter:title') ?? ldString(ldOf('headline')) ?? (titleElement ? textContent(titleElement).replace(/\s+/g, ' ').trim() || null : null),
    titleElement,
    authors: authors.length ? authors : ldNames(ldOf('author')),
    published:
      parseFeedDate(meta('article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date')) ??
      parseFeedDate(ldString(ldOf('datePublished'))) ??
      parseFeedDate(time?.attribs.datetime),
    publication: meta('og:site_name', 'application-name') ?? ldNames(publisher)[0] ?? null,
    url: canonical?.attribs.href?.trim() || meta('og:url') || ldString(ldOf('url')),
    language: html?.attribs.lang?.trim() || meta('content-language', 'og:locale'),
    description: meta('description', 'og:description'),
  };
}
