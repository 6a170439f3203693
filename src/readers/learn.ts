/**
 * Learning across items: a block that stands, whole, in many items of one feed (a
 * sign-off, a disclaimer, a "follow us" line) is furniture there. Only whole blocks
 * count, a repeated block that the item's own story also says (a phrase of the article,
 * quoted again) stays, and an item keeps at least one body block. Used on the items of one feed, and (opt-in) on a whole batch.
 */
import type { Root } from 'mdast';
import { blockText, isBody, setRole } from '../tree.js';
import { foldWhitespace } from '../text/whitespace.js';

export interface LearnOptions {
  /** Fewest items a block must stand in (default 3). */
  minItems?: number;
  /** Least share of the items it must stand in (default 0.4). */
  minShare?: number;
}

const key = (text: string) => foldWhitespace(text).trim().toLowerCase();
/** A key without its closing punctuation, to be looked for inside other text. */
function phrase(k: string): string {
  let end = k.length;
  while (end > 0 && /[\s\p{P}]/u.test(k[end - 1])) end--;
  return k.slice(0, end);
}

export function learnAcrossItems(trees: Root[], options: LearnOptions = {}): void {
  const minItems = Math.max(options.minItems ?? 3, Math.ceil(trees.length * (options.minShare ?? 0.4)));
  if (trees.length < minItems) return;
  const counts = new Map<string, number>();
  for (const tree of trees) {
    for (const k of new Set(tree.children.filter(isBody).map((n) => key(blockText(n))))) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const tree of trees) {
    const body = tree.children.filter(isBody);
    const keys = body.map((n) => key(blockText(n)));
    const repeated = body.filter((_, i) => (counts.get(keys[i]) ?? 0) >= minItems);
    if (repeated.length === body.length) continue;
    // The story's own text, to tell a repeated block that only repeats one of its phrases.
    const story = keys.filter((k) => (counts.get(k) ?? 0) < minItems).join('\n');
    for (const node of repeated) if (!story.includes(phrase(key(blockText(node))))) setRole(node, 'boilerplate', 'other');
  }
}
