/**
 * How much of a block's vocabulary the rest of the story shares (storyOverlap,
 * topicalOverlap, nextOverlap of the evidence pass): shares of the block's distinct content
 * word stems (stopwords of the article's language removed) found in other blocks.
 */
import { contentWords, stem } from '../../text/words.js';

export type OverlapCounter = ReturnType<typeof overlapCounter>;

export function overlapCounter(texts: string[], stopwords: Set<string>) {
  // Taken on first use, in one pass over the blocks: each block's distinct stems as ids into
  // one table, and how many blocks hold each stem; every share is read from these, so no
  // block is split into words twice. An Int32Array of ids per block costs less than the
  // block's text (a Set of stem strings per block would cost several times the input).
  let table: { ids: Map<string, number>; blocks: Int32Array[]; counts: number[] } | null = null;
  const tableOf = () => {
    if (!table) {
      const ids = new Map<string, number>();
      const counts: number[] = [];
      // The last block each stem was counted for: a stem counts once per block.
      const seenIn: number[] = [];
      const blocks = texts.map((text, j) => {
        const mine: number[] = [];
        for (const w of contentWords(text, stopwords)) {
          const s = stem(w);
          let id = ids.get(s);
          if (id === undefined) {
            ids.set(s, (id = counts.length));
            counts.push(0);
            seenIn.push(-1);
          }
          if (seenIn[id] === j) continue;
          seenIn[id] = j;
          counts[id]++;
          mine.push(id);
        }
        return Int32Array.from(mine);
      });
      table = { ids, blocks, counts };
    }
    return table;
  };
  const topicalCache = new Map<number, { share: number; size: number }>();
  const shareElsewhere = (mine: Set<string>) => {
    const { ids, counts } = tableOf();
    let elsewhere = 0;
    for (const w of mine) {
      const id = ids.get(w);
      if (id !== undefined && counts[id] > 1) elsewhere++;
    }
    return mine.size ? elsewhere / mine.size : 0;
  };
  return {
    story(i: number): number {
      const { blocks, counts } = tableOf();
      const mine = blocks[i];
      let elsewhere = 0;
      for (const id of mine) if (counts[id] > 1) elsewhere++;
      return mine.length ? elsewhere / mine.length : 0;
    },
    topical(i: number): { share: number; size: number } {
      let result = topicalCache.get(i);
      if (!result) {
        const lower = new Set(contentWords(texts[i].replace(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’-]*/gu, ' '), stopwords).map(stem));
        result = { share: shareElsewhere(lower), size: lower.size };
        topicalCache.set(i, result);
      }
      return result;
    },
    next(i: number): number {
      if (i + 1 >= texts.length) return 0;
      const { blocks } = tableOf();
      const mine = blocks[i];
      if (!mine.length) return 0;
      const next = new Set(blocks[i + 1]);
      let shared = 0;
      for (const id of mine) if (next.has(id)) shared++;
      return shared / mine.length;
    },
  };
}
