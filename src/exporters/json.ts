/**
 * JSON exporter: the Article as-is, so the output validates against article.schema.json.
 */
import type { Article } from '../types.js';

export interface JsonOptions {
  /** Two-space indentation (default true); false gives one compact line, as JSON Lines needs. */
  pretty?: boolean;
}

/** Serialise an article. No trailing newline: the CLI adds it. */
export function toJson(article: Article, options: JsonOptions = {}): string {
  const pretty = options.pretty ?? true;
  return JSON.stringify(article, null, pretty ? 2 : undefined);
}

/** Pieces are gathered into strings of about this many characters before they are handed on. */
const PIECE = 1 << 16;
/** Objects and arrays this deep are taken apart (the article, its sections, their blocks); deeper values are small. */
const DEPTH = 4;

/**
 * The same text as toJson, piece by piece (strings of about 64K characters): a huge article
 * is written out without its JSON ever being one string (twice the article's size in memory,
 * and as much again for the bytes written).
 */
export function* toJsonPieces(article: Article, options: JsonOptions = {}): Generator<string> {
  const gap = options.pretty ?? true ? '  ' : '';
  let parts: string[] = [];
  let size = 0;
  for (const piece of pieces(article, gap, '', 0)) {
    parts.push(piece);
    size += piece.length;
    if (size >= PIECE) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** JSON.stringify(value, null, gap) at indentation `indent`, in pieces. */
function* pieces(value: unknown, gap: string, indent: string, depth: number): Generator<string> {
  if (depth >= DEPTH || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    const text = JSON.stringify(value, null, gap || undefined);
    // Strings in JSON hold no raw newline: every one is a line break of the indentation.
    yield gap && text.includes('\n') ? text.replaceAll('\n', `\n${indent}`) : text;
    return;
  }
  const inner = indent + gap;
  const open = gap ? `\n${inner}` : '';
  const close = gap ? `\n${indent}` : '';
  if (Array.isArray(value)) {
    if (!value.length) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield i ? `,${open}` : open;
      const item: unknown = value[i];
      if (skipped(item)) yield 'null';
      else yield* pieces(item, gap, inner, depth + 1);
    }
    return yield `${close}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).filter((k) => !skipped(record[k]));
  if (!keys.length) return yield '{}';
  yield '{';
  for (const [i, key] of keys.entries()) {
    yield `${i ? ',' : ''}${open}${JSON.stringify(key)}:${gap ? ' ' : ''}`;
    yield* pieces(record[key], gap, inner, depth + 1);
  }
  yield `${close}}`;
}
