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
 * A line that is not valid JSON, or not an object, fails alone; blank lines are skipped.
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

export function readJsonLines(source: string, index: LineIndex): ItemResult[] {
  const results: ItemResult[] = [];
  let offset = 0;
  for (const raw of source.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    if (!raw.trim()) continue;
    const i = results.length;
    results.push(
      readItem(i, () => {
        let node: JsonNode | null = null;
        try {
          node = parseJson(raw);
        } catch {
          // reported below
        }
        if (node?.type !== 'Object') throw new Error(`line ${index.point(start).line} is not a JSON object`);
        shift(node, start);
        const html = field(node, JSONL_FIELDS.html);
        const textNode = field(node, JSONL_FIELDS.text);
        const body = html ?? textNode;
        const content = mapped(body, source);
        const url = str(field(node, JSONL_FIELDS.url));
        const meta: ItemMeta = {
          format: 'jsonl',
          item: i,
          id: str(field(node, JSONL_FIELDS.id)),
          url,
          title: str(field(node, JSONL_FIELDS.title)),
          authors: names(field(node, JSONL_FIELDS.authors)),
          published: date(field(node, JSONL_FIELDS.date)),
          publication: str(field(node, JSONL_FIELDS.publication)),
          language: str(field(node, JSONL_FIELDS.language)),
          dek: dekOf(mapped(field(node, JSONL_FIELDS.summary), source), content),
        };
        return itemTree(line(field(node, JSONL_FIELDS.title), source, index), contentBlocks(content, index, html ? true : undefined, url), meta, index, source.length);
      }),
    );
  }
  return results;
}

