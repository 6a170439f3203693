/**
 * Positions into the source file for text that was cut out of it and unescaped (XML
 * entities, CDATA, JSON strings): a `MappedText` keeps, for every character, the offset of
 * the source character it came from, and a `LineIndex` turns offsets into line/column.
 */
import { decodeHTMLStrict, decodeXML } from 'entities';
import type { Point, Position } from '../types.js';

/**
 * Text plus where each character came from, kept as runs: a run starting at text index `t`
 * either copies the source from `s` on, or (`fixed`, an unescaped entity) stands for the
 * source characters from `s` as a whole. `end` is the source offset after the last character.
 */
export interface MappedText {
  text: string;
  runs: { t: number; s: number; fixed: boolean }[];
  end: number;
}

/** Source offset of text index `i` (`text.length` gives `end`). */
export function sourceOffset(m: MappedText, i: number): number {
  if (i >= m.text.length) return m.end;
  let lo = 0;
  let hi = m.runs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m.runs[mid].t <= i) lo = mid;
    else hi = mid - 1;
  }
  const run = m.runs[lo];
  return run.fixed ? run.s : run.s + (i - run.t);
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
  return { text: source.slice(start, end), runs: [{ t: 0, s: start, fixed: false }], end };
}

/** Joins mapped pieces (e.g. the text and CDATA children of one element). */
export function concatMapped(parts: MappedText[]): MappedText {
  if (parts.length === 1) return parts[0];
  const out: MappedText = { text: '', runs: [], end: parts.at(-1)?.end ?? 0 };
  for (const p of parts) {
    for (const r of p.runs) out.runs.push({ ...r, t: r.t + out.text.length });
    out.text += p.text;
  }
  return out;
}

/** Replace every match of `re` in `raw` by `decode(match)`, keeping track of where each piece came from. */
function replaceMapped(raw: string, base: number, re: RegExp, decode: (m: string) => string): MappedText {
  const out: MappedText = { text: '', runs: [], end: base + raw.length };
  let last = 0;
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    out.runs.push({ t: out.text.length, s: base + from, fixed: false });
    out.text += raw.slice(from, to);
  };
  for (const m of raw.matchAll(re)) {
    copy(last, m.index);
    out.runs.push({ t: out.text.length, s: base + m.index, fixed: true });
    out.text += decode(m[0]);
    last = m.index + m[0].length;
  }
  copy(last, raw.length);
  if (!out.runs.length) out.runs.push({ t: 0, s: base, fixed: false });
  return out;
}

const XML_ENTITY = /&(?:#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g;
const HTML_ENTITY = /&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** Decode the five XML entities and character references; others (undeclared) stay as written. */
export function decodeXmlMapped(raw: string, base: number): MappedText {
  return replaceMapped(raw, base, XML_ENTITY, decodeXML);
}

/** Decode every HTML named entity and character reference (for plain-text fields). */
export function decodeHtmlMapped(text: MappedText): MappedText {
  if (!text.text.includes('&')) return text;
  // Offsets of the decoded text are first into `text`, then moved into the source.
  const decoded = replaceMapped(text.text, 0, HTML_ENTITY, decodeHTMLStrict);
  const runs = decoded.runs.flatMap((r) => {
    if (r.fixed) return [{ t: r.t, s: sourceOffset(text, r.s), fixed: true }];
    // A copied run may span several runs of `text`: split it where they start.
    const next = decoded.runs.find((x) => x.t > r.t)?.t ?? decoded.text.length;
    const inner = text.runs.filter((x) => x.t > r.s && x.t < r.s + (next - r.t)).map((x) => ({ t: r.t + (x.t - r.s), s: x.s, fixed: x.fixed }));
    return [{ t: r.t, s: sourceOffset(text, r.s), fixed: text.runs.some((x) => x.fixed && x.t === r.s) }, ...inner];
  });
  return { text: decoded.text, runs, end: text.end };
}

const JSON_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The value of a JSON string literal whose quotes start at `start` in the source. */
export function jsonStringMapped(source: string, start: number, length: number): MappedText {
  const raw = source.slice(start + 1, start + length - 1);
  const mapped = replaceMapped(raw, start + 1, /\\(?:u[0-9a-fA-F]{4}|.)/g, (m) =>
    m[1] === 'u' ? String.fromCharCode(parseInt(m.slice(2), 16)) : (JSON_ESCAPES[m[1]] ?? m[1]),
  );
  mapped.text = wellFormed(mapped.text);
  return mapped;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A lone surrogate escape ("\ud800" with no partner) is no character: it becomes U+FFFD, one
 * code unit for one, so offsets into the text stay where they were.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}
