/**
 * Page metadata: headline, authors (personal names only), publication, published date,
 * canonical URL, language, description. JSON-LD first, then Open Graph and other meta tags,
 * then the page itself (<title>, byline elements, <time datetime>).
 */
import { splitNameList } from '../../text/names.js';
import type { HeadInfo } from './dom.js';
import { ldArticle, type LdArticle } from './jsonld.js';
import { collapse } from './text.js';
import type { PageMeta } from './types.js';

/** What the page body offers: byline texts, the <h1>s, datetime values (in document order). */
export interface BodyEvidence {
  bylines: string[];
  h1s: string[];
  times: string[];
}

const SEPARATOR = /(?<!\s)(?:\s+[|\-–—:·»/\\]\s+|\s+::\s+)/;

/** Cut a site name from the front or the end of a title ("Story – Site", "Site | Story"). */
export function stripSite(title: string, site: string | null): string {
  const t = collapse(title);
  const parts = t.split(SEPARATOR);
  if (parts.length < 2) return t;
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const rest = (from: number, to: number) => {
    const a = t.indexOf(parts[from]);
    const last = parts[to - 1];
    return t.slice(a, t.lastIndexOf(last) + last.length);
  };
  const siteLc = site?.toLowerCase();
  const lastPart = parts[parts.length - 1];
  if (siteLc && lastPart.toLowerCase() === siteLc) return rest(0, parts.length - 1);
  if (siteLc && parts[0].toLowerCase() === siteLc) return rest(1, parts.length);
  if (words(lastPart) <= 4 && words(rest(0, parts.length - 1)) >= 3) return rest(0, parts.length - 1);
  if (words(parts[0]) <= 3 && words(rest(1, parts.length)) >= 4) return rest(1, parts.length);
  return t;
}

/** A title that ends with its author's name after a separator ("Story - Jane Doe"): the story's title alone. */
function withoutAuthor(title: string, authors: string[]): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1].toLowerCase();
  if (!authors.some((a) => a.toLowerCase() === last)) return title;
  const before = parts[parts.length - 2];
  return title.slice(0, title.lastIndexOf(before) + before.length);
}

/** ISO 8601 as given, with a space before the time and "+0000" offsets made standard; null when not ISO. */
export function isoDate(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(v);
  if (!m) return null;
  if (!m[2]) return m[1];
  const zone = m[3] ? (m[3].toUpperCase() === 'Z' ? 'Z' : m[3].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
  return `${m[1]}T${m[2]}${zone}`;
}

function personal(list: (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const raw of list) {
    if (!raw || /^https?:/i.test(raw)) continue;
    for (const name of splitNameList(collapse(raw))) if (!out.includes(name)) out.push(name);
  }
  return out;
}

const wordsOf = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
/** Share of a's words that stand in b. */
function overlap(a: string, b: string): number {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return wa.size ? n / wa.size : 0;
}

/**
 * The page's title: JSON-LD (its headline, or its name when only that matches the <title>),
 * Dublin Core, Open Graph, Twitter, Parse.ly; else the one <h1> when the <title> holds it
 * (the <title> adds the site's name), else the <title>.
 */
function pageTitle(head: HeadInfo, body: BodyEvidence, ld: LdArticle | null, m: (k: string) => string | null): string | null {
  const doc = head.title ? collapse(head.title) : null;
  const ldTitle = ld?.headline && ld.name && doc && overlap(ld.name, doc) > overlap(ld.headline, doc) ? ld.name : ld?.headline;
  const declared = ldTitle ?? m('dc:title') ?? m('dcterm:title') ?? m('og:title') ?? m('twitter:title') ?? m('parsely-title');
  if (declared) return declared;
  const h1 = body.h1s.length === 1 ? collapse(body.h1s[0]) : null;
  if (h1 && (!doc || doc.toLowerCase().includes(h1.toLowerCase()))) return h1;
  return doc ?? h1;
}

export function pageMeta(head: HeadInfo, body: BodyEvidence, ld: LdArticle | null = ldArticle(head.jsonld)): PageMeta {
  const m = (k: string) => head.metas.get(k)?.trim() || null;
  const publication = m('og:site_name') ?? ld?.publisher ?? m('application-name');
  const title = pageTitle(head, body, ld, m);
  let authors = personal(ld?.authors ?? []);
  if (!authors.length) authors = personal([m('author'), m('article:author'), m('article:author_name'), m('parsely-author'), m('sailthru.author'), m('dc.creator'), m('byl')]);
  if (!authors.length) authors = personal(body.bylines.slice(0, 3));
  const published = [ld?.published, m('article:published_time'), m('datepublished'), m('date'), m('pubdate'), m('dc.date'), m('dc.date.issued'), ...body.times]
    .map(isoDate)
    .find(Boolean);
  return {
    headline: title ? withoutAuthor(stripSite(title, publication), authors) : null,
    authors,
    publication,
    published: published ?? null,
    url: head.canonical ?? m('og:url') ?? ld?.url ?? null,
    language: head.lang ?? ld?.language ?? m('og:locale')?.replace('_', '-') ?? m('content-language') ?? null,
    description: m('og:description') ?? m('description') ?? ld?.description ?? null,
  };
}
