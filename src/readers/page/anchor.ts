/**
 * When the page states its article text (schema.org articleBody in JSON-LD), find the
 * element whose text matches it best: word overlap, precision against recall, summed over
 * each subtree in one pass.
 */
import type { RawBlock } from './blocks.js';
import type { PageIndex } from './dom.js';
import { tokens } from './stopwords.js';

export interface Anchor {
  element: number;
  f1: number;
}

export function anchorOn(index: PageIndex, blocks: RawBlock[], body: string): Anchor | null {
  const bodyTokens = tokens(body);
  if (bodyTokens.length < 50) return null;
  const vocab = new Set(bodyTokens);
  const n = index.els.length;
  const total = new Float64Array(n);
  const hit = new Float64Array(n);
  for (const b of blocks) {
    for (const t of tokens(b.text)) {
      total[b.idx]++;
      if (vocab.has(t)) hit[b.idx]++;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const p = index.parent[i];
    if (p >= 0) (total[p] += total[i]), (hit[p] += hit[i]);
  }
  let best: Anchor | null = null;
  for (let i = 0; i < n; i++) {
    if (!hit[i]) continue;
    const precision = hit[i] / total[i];
    const recall = Math.min(1, hit[i] / bodyTokens.length);
    const f1 = (2 * precision * recall) / (precision + recall);
    // Ties go to the outermost element: a wrapper that adds no text says the same.
    if (!best || f1 > best.f1) best = { element: i, f1 };
  }
  return best;
}
