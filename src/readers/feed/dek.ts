import { decodeHTMLStrict } from 'entities';
import { htmlBlocks, parseHtml } from '../html/blocks.js';
import { markItemFurniture } from '../item-furniture.js';
import type { MappedText } from '../source-map.js';

const plain = (t: string) => decodeHTMLStrict(t.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

/** The summary's first block that is no furniture (a WordPress excerpt is followed by "The post … appeared first on …"). */
function firstBlock(summary: string): string {
  const blocks = htmlBlocks(parseHtml(summary).children);
  markItemFurniture(blocks, null);
  const first = blocks.find((b) => !b.kind);
  return first ? first.lines.map((l) => l.text).join(' ') : '';
}

/**
 * A summary given besides the content is the dek when it says something the content does
 * not: a summary that is the content's opening (cut short with "[…]" or "…") is no dek.
 */
export function dekOf(summary: MappedText | null, content: MappedText | null): string | null {
  const dek = summary ? firstBlock(summary.text) : '';
  if (!dek) return null;
  const body = content ? plain(content.text) : '';
  // Up to a cut-off mark, without the closing stop of a summary that is the opening sentence.
  const head = dek.split(/\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)/)[0].replace(/[.!?:;,]+$/, '').slice(0, 200);
  return body.includes(head) ? null : dek;
}
