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
  const language = bcp47(meta.language);
  if (language) article.language = language;
  const byline = article.byline;
  const authors = personalNames(meta.authors ?? [], [meta.publication, meta.feedTitle]);
  if (authors.length) byline.authors = authors;
  if (meta.published) byline.published = meta.published;
  // The item's own source wins; the text's guess ("originally published in X") over the feed's title.
  byline.publication = meta.publication ?? byline.publication ?? meta.feedTitle ?? null;
  // What the text stages missed and the markup gave is no longer missing.
  const found: Record<string, boolean> = {
    'article-clean:headline-missing': !!article.headline,
    'article-clean:byline-no-author': byline.authors.length > 0,
    'article-clean:byline-no-date': !!byline.published,
  };
  article.warnings = article.warnings.filter((w) => !found[w.rule]);
  return article;
}

/** A declared language as BCP 47: "en-gb" → "en-GB", "pt_BR" → "pt-BR"; null when it is no language tag. */
function bcp47(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?$/i.exec(tag?.trim() ?? '');
  if (!m) return null;
  const sub = m[2] ? `-${m[2].length === 4 ? m[2][0].toUpperCase() + m[2].slice(1).toLowerCase() : m[2].toUpperCase()}` : '';
  return m[1].toLowerCase() + sub;
}
