/**
 * Find the article's container by content score, the way Readability does it in outline:
 * each paragraph of prose scores by its length and commas (less when it has few stopwords or
 * many links), and hands its score to its parent, half to the grandparent, and less further
 * up. A container's score is then weighted by its tag and class, and by the share of its text
 * that is not link text. The best container may give way to an ancestor when the runners-up
 * share it, and siblings that score well or read as prose join it.
 */
import type { RawBlock } from './blocks.js';
import type { PageIndex } from './dom.js';
import { stopwordDensity } from './stopwords.js';

export interface Sums {
  text: Float64Array;
  link: Float64Array;
}

/** Text and link-text length in each element's subtree, from the blocks it holds. */
export function subtreeSums(index: PageIndex, blocks: RawBlock[], keep: (b: RawBlock) => boolean): Sums {
  const n = index.els.length;
  const text = new Float64Array(n);
  const link = new Float64Array(n);
  for (const b of blocks) if (keep(b)) (text[b.idx] += b.text.length), (link[b.idx] += b.linkLen);
  for (let i = n - 1; i >= 0; i--) {
    const p = index.parent[i];
    if (p >= 0) (text[p] += text[i]), (link[p] += link[i]);
  }
  return { text, link };
}

const TAG_BASE: Record<string, number> = { div: 5, article: 5, main: 5, section: 3, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, th: -5 };
/**
 * A content word in a class or id ("entry-content", "story") counts in full only on an element
 * that holds a story's worth of text (characters), in proportion below that: a small
 * "content-h1-wrapper" or "post-meta" box must not outscore the paragraphs of the story.
 */
const STORY_TEXT = 4000;
const COMMAS = /[,，、،]/g;
const SCORED = new Set(['paragraph', 'pre', 'blockquote', 'list', 'heading']);

export interface Scored {
  score: Map<number, number>;
  sums: Sums;
}

/** Content score of every candidate container. */
export function scoreCandidates(index: PageIndex, blocks: RawBlock[], usable: (b: RawBlock) => boolean, stop: Set<string> | null): Scored {
  const sums = subtreeSums(index, blocks, usable);
  const raw = new Map<number, number>();
  const add = (i: number, s: number) => {
    if (!raw.has(i)) raw.set(i, (TAG_BASE[index.els[i].name] ?? 0) + 25 * index.weight[i] * (index.weight[i] > 0 ? Math.min(1, sums.text[i] / STORY_TEXT) : 1));
    raw.set(i, raw.get(i)! + s);
  };
  for (const b of blocks) {
    if (!SCORED.has(b.type) || b.text.length < 25 || !usable(b)) continue;
    let s = 1 + (b.text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(b.text.length / 100), 3);
    if (b.type === 'list' || b.type === 'heading') s /= 2;
    if (b.linkLen > b.text.length * 0.5) s *= 0.3;
    if (stop) {
      const d = stopwordDensity(b.text, stop);
      if (d !== null && d < 0.1) s *= 0.5;
    }
    let i = b.scoreFrom;
    for (let level = 0; i >= 0 && level < 5; level++, i = index.parent[i]) {
      const name = index.els[i].name;
      if (name === 'html' || name === 'head') break;
      add(i, level === 0 ? s : level === 1 ? s / 2 : s / (level * 3));
    }
  }
  const score = new Map<number, number>();
  for (const [i, s] of raw) {
    const t = sums.text[i];
    score.set(i, s * (t > 0 ? 1 - sums.link[i] / t : 1));
  }
  return { score, sums };
}

function ancestors(index: PageIndex, i: number): number[] {
  const out: number[] = [];
  for (let p = index.parent[i]; p >= 0; p = index.parent[p]) out.push(p);
  return out;
}

/** The best container, moved up when its runners-up share an ancestor or its parent scores as well. */
export function topCandidate(index: PageIndex, scored: Scored): number {
  const ranked = [...scored.score].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return -1;
  let [top, topScore] = ranked[0];
  const name = (i: number) => index.els[i].name;
  // Runners-up close behind that share an ancestor with the top one: take that ancestor.
  const close = ranked.slice(1, 6).filter(([, s]) => s / topScore >= 0.75).map(([i]) => new Set(ancestors(index, i)));
  if (close.length >= 3) {
    for (const a of ancestors(index, top).slice(0, 50)) {
      if (name(a) === 'body' || name(a) === 'html') break;
      if (close.filter((set) => set.has(a)).length >= 3) {
        top = a;
        break;
      }
    }
  }
  // Climb while the parent holds at least as much score.
  let last = scored.score.get(top) ?? topScore;
  const floor = last / 3;
  for (let p = index.parent[top], steps = 0; p >= 0 && steps < 50 && name(p) !== 'body'; p = index.parent[p], steps++) {
    const s = scored.score.get(p);
    if (s === undefined) continue;
    if (s < floor) break;
    if (s > last) {
      top = p;
      break;
    }
    last = s;
  }
  // A wrapper around only this element says the same: take the wrapper.
  for (let p = index.parent[top], steps = 0; p >= 0 && steps < 50 && name(p) !== 'body'; p = index.parent[p], steps++) {
    if (index.els[p].children.filter((c) => c.type === 'tag').length !== 1) break;
    top = p;
  }
  return top;
}
