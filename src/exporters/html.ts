/**
 * HTML exporter. Builds a hast tree with hastscript and serialises it with
 * hast-util-to-html, so article text is always a text node and gets escaped:
 * a headline like `<script>…` is shown, never run.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml as serialize } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Article, Block, Section } from '../types.js';
import { headingLevel, isEmptyBlock, listItems, quoteParagraphs } from './common.js';

export interface HtmlOptions {
  /** Only the `<article>` element (default false: a whole document with head and JSON-LD). */
  fragment?: boolean;
}

/** Render an article as HTML, ending with one newline. */
export function toHtml(article: Article, options: HtmlOptions = {}): string {
  const body = articleElement(article);
  const tree: Root = options.fragment
    ? { type: 'root', children: [body] }
    : { type: 'root', children: [{ type: 'doctype' }, textNode('\n'), documentElement(article, body)] };
  return `${serialize(tree)}\n`;
}

/** `<html>` with a head for browsers and crawlers; the article has no language field, so 'en'. */
function documentElement(article: Article, body: Element): Element {
  const { byline } = article;
  const head: Element[] = [
    h('meta', { charset: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    // <title> is required in a document; fall back rather than leave it empty.
    h('title', article.headline ?? 'Untitled article'),
    ...byline.authors.map((name) => h('meta', { name: 'author', content: name })),
  ];
  if (article.dek) head.push(h('meta', { name: 'description', content: article.dek }));
  if (article.source.url) head.push(h('link', { rel: 'canonical', href: article.source.url }));
  head.push(h('script', { type: 'application/ld+json' }, jsonLd(article)));
  return h('html', { lang: 'en' }, lines([h('head', lines(head)), h('body', lines([body]))]));
}

/**
 * schema.org NewsArticle metadata. Script content is raw text in HTML (no
 * entity decoding), so escape `<`, `>` and `&` as JSON \u escapes: `</script>`
 * in a headline then cannot end the element, and JSON.parse still reads it back.
 */
function jsonLd(article: Article): string {
  const { byline } = article;
  const data: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  if (article.headline) data.headline = article.headline;
  if (article.dek) data.description = article.dek;
  if (byline.authors.length > 0) data.author = byline.authors.map((name) => ({ '@type': 'Person', name }));
  if (byline.published) data.datePublished = byline.published;
  if (byline.publication) data.publisher = { '@type': 'Organization', name: byline.publication };
  if (article.source.url) data.url = article.source.url;
  return JSON.stringify(data, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function articleElement(article: Article): Element {
  const children: Element[] = [];
  const header = headerElement(article);
  if (header) children.push(header);
  for (const section of article.sections) children.push(sectionElement(section));
  return h('article', lines(children));
}

/** Headline, dek, byline and curator; null when the article has none of them. */
function headerElement(article: Article): Element | null {
  const { byline } = article;
  const children: Element[] = [];
  if (article.headline) children.push(h('h1', article.headline));
  if (article.dek) children.push(h('p', { className: ['dek'] }, article.dek));

  const parts: ElementContent[][] = [];
  if (byline.authors.length > 0) {
    const names: ElementContent[] = [];
    byline.authors.forEach((name, i) => {
      if (i > 0) names.push(textNode(i === byline.authors.length - 1 ? ' and ' : ', '));
      names.push(h('span', { className: ['author'] }, name));
    });
    parts.push([textNode('By '), ...names]);
  }
  if (byline.publication) parts.push([h('span', { className: ['publication'] }, byline.publication)]);
  if (byline.published) parts.push([h('time', { dateTime: byline.published }, byline.published)]);
  if (parts.length > 0) {
    const content = parts.flatMap((part, i) => (i > 0 ? [textNode(' · '), ...part] : part));
    children.push(h('p', { className: ['byline'] }, content));
  }
  if (byline.curator) children.push(h('p', { className: ['curator'] }, `Selected by ${byline.curator}`));
  return children.length > 0 ? h('header', lines(children)) : null;
}

function sectionElement(section: Section): Element {
  const children: Element[] = [];
  if (section.heading) children.push(h(`h${headingLevel(section)}`, section.heading));
  for (const block of section.blocks) {
    if (!isEmptyBlock(block)) children.push(blockElement(block));
  }
  return h('section', lines(children));
}

function blockElement(block: Block): Element {
  switch (block.type) {
    case 'blockquote':
    case 'pullquote': {
      const quote = h('blockquote', lines(quoteParagraphs(block.text).map((p) => h('p', p))));
      // A credit line belongs outside the quotation: figure + figcaption is the HTML idiom.
      if (block.type === 'blockquote' && !block.attribution) return quote;
      const children = [quote];
      if (block.attribution) children.push(h('figcaption', `— ${block.attribution}`));
      return h('figure', { className: [block.type === 'pullquote' ? 'pullquote' : 'quote'] }, lines(children));
    }
    case 'list':
      return h(block.ordered ? 'ol' : 'ul', lines(listItems(block).map((item) => h('li', item))));
    case 'preformatted':
      // Parsers drop one newline right after <pre>; double it so a leading blank line survives.
      return h('pre', block.text.startsWith('\n') ? `\n${block.text}` : block.text);
    case 'figure':
      return h('figure', h('figcaption', block.text));
    case 'paragraph':
    default:
      return h('p', block.text);
  }
}

/** Put each child element on its own line, so the output is readable and diffable. */
function lines(children: Element[]): ElementContent[] {
  return children.flatMap((child) => [textNode('\n'), child]).concat(children.length > 0 ? [textNode('\n')] : []);
}

function textNode(value: string): ElementContent {
  return { type: 'text', value };
}
