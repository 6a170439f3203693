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
  // block is split into words twice. All blocks' ids stand in one Int32Array, block i's from
  // starts[i] to starts[i + 1]: less than the blocks' text (a Set of stem strings per block
  // would cost several times the input, and even an Int32Array per block some 250 bytes).
  let table: { ids: Map<string, number>; blocks: Int32Array; starts: Int32Array; counts: number[] } | null = null;
  const tableOf = () => {
    if (!table) {
      const ids = new Map<string, number>();
      const counts: number[] = [];
      // The last block each stem was counted for: a stem counts once per block.
      const seenIn: number[] = [];
      let all = new Int32Array(1024);
      let size = 0;
      const starts = new Int32Array(texts.length + 1);
      texts.forEach((text, j) => {
        starts[j] = size;
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
          if (size === all.length) {
            const bigger = new Int32Array(all.length * 2);
            bigger.set(all);
            all = bigger;
          }
          all[size++] = id;
        }
      });
      starts[texts.length] = size;
      table = { ids, blocks: all.slice(0, size), starts, counts };
    }
    return table;
  };
  /** Block i's distinct stem ids, in the order first met (a view, no copy). */
  const idsOf = (i: number): Int32Array => {
    const { blocks, starts } = tableOf();
    return blocks.subarray(starts[i], starts[i + 1]);
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
    blocksWith(word: string): number {
      const { ids, counts } = tableOf();
      const id = ids.get(stem(word.toLowerCase()));
      return id === undefined ? 0 : counts[id];
    },
    story(i: number): number {
      const { blocks, starts, counts } = tableOf();
      let elsewhere = 0;
      for (let k = starts[i]; k < starts[i + 1]; k++) if (counts[blocks[k]] > 1) elsewhere++;
      const size = starts[i + 1] - starts[i];
      return size ? elsewhere / size : 0;
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
      const mine = idsOf(i);
      if (!mine.length) return 0;
      const next = new Set(idsOf(i + 1));
      let shared = 0;
      for (const id of mine) if (next.has(id)) shared++;
      return shared / mine.length;
    },
  };
}
