/** Offsets to unist points in a text (1-based line and column). */
import { location } from 'vfile-location';
import type { Point } from '../types.js';

let last: { text: string; place: ReturnType<typeof location> } | null = null;

export function pointAt(text: string, offset: number): Point {
  if (last?.text !== text) last = { text, place: location(text) };
  const p = last.place.toPoint(offset);
  return p ? { line: p.line, column: p.column, offset } : { line: 1, column: 1, offset: 0 };
}
