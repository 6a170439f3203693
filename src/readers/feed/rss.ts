/**
 * RSS 2.0 and RSS 1.0 (RDF): one tree per <item>. Content is content:encoded, else
 * description (the description becomes the dek when it says something else); authors
 * from dc:creator or author, else the channel's; the date from pubDate or dc:date, else
 * the item's updated date (never the channel's); the channel title is the publication unless the item names a <source>.
 */
import type { Document, Element } from 'domhandler';
import type { ItemMeta } from '../../tree.js';
import { parseFeedDate } from '../feed-date.js';
import { contentBlocks, itemTree } from '../item.js';
import type { LineIndex } from '../source-map.js';
import { attr, child, children, contentOf, descendants, fieldLine, fieldText } from './dom.js';
import { dekOf } from './dek.js';
import { readItem, type ItemResult } from './result.js';

const texts = (els: Element[], source: string) => els.map((e) => fieldText(e, source)).filter((t): t is string => !!t);

export function readRss(doc: Document, source: string, index: LineIndex): ItemResult[] {
  const channel = descendants(doc, new Set(['channel']))[0];
  const feed = {
    title: channel ? fieldText(child(channel, 'title'), source) : null,
    authors: channel ? texts(children(channel, 'dc:creator', 'author', 'itunes:author'), source) : [],
    editor: channel ? texts(children(channel, 'managingeditor'), source) : [],
    language: channel ? fieldText(child(channel, 'language', 'dc:language'), source) : null,
  };
  return descendants(doc, new Set(['item']), true).map((el, i) =>
    readItem(i, () => {
      const link = fieldText(el.children.find((c): c is Element => c.type === 'tag' && c.name.toLowerCase() === 'link'), source) ?? attr(el, 'rdf:about');
      const guid = fieldText(child(el, 'guid'), source);
      const authors = texts(children(el, 'dc:creator', 'author', 'itunes:author'), source);
      const description = child(el, 'description');
      const full = child(el, 'content:encoded');
      // An empty content:encoded leaves the description as the content.
      const encoded = full && contentOf(full, source)?.text.trim() ? full : undefined;
      const body = encoded ?? description;
      const content = body ? contentOf(body, source) : null;
      const published = parseFeedDate(fieldText(child(el, 'pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'dcterms:modified', 'atom:updated'), source));
      const meta: ItemMeta = {
        format: 'rss',
        item: i,
        id: guid ?? attr(el, 'rdf:about') ?? link,
        url: link ?? (guid && /^https?:/.test(guid) ? guid : null),
        title: fieldText(child(el, 'title'), source),
        authors: authors.length ? authors : feed.authors.length ? feed.authors : feed.editor,
        published,
        publication: fieldText(child(el, 'source'), source),
        feedTitle: feed.title,
        language: fieldText(child(el, 'dc:language'), source) ?? feed.language,
        dek: encoded && description ? dekOf(contentOf(description, source), content) : null,
      };
      return itemTree(fieldLine(child(el, 'title'), source, index), contentBlocks(content, index, undefined, meta.url), meta, index, source.length);
    }),
  );
}
