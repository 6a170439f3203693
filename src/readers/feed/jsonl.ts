/**
 * JSON Lines: one article per line, each a JSON object. Fields (first present wins):
 *
 *   id           id, guid, _id, uuid
 *   url          url, link, permalink, canonical_url, external_url
 *   title        title, headline, name
 *   authors      authors, author, byline, creator, creators  (string, list, or {name})
 *   date         date, published, published_at, publishedAt, date_published, datePublished,
 *                pubDate, pub_date, created_at, timestamp, updated, date_modified
 *   publication  publication, source, site_name, site, feed_title, outlet
 *   language     language, lang
 *   summary      summary, description, excerpt  (the dek, when not the content's opening)
 *   content      html, content_html, body_html  (HTML);  text, content_text, body, plain_text,
 *                article, content  (plain text; 'content' holding tags is read as HTML)
 *
 * A line that is not valid JSON, not an object, or with none of title/text/html/content
 * fails alone; blank lines are skipped. One JSON document (an object, or a list of objects)
 * is read whole, as one record per object.
 */
import type { ItemMeta } from '../../tree.js';
import { contentBlocks, itemTree } from '../item.js';
import type { LineIndex } from '../source-map.js';
import { dekOf } from './dek.js';
import { date, field, line, mapped, names, parseJson, shift, str, type JsonNode } from './json.js';
import { readItem, type ItemResult } from './result.js';

export const JSONL_FIELDS = {
  id: ['id', 'guid', '_id', 'uuid'],
  url: ['url', 'link', 'permalink', 'canonical_url', 'external_url'],
  title: ['title', 'headline', 'name'],
  authors: ['authors', 'author', 'byline', 'creator', 'creators'],
  date: ['date', 'published', 'published_at', 'publishedAt', 'date_published', 'datePublished', 'pubDate', 'pub_date', 'created_at', 'timestamp', 'updated', 'date_modified'],
  publication: ['publication', 'source', 'site_name', 'site', 'feed_title', 'outlet'],
  language: ['language', 'lang'],
  summary: ['summary', 'description', 'excerpt'],
  html: ['html', 'content_html', 'body_html'],
  text: ['text', 'content_text', 'body', 'plain_text', 'article', 'content'],
} as const;

/** Each line's syntax tree (offsets into the source), or null for a line that is not JSON. */
function records(source: string): { node: JsonNode | null; line: number }[] {
  // One JSON document (a pretty-printed object, or a list of objects) is read whole.
  try {
    const whole = parseJson(source);
    return (whole.type === 'Array' ? whole.elements.map((e) => e.value) : [whole]).map((node) => ({ node, line: node.loc.start.line }));
  } catch {
    // not one document: JSON Lines
  }
  const out: { node: JsonNode | null; line: number }[] = [];
  let offset = 0;
  for (const [n, raw] of source.split('\n').entries()) {
    const start = offset;
    offset += raw.length + 1;
    if (!raw.trim()) continue;
    let node: JsonNode | null = null;
    try {
      node = parseJson(raw);
      shift(node, start);
    } catch {
      // reported by the caller, for this line alone
    }
    out.push({ node, line: n + 1 });
  }
  return out;
}

export function readJsonLines(source: string, index: LineIndex): ItemResult[] {
  const found = records(source);
  if (found.length > 1 && found.every((r) => r.node?.type !== 'Object')) throw new Error('not JSON Lines: no line is a JSON object');
  return found.map(({ node, line: lineNo }, i) =>
    readItem(i, () => {
      if (node?.type !== 'Object') throw new Error(`line ${lineNo} is not a JSON object`);
      const html = field(node, JSONL_FIELDS.html);
      const textNode = field(node, JSONL_FIELDS.text);
      const title = field(node, JSONL_FIELDS.title);
      if (!html && !textNode && !title) throw new Error(`line ${lineNo} has none of the fields title, text, html or content`);
      const content = mapped(html ?? textNode, source);
      const url = str(field(node, JSONL_FIELDS.url));
      const meta: ItemMeta = {
        format: 'jsonl',
        item: i,
        id: str(field(node, JSONL_FIELDS.id)),
        url,
        title: str(title),
        authors: names(field(node, JSONL_FIELDS.authors)),
        published: date(field(node, JSONL_FIELDS.date)),
        publication: str(field(node, JSONL_FIELDS.publication)),
        language: str(field(node, JSONL_FIELDS.language)),
        dek: dekOf(mapped(field(node, JSONL_FIELDS.summary), source), content),
      };
      return itemTree(line(title, source, index), contentBlocks(content, index, html ? true : undefined, url), meta, index, source.length);
    }),
  );
}
