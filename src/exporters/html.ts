/**
 * HTML exporter. Builds a hast tree with hastscript and serialises it with
 * hast-util-to-html, so article text is always a text node and gets escaped:
 * a headline like `<script>…` is shown, never run.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml as serialize } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Article, Block, Boilerplate, Section } from '../types.js';
import { headingLevel, isEmptyBlock, listItems, quoteParagraphs } from './common.js';
import { documentElement, lines, textNode } from './html-document.js';
import { type Labels, labelsFor, listParts } from './labels.js';
import { type ArticleLocale, articleLocale, formatPublished } from './locale.js';

export interface HtmlOptions {
  /** Only the `<article>` element (default false: a whole document with head, JSON-LD and styles). */
  fragment?: boolean;
  /** Whole documents: undefined for the default stylesheet, a string of CSS to use instead, false for none. */
  css?: string | false;
  /** Append the removed boilerplate after the article, as a muted list (default false). */
  withBoilerplate?: boolean;
}

/** Render an article as HTML, ending with one newline. */
export function toHtml(article: Article, options: HtmlOptions = {}): string {
  const locale = articleLocale(article);
  const parts = [articleElement(article, locale)];
  if (options.withBoilerplate && article.boilerplate.length > 0) parts.push(boilerplateElement(article.boilerplate, labelsFor(locale.lang)));
  const tree: Root = options.fragment
    ? { type: 'root', children: lines(parts).slice(1, -1) }
    : {
        type: 'root',
        children: [{ type: 'doctype' }, textNode('\n'), documentElement(article, lines(parts), { css: options.css, locale })],
      };
  return `${serialize(tree)}\n`;
}

/** The `<article>` carries lang and dir itself (as `<html>` does too), so a fragment is self-contained. */
function articleElement(article: Article, locale: ArticleLocale): Element {
  const children: Element[] = [];
  const header = headerElement(article, locale);
  if (header) children.push(header);
  for (const section of article.sections) children.push(sectionElement(section));
  return h('article', { lang: locale.lang ?? undefined, dir: locale.dir === 'rtl' ? 'rtl' : undefined }, lines(children));
}

/** The removed lines, in input order with their kind: for checking what the cleaning took out. */
function boilerplateElement(items: readonly Boilerplate[], labels: Labels): Element {
  const entries = items.map((item) =>
    h('li', [h('span', { className: ['kind'] }, item.kind), textNode(' '), h('span', { className: ['text'] }, item.text)]),
  );
  return h('aside', { className: ['boilerplate'] }, lines([h('h2', labels.removed), h('ol', lines(entries))]));
}

/** Headline, dek, byline and curator; null when the article has none of them. */
function headerElement(article: Article, locale: ArticleLocale): Element | null {
  const { byline } = article;
  const labels = labelsFor(locale.lang);
  const children: Element[] = [];
  if (article.headline) children.push(h('h1', article.headline));
  if (article.dek) children.push(h('p', { className: ['dek'] }, article.dek));

  const parts: ElementContent[][] = [];
  if (byline.authors.length > 0) {
    const names: ElementContent[] = [];
    for (const part of listParts(byline.authors, locale.lang)) {
      names.push(part.type === 'name' ? h('span', { className: ['author'] }, part.value) : textNode(part.value));
    }
    parts.push([textNode(`${labels.by} `), ...names]);
  }
  if (byline.publication) parts.push([h('span', { className: ['publication'] }, byline.publication)]);
  if (byline.published) {
    const words = formatPublished(byline.published, locale.lang) ?? byline.published;
    parts.push([h('time', { dateTime: byline.published }, words)]);
  }
  if (parts.length > 0) {
    const content = parts.flatMap((part, i) => (i > 0 ? [textNode(' · '), ...part] : part));
    children.push(h('p', { className: ['byline'] }, content));
  }
  if (byline.curator) children.push(h('p', { className: ['curator'] }, `${labels.selectedBy} ${byline.curator}`));
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
