/** Word n-gram shingles, for telling whether one text repeats another. */
import { words } from './words.js';

export function shingles(text: string, n = 3): Set<string> {
  const toks = words(text.toLowerCase());
  const out = new Set<string>();
  if (toks.length < n) {
    if (toks.length) out.add(toks.join(' '));
    return out;
  }
  for (let i = 0; i + n <= toks.length; i++) out.add(toks.slice(i, i + n).join(' '));
  return out;
}

/** Share of `part`'s shingles that occur in `whole`. */
export function containment(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0;
  let hit = 0;
  for (const s of part) if (whole.has(s)) hit++;
  return hit / part.size;
}
