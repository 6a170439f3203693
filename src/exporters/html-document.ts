/**
 * The standalone HTML document around an article: `<html lang dir>`, a head for browsers
 * and crawlers (title, author meta, canonical link, schema.org NewsArticle JSON-LD) and the
 * stylesheet. A Content-Security-Policy allows inline styles and nothing else: the page
 * makes no request and runs no script, whatever the article's text contains.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Article } from '../types.js';
import { DEFAULT_STYLESHEET } from './html-style.js';
import type { ArticleLocale } from './locale.js';

export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

export interface DocumentOptions {
  /** undefined: the default stylesheet; a string: that CSS instead; false: no stylesheet. */
  css?: string | false;
  locale: ArticleLocale;
}

export function documentElement(article: Article, body: ElementContent[], options: DocumentOptions): Element {
  const { byline } = article;
  const head: Element[] = [
    h('meta', { charset: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
    // <title> is required in a document; fall back rather than leave it empty.
    h('title', article.headline ?? 'Untitled article'),
    ...byline.authors.map((name) => h('meta', { name: 'author', content: name })),
  ];
  if (article.dek) head.push(h('meta', { name: 'description', content: article.dek }));
  if (article.source.url) head.push(h('link', { rel: 'canonical', href: article.source.url }));
  head.push(h('script', { type: 'application/ld+json' }, jsonLd(article, options.locale)));
  const css = options.css === undefined ? DEFAULT_STYLESHEET : options.css;
  if (css !== false && css.trim() !== '') head.push(h('style', styleText(css)));
  const { lang, dir } = options.locale;
  return h('html', { lang: lang ?? undefined, dir: dir === 'rtl' ? 'rtl' : undefined }, lines([h('head', lines(head)), h('body', body)]));
}

/**
 * Style content is raw text in HTML: a `</style` inside the CSS would end the element.
 * `<\/style` reads the same to CSS (an escaped '/') and cannot close it.
 */
function styleText(css: string): string {
  return `\n${css.replace(/<\/(style)/gi, '<\\/$1').trimEnd()}\n`;
}

/**
 * schema.org NewsArticle metadata. Script content is raw text in HTML (no
 * entity decoding), so escape `<`, `>` and `&` as JSON \u escapes: `</script>`
 * in a headline then cannot end the element, and JSON.parse still reads it back.
 */
export function jsonLd(article: Article, locale: ArticleLocale): string {
  const { byline } = article;
  const data: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  if (article.headline) data.headline = article.headline;
  if (article.dek) data.description = article.dek;
  if (byline.authors.length > 0) data.author = byline.authors.map((name) => ({ '@type': 'Person', name }));
  if (byline.published) data.datePublished = byline.published;
  if (byline.publication) data.publisher = { '@type': 'Organization', name: byline.publication };
  if (locale.lang) data.inLanguage = locale.lang;
  if (article.source.url) data.url = article.source.url;
  return JSON.stringify(data, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Put each child element on its own line, so the output is readable and diffable. */
export function lines(children: Element[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => [textNode('\n'), child]).concat(children.length > 0 ? [textNode('\n')] : []);
}

export function textNode(value: string): ElementContent {
  return { type: 'text', value };
}
