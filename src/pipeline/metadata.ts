/**
 * After compile: what a structured reader knew from markup (root.data.meta: feed item
 * fields, meta tags, JSON-LD) wins over what the text stages guessed, for headline,
 * authors (personal names only), date and publication; the item's id, link and index go
 * into the article. Text guesses stay where the reader knew nothing.
 */
import { createHash } from 'node:crypto';
import type { ItemMeta } from '../tree.js';
import type { Article } from '../types.js';
import { personalNames } from '../readers/authors.js';

/** `source`: the item's own text, hashed (with its index) for an id when the item has none. */
export function applyMetadata(article: Article, meta: ItemMeta | undefined, source: string): Article {
  if (!meta) return article;
  article.source.format = meta.format;
  if (meta.item !== undefined) {
    article.source.item = meta.item;
    // Items of one input share its bytes: the fallback id must tell them apart.
    article.id = createHash('sha256').update(source).update(`#${meta.item}`).digest('hex').slice(0, 16);
  }
  if (meta.id) article.id = meta.id;
  if (meta.url !== undefined) article.source.url = meta.url;
  if (meta.title) article.headline = meta.title;
  if (meta.dek) article.dek = meta.dek;
  const byline = article.byline;
  const authors = personalNames(meta.authors ?? [], [meta.publication]);
  if (authors.length) byline.authors = authors;
  if (meta.published) byline.published = meta.published;
  if (meta.publication) byline.publication = meta.publication;
  // What the text stages missed and the markup gave is no longer missing.
  const found: Record<string, boolean> = {
    'article-clean:headline-missing': !!article.headline,
    'article-clean:byline-no-author': byline.authors.length > 0,
    'article-clean:byline-no-date': !!byline.published,
  };
  article.warnings = article.warnings.filter((w) => !found[w.rule]);
  return article;
}
