/**
 * JSON values with their place in the source (momoa's syntax tree, ranges on), for the
 * JSON Feed and JSON Lines readers: strings come out as mapped text, so content positions
 * point into the file.
 */
import { evaluate, parse, type AnyNode, type ValueNode } from '@humanwhocodes/momoa';
import type { SourceLine } from '../../tree.js';
import { parseFeedDate } from '../feed-date.js';
import { jsonStringMapped, wellFormed, type LineIndex, type MappedText } from '../source-map.js';
import { foldWhitespace } from '../../text/whitespace.js';

export type JsonNode = ValueNode;

/**
 * Parse one JSON document; throws (with momoa's message) when it is not JSON, even read
 * the way feed readers read it: comments and trailing commas ("items": [{…},]) are let pass.
 */
export function parseJson(text: string): JsonNode {
  try {
    return parse(text, { ranges: true }).body;
  } catch (error) {
    try {
      return parse(text, { ranges: true, mode: 'jsonc', allowTrailingCommas: true }).body;
    } catch {
      throw error;
    }
  }
}

/** Move a line's syntax tree so that its offsets are into the whole source. */
export function shift(node: AnyNode, by: number): void {
  node.loc.start.offset += by;
  node.loc.end.offset += by;
  if (node.type === 'Object') node.members.forEach((m) => (shift(m.name, by), shift(m.value, by)));
  else if (node.type === 'Array') node.elements.forEach((e) => shift(e.value, by));
}

const offsetOf = (n: AnyNode) => n.loc.start.offset;
const endOf = (n: AnyNode) => n.loc.end.offset;

export function at(node: JsonNode | undefined, key: string | number): JsonNode | undefined {
  if (node?.type === 'Object' && typeof key === 'string') return node.members.find((m) => m.name.type === 'String' && m.name.value === key)?.value;
  if (node?.type === 'Array' && typeof key === 'number') return node.elements[key]?.value;
  return undefined;
}

/** The first of these fields that is present and not null. */
export function field(node: JsonNode | undefined, names: readonly string[]): JsonNode | undefined {
  for (const n of names) {
    const found = at(node, n);
    if (found && found.type !== 'Null') return found;
  }
  return undefined;
}

export function items(node: JsonNode | undefined): JsonNode[] {
  return node?.type === 'Array' ? node.elements.map((e) => e.value) : [];
}

export function str(node: JsonNode | undefined): string | null {
  if (node?.type === 'String') return wellFormed(node.value).trim() || null;
  if (node?.type === 'Number') return String(node.value);
  return null;
}

export function mapped(node: JsonNode | undefined, source: string): MappedText | null {
  return node?.type === 'String' ? jsonStringMapped(source, offsetOf(node), endOf(node) - offsetOf(node)) : null;
}

export function line(node: JsonNode | undefined, source: string, index: LineIndex): SourceLine | null {
  const raw = str(node);
  const text = raw === null ? null : foldWhitespace(raw);
  if (!node || !text) return null;
  return { text, position: index.position(offsetOf(node) + 1, endOf(node) - 1) };
}

/** Author names from a string, a list of strings, or objects with a name (JSON Feed, schema.org). */
export function names(node: JsonNode | undefined): string[] {
  if (!node) return [];
  const value = evaluate(node) as unknown;
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' && 'name' in v && typeof v.name === 'string' ? v.name : ''))
    .map((s) => wellFormed(s).trim())
    .filter(Boolean);
}

/** A date from a string, or from a number of seconds (or milliseconds) since the epoch. */
export function date(node: JsonNode | undefined): string | null {
  if (node?.type === 'Number') {
    const n = node.value;
    const d = new Date(n > 1e11 ? n : n * 1000);
    // 1e400, -1e300, 1e15 seconds: no date (was "Invalid time value", the item lost).
    const year = d.getUTCFullYear();
    if (!Number.isFinite(year) || year < 1000 || year > 9999) return null;
    return d.toISOString().replace(/\.\d+Z$/, 'Z');
  }
  return parseFeedDate(str(node));
}
