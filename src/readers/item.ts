/**
 * One article's tree from the pieces a structured reader found: an optional title line,
 * content blocks (from HTML or plain text, with offsets mapped back to the source file)
 * and the item's metadata. The result is the tree the text reader makes: one paragraph
 * per block, `data.lines` with positions into the source file.
 */
import type { Paragraph, Root } from 'mdast';
import type { BoilerplateKind, Position } from '../types.js';
import type { BlockRole, ItemMeta, SourceLine } from '../tree.js';
import type { HtmlBlock } from './html/blocks.js';
import { htmlBlocks, parseHtml } from './html/blocks.js';
import { markItemFurniture } from './item-furniture.js';
import { closingTextKind } from './item-tail.js';
import { decodeHtmlMapped, sourceOffset, type LineIndex, type MappedText } from './source-map.js';
import { parseText } from './text.js';
import { foldWhitespace } from '../text/whitespace.js';

export function paragraph(lines: SourceLine[], role?: BlockRole, kind?: BoilerplateKind): Paragraph {
  const position: Position = { start: lines[0].position.start, end: lines[lines.length - 1].position.end };
  const data: Paragraph['data'] = { lines };
  if (role) data.role = role;
  if (kind) data.kind = kind;
  return { type: 'paragraph', children: [{ type: 'text', value: lines.map((l) => l.text).join(' '), position }], position, data };
}

const blockTextOf = (p: Paragraph) => (p.data?.lines ?? []).map((l) => l.text).join(' ');

/** Tags or entities: the field holds HTML, not plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z]{2,8}|#\d{2,5}|#x[0-9a-f]{2,4});/i.test(text);
}

/** Content as HTML: blocks with their lines placed in the source. */
export function blocksFromHtml(content: MappedText, index: LineIndex, link?: string | null): Paragraph[] {
  const doc = parseHtml(content.text);
  const blocks = htmlBlocks(doc.children);
  markItemFurniture(blocks, link ?? null);
  return blocks.map((b) => htmlParagraph(b, (i) => sourceOffset(content, i), index));
}

/** A block as a paragraph; `at` maps an offset in the HTML to one in the source. */
export function htmlParagraph(b: HtmlBlock, at: (offset: number) => number, index: LineIndex): Paragraph {
  const lines = b.lines.map((l) => ({ text: l.text, position: index.position(at(l.start), at(l.end)) }));
  return paragraph(lines, b.kind ? 'boilerplate' : undefined, b.kind);
}

/** Content as plain text: the text reader's blocks, their positions moved into the source. */
export function blocksFromText(content: MappedText, index: LineIndex): Paragraph[] {
  const decoded = decodeHtmlMapped(content);
  const tree = parseText(decoded.text.replace(/\r/g, ' '));
  const move = (p: Position | undefined): Position | undefined =>
    p && index.position(sourceOffset(decoded, p.start.offset ?? 0), sourceOffset(decoded, p.end.offset ?? 0));
  const blocks = tree.children as Paragraph[];
  return blocks.map((node, i) => {
    const lines = (node.data?.lines ?? []).map((l) => ({ text: l.text, position: move(l.position)! }));
    // Closing furniture (item-tail.ts) among the last four blocks, never the first.
    const kind = i > 0 && i >= blocks.length - 4 ? closingTextKind(lines.map((l) => l.text).join(' ')) : undefined;
    return paragraph(lines, kind ? 'boilerplate' : undefined, kind);
  });
}

export function contentBlocks(content: MappedText | null, index: LineIndex, asHtml: boolean | undefined, link?: string | null): Paragraph[] {
  if (!content || !content.text.trim()) return [];
  // HTML escaped twice (&amp;lt;p&amp;gt; in the XML): no tag, only escaped ones. Unescape once more.
  if (!/<[a-z!/]/i.test(content.text) && /&lt;\/?[a-z][a-z0-9]*(?:\s[^&]*)?\/?&gt;/i.test(content.text)) content = decodeHtmlMapped(content);
  // Content declared text that holds block markup (an Atom type="text" summary of <p>s, a
  // content_text of HTML) is read as the HTML it is, so that no tag is left in the body.
  const html = asHtml === false && BLOCK_MARKUP.test(content.text) ? true : asHtml;
  return (html ?? looksLikeHtml(content.text)) ? blocksFromHtml(content, index, link) : blocksFromText(content, index);
}

const BLOCK_MARKUP = /<\/?(?:p|br|div|a|img|ul|ol|li|h[1-6]|blockquote|table|figure)(?:\s[^<>]*)?\/?>/i;

/** The tree of one item: its title as the headline block (when it has one), then its content. */
export function itemTree(title: SourceLine | null, blocks: Paragraph[], meta: ItemMeta, index: LineIndex, sourceLength: number): Root {
  // A feed item without a title has none: an empty headline block keeps the headline stage
  // from taking its first line for one.
  const none: Paragraph = { type: 'paragraph', children: [], data: { lines: [], role: 'headline' } };
  const head = title ? paragraph([title], 'headline') : meta.item !== undefined ? none : null;
  // Content that opens by repeating the title: the repeat is a duplicate, not a heading.
  const norm = (t: string) => foldWhitespace(t).trim().toLowerCase();
  const opening = blocks.find((b) => !b.data?.role);
  if (title && opening && norm(blockTextOf(opening)) === norm(title.text)) Object.assign(opening.data!, { role: 'boilerplate', kind: 'duplicate' });
  const children = head ? [head, ...blocks] : blocks;
  return {
    type: 'root',
    children,
    position: index.position(0, sourceLength),
    data: { wrapWidth: null, meta },
  } as Root;
}
