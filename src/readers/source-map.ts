/**
 * Positions into the source file for text that was cut out of it and unescaped (XML
 * entities, CDATA, JSON strings): a `MappedText` keeps, for every character, the offset of
 * the source character it came from, and a `LineIndex` turns offsets into line/column.
 */
import { decodeHTMLStrict, decodeXML } from 'entities';
import type { Point, Position } from '../types.js';

/** Text plus `map[i]` = source offset of `text[i]`; `map[text.length]` is the end of the source slice. */
export interface MappedText {
  text: string;
  map: number[];
}

export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  point(offset: number): Point {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1, offset };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}

/** A slice of the source taken as it is. */
export function rawSlice(source: string, start: number, end: number): MappedText {
  const map = new Array<number>(end - start + 1);
  for (let i = 0; i <= end - start; i++) map[i] = start + i;
  return { text: source.slice(start, end), map };
}

/** Joins mapped pieces (e.g. the text and CDATA children of one element). */
export function concatMapped(parts: MappedText[]): MappedText {
  if (parts.length === 1) return parts[0];
  const out: MappedText = { text: '', map: [] };
  for (const p of parts) {
    out.text += p.text;
    out.map.push(...p.map.slice(0, p.text.length));
  }
  out.map.push(parts.length ? parts[parts.length - 1].map[parts[parts.length - 1].text.length] : 0);
  return out;
}

/** Replace every match of `re` in `raw` by `decode(match)`, keeping the offset map. */
function replaceMapped(raw: string, base: number, re: RegExp, decode: (m: string) => string): MappedText {
  let text = '';
  const map: number[] = [];
  let last = 0;
  const copy = (from: number, to: number) => {
    text += raw.slice(from, to);
    for (let i = from; i < to; i++) map.push(base + i);
  };
  for (const m of raw.matchAll(re)) {
    const at = m.index;
    copy(last, at);
    const value = decode(m[0]);
    text += value;
    for (let i = 0; i < value.length; i++) map.push(base + at);
    last = at + m[0].length;
  }
  copy(last, raw.length);
  map.push(base + raw.length);
  return { text, map };
}

const XML_ENTITY = /&(?:#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g;
const HTML_ENTITY = /&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** Decode the five XML entities and character references; others (undeclared) stay as written. */
export function decodeXmlMapped(raw: string, base: number): MappedText {
  return replaceMapped(raw, base, XML_ENTITY, decodeXML);
}

/** Decode every HTML named entity and character reference (for plain-text fields). */
export function decodeHtmlMapped(text: MappedText): MappedText {
  if (!text.text.includes('&')) return text;
  const decoded = replaceMapped(text.text, 0, HTML_ENTITY, decodeHTMLStrict);
  return { text: decoded.text, map: decoded.map.map((i) => text.map[i]) };
}

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The value of a JSON string literal whose quotes start at `start` in the source. */
export function jsonStringMapped(source: string, start: number, length: number): MappedText {
  const raw = source.slice(start + 1, start + length - 1);
  return replaceMapped(raw, start + 1, /\\(?:u[0-9a-fA-F]{4}|.)/g, (m) =>
    m[1] === 'u' ? String.fromCharCode(parseInt(m.slice(2), 16)) : (JSON_ESCAPES[m[1]] ?? m[1]),
  );
}
