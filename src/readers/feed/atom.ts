/**
 * Atom 1.0 (and 0.3): one tree per <entry>. Content is <content>, else <summary>, read as
 * text, html or xhtml by its type; authors from the entry's author/name, else its
 * <source>'s, else the feed's;
 * the date from published (issued), else updated (modified); the link is rel=alternate.
 */
import type { Document, Element } from 'domhandler';
import type { ItemMeta } from '../../tree.js';
import { parseFeedDate } from '../feed-date.js';
import { contentBlocks, itemTree } from '../item.js';
import type { LineIndex } from '../source-map.js';
import { attr, child, children, contentOf, descendants, fieldLine, fieldText } from './dom.js';
import { dekOf } from './dek.js';
import { readItem, type ItemResult } from './result.js';

function authorsOf(el: Element, source: string): string[] {
  return children(el, 'author')
    .map((a) => fieldText(child(a, 'name'), source) ?? (child(a, 'email') ? null : fieldText(a, source)))
    .filter((t): t is string => !!t);
}

function alternate(el: Element): string | null {
  const links = children(el, 'link');
  const link = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate' && /html|^$/.test(attr(l, 'type') ?? '')) ?? links.find((l) => !attr(l, 'rel'));
  return attr(link, 'href');
}

/** Is the content HTML? By its type: text is not; html and xhtml are; unknown types are sniffed. */
function isHtml(el: Element | undefined): boolean | undefined {
  const type = (attr(el, 'type') ?? 'text').toLowerCase();
  if (type === 'text' || type === 'text/plain') return false;
  if (/html/.test(type)) return true;
  return undefined;
}

export function readAtom(doc: Document, source: string, index: LineIndex): ItemResult[] {
  const feed = descendants(doc, new Set(['feed']))[0];
  const feedMeta = {
    title: feed ? fieldText(child(feed, 'title'), source) : null,
    authors: feed ? authorsOf(feed, source) : [],
    language: attr(feed, 'xml:lang'),
  };
  return descendants(doc, new Set(['entry']), true).map((el, i) =>
    readItem(i, () => {
      // An aggregated entry (a planet's) names its original feed's author under <source>.
      const origin = child(el, 'source');
      const authors = authorsOf(el, source).length ? authorsOf(el, source) : origin ? authorsOf(origin, source) : [];
      // Out-of-line (src=) or empty content: the summary is what there is.
      const body = [child(el, 'content'), child(el, 'summary')].find((e) => e && contentOf(e, source)?.text.trim());
      const summary = child(el, 'summary');
      const content = body ? contentOf(body, source) : null;
      const published = parseFeedDate(fieldText(child(el, 'published', 'issued', 'dc:date'), source)) ?? parseFeedDate(fieldText(child(el, 'updated', 'modified'), source));
      const sourceTitle = origin ? fieldText(child(origin, 'title'), source) : null;
      const meta: ItemMeta = {
        format: 'atom',
        item: i,
        id: fieldText(child(el, 'id'), source),
        url: alternate(el),
        title: fieldText(child(el, 'title'), source),
        authors: authors.length ? authors : feedMeta.authors,
        published,
        publication: sourceTitle,
        feedTitle: feedMeta.title,
        language: attr(el, 'xml:lang') ?? attr(body, 'xml:lang') ?? feedMeta.language,
        dek: body !== summary && summary ? dekOf(contentOf(summary, source), content) : null,
      };
      return itemTree(fieldLine(child(el, 'title'), source, index), contentBlocks(content, index, isHtml(body), meta.url), meta, index, source.length);
    }),
  );
}
