/**
 * Learning across items: a block that stands, whole, in many items of one feed (a
 * sign-off, a disclaimer, a "follow us" line) is furniture there. Only whole blocks
 * count, so a phrase an article repeats is never removed, and an item keeps at least one
 * body block. Used on the items of one feed, and (opt-in) on a whole batch.
 */
import type { Root } from 'mdast';
import { blockText, isBody, setRole } from '../tree.js';

export interface LearnOptions {
  /** Fewest items a block must stand in (default 3). */
  minItems?: number;
  /** Least share of the items it must stand in (default 0.4). */
  minShare?: number;
}

const key = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export function learnAcrossItems(trees: Root[], options: LearnOptions = {}): void {
  const minItems = Math.max(options.minItems ?? 3, Math.ceil(trees.length * (options.minShare ?? 0.4)));
  if (trees.length < minItems) return;
  const counts = new Map<string, number>();
  for (const tree of trees) {
    for (const k of new Set(tree.children.filter(isBody).map((n) => key(blockText(n))))) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const tree of trees) {
    const body = tree.children.filter(isBody);
    const repeated = body.filter((n) => (counts.get(key(blockText(n))) ?? 0) >= minItems);
    if (repeated.length === body.length) continue;
    for (const node of repeated) setRole(node, 'boilerplate', 'other');
  }
}
