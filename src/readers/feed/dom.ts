/**
 * Reading feed XML with htmlparser2 in XML mode: forgiving (whitespace before <?xml, no
 * declaration, unclosed or mismatched tags), and safe: it never reads a DTD, so external
 * entities are never resolved and no entity is ever expanded (undeclared ones such as
 * &nbsp; stay as written, and the HTML reader decodes them later).
 */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';
import { decodeHTMLStrict } from 'entities';
import type { SourceLine } from '../../tree.js';
import { flattenDeepNesting } from '../page/depth.js';
import { concatMapped, decodeXmlMapped, rawSlice, sourceOffset, type LineIndex, type MappedText } from '../source-map.js';
import { foldWhitespace } from '../../text/whitespace.js';

export function parseXml(source: string): Document {
  // Nesting past 1,000 levels is blanked out first (same offsets): parsing it is quadratic, walking it overflows the stack.
  return parseDocument(flattenDeepNesting(source, 1000, true), { xmlMode: true, withStartIndices: true, withEndIndices: true, decodeEntities: true });
}

const isElement = (n: AnyNode): n is Element => n.type === 'tag';
/** Element name without its namespace prefix, lower case. */
export const localName = (el: Element) => el.name.slice(el.name.indexOf(':') + 1).toLowerCase();

/** Direct children whose name (with prefix, lower case) is one of `names`; a name without ':' also matches any prefix. */
export function children(el: Element | Document, ...names: string[]): Element[] {
  return el.children.filter(isElement).filter((c) => {
    const full = c.name.toLowerCase();
    return names.some((n) => (n.includes(':') ? full === n : localName(c) === n && (!full.includes(':') || full.startsWith('atom:'))));
  });
}

export const child = (el: Element | Document, ...names: string[]): Element | undefined => {
  for (const n of names) {
    const found = children(el, n)[0];
    if (found) return found;
  }
  return undefined;
};

/**
 * Every element below `root` with one of these local names, in document order. An item left
 * unclosed swallows the next one in XML; `nested` finds those inside a match as well.
 */
export function descendants(root: AnyNode, names: Set<string>, nested = false): Element[] {
  const out: Element[] = [];
  // An explicit stack, not recursion: content may nest thousands of levels deep.
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n) && n.type !== 'root') continue;
    if (isElement(n) && names.has(localName(n))) {
      out.push(n);
      if (!nested) continue;
    }
    const kids = (n as Element).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}

/** The element's content as it stands in the source: text unescaped, CDATA and child markup as written. */
export function contentOf(el: Element, source: string): MappedText | null {
  const parts: MappedText[] = [];
  for (const c of el.children) {
    const start = c.startIndex ?? 0;
    const end = (c.endIndex ?? start) + 1;
    if (c.type === 'text') parts.push(decodeXmlMapped(source.slice(start, end), start));
    else if (c.type === 'cdata') parts.push(rawSlice(source, start + 9, Math.max(start + 9, end - 3)));
    else if (c.type === 'tag') parts.push(rawSlice(source, start, end));
  }
  return parts.length ? concatMapped(parts) : null;
}

/** Plain text of a field: XML-unescaped, then once more as HTML (titles are often double-escaped), tags dropped. */
export function fieldText(el: Element | undefined, source: string): string | null {
  if (!el) return null;
  const raw = contentOf(el, source)?.text ?? '';
  // Only what looks like a tag goes: "2 < 3 > 1" in a title is text.
  // A stray control character (not a space) is no text: feeds carry them by accident.
  const text = foldWhitespace(decodeHTMLStrict(raw.replace(/<\/?[a-z!][^<>]*>/gi, '')).replace(/\p{Cc}/gu, (c) => (/\s/.test(c) ? ' ' : ''))).trim();
  return text || null;
}

/** A field as a source line (for a title block), placed on its text. */
export function fieldLine(el: Element | undefined, source: string, index: LineIndex): SourceLine | null {
  const text = fieldText(el, source);
  const content = el && contentOf(el, source);
  if (!text || !content) return null;
  const lead = content.text.search(/\S/);
  const trail = content.text.trimEnd().length;
  return { text, position: index.position(sourceOffset(content, Math.max(lead, 0)), sourceOffset(content, trail)) };
}

export const attr = (el: Element | undefined, name: string): string | null => el?.attribs[name]?.trim() || null;
