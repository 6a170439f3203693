/** Visible text of a list of nodes, gathered without recursion, with the length of its link text. */
import type { AnyNode, Element, Text } from 'domhandler';
import { BLOCK, INVISIBLE } from './dom.js';
import { foldWhitespace } from '../../text/whitespace.js';

export interface Gathered {
  text: string;
  linkLen: number;
}

/** Whitespace runs to one space, ends trimmed. */
export function collapse(text: string): string {
  return foldWhitespace(text).trim();
}

/**
 * Text of the nodes in document order. Block boundaries and <br> become line breaks; with
 * `verbatim` (preformatted text) the text is kept as written, otherwise whitespace collapses.
 */
export function gather(nodes: AnyNode[], verbatim = false): Gathered {
  let raw = '';
  let linkRaw = 0;
  const stack: { node: AnyNode; link: boolean }[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i], link: false });
  while (stack.length) {
    const { node, link } = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as Text).data;
      raw += data;
      if (link) linkRaw += data.trim().length;
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (INVISIBLE.has(el.name)) continue;
    if (el.name === 'br') {
      raw += '\n';
      continue;
    }
    const inLink = link || el.name === 'a';
    if (BLOCK.has(el.name)) raw += '\n';
    const kids = el.children;
    if (BLOCK.has(el.name)) stack.push({ node: { type: 'text', data: '\n' } as Text, link: false });
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], link: inLink });
  }
  const text = verbatim ? raw.replace(/^\s*\n/, '').trimEnd() : collapse(raw);
  return { text, linkLen: Math.min(linkRaw, text.length) };
}

/** Offset of the first non-space character of a node, for positions that start on text. */
export function startOf(node: AnyNode): number {
  const start = node.startIndex ?? 0;
  if (node.type !== 'text') return start;
  const m = /\S/.exec((node as Text).data);
  return start + (m ? m.index : 0);
}

/** Offset of the last non-space character of a node. */
export function endOf(node: AnyNode): number {
  const end = node.endIndex ?? node.startIndex ?? 0;
  if (node.type !== 'text') return end;
  const data = (node as Text).data;
  const trailing = data.length - data.trimEnd().length;
  return Math.max(node.startIndex ?? 0, end - trailing);
}
