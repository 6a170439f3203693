/** The article's extent: the top candidate and the siblings that belong with it. */
import type { RawBlock } from './blocks.js';
import type { PageIndex } from './dom.js';
import type { Scored } from './score.js';

export interface Extent {
  /** The top candidate (the `main` element). */
  top: number;
  /** Elements whose subtrees are article: the top candidate and merged siblings. */
  roots: number[];
  /** Container whose own prose runs beside the top candidate also count. */
  runParent: number;
  /** Blocks outside the roots that belong to the story (its standfirst, see lead.ts). */
  extra?: Set<RawBlock>;
}

/** The first class of an element: "story-body story-body-2" and "story-body story-body-1" share it. */
const firstClass = (cls: string | undefined) => cls?.trim().split(/\s+/)[0] ?? '';

const SENTENCE = /[.!?。！？]["”’)]?(?:\s|$)/;

export function prose(text: number, link: number, sample: string): boolean {
  if (text > 80) return link / text < 0.25;
  return text > 0 && link === 0 && SENTENCE.test(sample);
}

export function extentOf(index: PageIndex, scored: Scored, top: number, blocks: RawBlock[]): Extent {
  const p = index.parent[top];
  if (p < 0) return { top, roots: [top], runParent: -1 };
  const topScore = scored.score.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const cls = index.els[top].attribs.class ?? '';
  const firstText = new Map<number, string>();
  for (const b of blocks) if (!firstText.has(b.idx)) firstText.set(b.idx, b.text);
  const roots: number[] = [];
  for (const c of index.els[p].children) {
    if (c.type !== 'tag') continue;
    const j = index.pos.get(c as never);
    if (j === undefined) continue;
    if (j === top) {
      roots.push(j);
      continue;
    }
    if (index.hintOwner[j] >= 0 && index.hintOwner[j] !== index.hintOwner[p]) continue;
    const bonus = cls && firstClass(index.els[j].attribs.class) === firstClass(cls) ? topScore * 0.2 : 0;
    const s = scored.score.get(j);
    if (s !== undefined && s + bonus >= threshold) roots.push(j);
    else if ((index.els[j].name === 'p' || !index.hasBlock[j]) && prose(scored.sums.text[j], scored.sums.link[j], firstText.get(j) ?? '')) roots.push(j);
  }
  return { top, roots: [...roots, ...cousins(index, scored, top, roots, threshold)], runParent: p };
}

/**
 * Parts of the article split off elsewhere in the tree (a story cut into sections around a
 * full-width figure): elements with the top candidate's class (or its first class) that score
 * as content.
 */
function cousins(index: PageIndex, scored: Scored, top: number, roots: number[], threshold: number): number[] {
  const cls = index.els[top].attribs.class;
  if (!cls) return [];
  const out: number[] = [];
  const covered = (j: number) => [...roots, ...out].some((r) => j >= r && j <= index.end[r]) || (j < top && index.end[j] >= top);
  const first = firstClass(cls);
  for (let j = 0; j < index.els.length; j++) {
    const other = index.els[j].attribs.class;
    if (!other || firstClass(other) !== first || covered(j) || index.hintOwner[j] >= 0) continue;
    const s = scored.score.get(j);
    const text = scored.sums.text[j];
    const scores = s !== undefined && s >= threshold / 2;
    // The exact class needs prose or a score; a shared first class needs a score.
    if (other === cls ? !scores && text < 200 : !scores) continue;
    if (scored.sums.link[j] > text * 0.3) continue;
    out.push(j);
  }
  return out;
}

/** Whether a block lies in the extent: under one of its roots, or a prose run of the parent. */
export function inExtent(index: PageIndex, extent: Extent, b: RawBlock): boolean {
  if (extent.extra?.has(b)) return true;
  for (const r of extent.roots) if (b.idx >= r && b.idx <= index.end[r]) return true;
  if (b.idx === extent.runParent && b.scoreFrom === b.idx) {
    const first = extent.roots[0];
    const last = extent.roots[extent.roots.length - 1];
    const inside = b.startIndex >= (index.els[first].startIndex ?? 0) && b.endIndex <= (index.els[last].endIndex ?? 0);
    return inside || prose(b.text.length, b.linkLen, b.text);
  }
  return false;
}
