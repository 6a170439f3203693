/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): one tree per item. Content is
 * content_html, else content_text; summary becomes the dek when it is not the content's
 * opening; author (1.0) or authors (1.1), else the feed's; date_published, else date_modified.
 */
import type { ItemMeta } from '../../tree.js';
import { contentBlocks, itemTree } from '../item.js';
import type { LineIndex } from '../source-map.js';
import { dekOf } from './dek.js';
import { at, date, field, items as elements, line, mapped, names, parseJson, str } from './json.js';
import { readItem, type ItemResult } from './result.js';

export function readJsonFeed(source: string, index: LineIndex): ItemResult[] {
  const root = parseJson(source);
  const items = at(root, 'items');
  if (root.type !== 'Object' || items?.type !== 'Array') throw new Error('not a JSON Feed: no "items" list');
  const feedAuthors = names(field(root, ['authors', 'author']));
  const feedTitle = str(at(root, 'title'));
  const feedLanguage = str(at(root, 'language'));
  return elements(items).map((item, i) =>
    readItem(i, () => {
      if (item.type !== 'Object') throw new Error(`item ${i} is not an object`);
      const html = at(item, 'content_html');
      const body = html ?? at(item, 'content_text');
      const content = mapped(body, source);
      const url = str(at(item, 'url')) ?? str(at(item, 'external_url'));
      const authors = names(field(item, ['authors', 'author']));
      const meta: ItemMeta = {
        format: 'jsonfeed',
        item: i,
        id: str(at(item, 'id')) ?? url,
        url,
        title: str(at(item, 'title')),
        authors: authors.length ? authors : feedAuthors,
        published: date(at(item, 'date_published')) ?? date(at(item, 'date_modified')),
        feedTitle,
        language: str(at(item, 'language')) ?? feedLanguage,
        dek: dekOf(mapped(at(item, 'summary'), source), content),
      };
      return itemTree(line(at(item, 'title'), source, index), contentBlocks(content, index, html ? true : body ? false : undefined, url), meta, index, source.length);
    }),
  );
}
