/**
 * Where a feed item's or a page's date is written: the line of its element (`<pubDate>`,
 * `<published>`, `<dc:date>`, a `<time datetime>` or `<meta>` holding the same value), not
 * the item's first line. A date element the feed reader could not parse ("Sat, 31 Feb
 * 2024") is still the item's date as written, so that implausible-date reports it.
 */
import type { Position } from '../../types.js';
import type { CheckArticle } from '../types.js';

// Feed date elements, in the order the feed readers prefer them (RSS, then Atom).
const DATE_ELEMENTS = ['pubDate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'published', 'issued', 'dc:date', 'updated', 'modified', 'dcterms:modified', 'atom:updated'];
const ITEM_OPEN = /<(?:item|entry)[\s>]/gi;

function lineAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { start: { line, column, offset }, end: { line, column, offset } };
}

/** The source span of item `index` (0-based): from its opening tag to the next item's. */
function itemSpan(text: string, index: number | undefined): [number, number] {
  if (index === undefined) return [0, text.length];
  const opens = [...text.matchAll(ITEM_OPEN)].map((m) => m.index);
  if (index >= opens.length) return [0, text.length];
  return [opens[index], opens[index + 1] ?? text.length];
}

function elementText(text: string, at: number): string | null {
  const open = text.indexOf('>', at);
  const close = text.indexOf('<', open + 1);
  if (open < 0 || close < 0) return null;
  const value = text.slice(open + 1, close).trim();
  return value || null;
}

export function placeDate(article: CheckArticle, text: string, index: number | undefined): CheckArticle {
  const [from, to] = itemSpan(text, index);
  const span = text.slice(from, to);
  const written = article.date?.text;
  if (written) {
    const at = span.indexOf(written);
    if (at >= 0) return { ...article, date: { text: written, position: lineAt(text, from + at) } };
  }
  const lower = span.toLowerCase();
  for (const name of DATE_ELEMENTS) {
    const at = lower.indexOf(`<${name.toLowerCase()}>`);
    if (at < 0) continue;
    const value = elementText(span, at);
    if (!value) continue;
    // What the reader parsed stays the date; only its place changes. Unparsed, the element's text is the date.
    return { ...article, date: { text: written ?? value, position: lineAt(text, from + at) } };
  }
  return article;
}
