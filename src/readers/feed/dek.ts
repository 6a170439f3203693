import { decodeHTMLStrict } from 'entities';
import type { MappedText } from '../source-map.js';

const plain = (t: string) => decodeHTMLStrict(t.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();

/**
 * A summary given besides the content is the dek when it says something the content does
 * not: a summary that is the content's opening (perhaps cut short with "…") is no dek.
 */
export function dekOf(summary: MappedText | null, content: MappedText | null): string | null {
  const dek = summary ? plain(summary.text) : '';
  if (!dek) return null;
  const body = content ? plain(content.text) : '';
  // Cut-off marks and the closing stop of a summary that is the opening sentence.
  const head = dek.replace(/(?:\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)|\s*(?:read more|continue reading)\W*)+$/i, '').replace(/[.!?:;,]+$/, '').slice(0, 200);
  return body.includes(head) ? null : dek;
}
