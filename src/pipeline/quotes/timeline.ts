/** Mentions of people sorted by offset, with the lookups the quotes stage needs. */
export interface Mention {
  /** The full name; null for someone the text only describes ("a spokesperson"). */
  name: string | null;
  index: number;
}

/** How many mentions of a list sorted by index come before offset `at` (binary search). */
export function countBefore(sorted: Mention[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].index < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last mention before offset `at`. */
export function lastBefore(sorted: Mention[], at: number): Mention | undefined {
  return sorted[countBefore(sorted, at) - 1];
}

/** The first mention after offset `at`. */
export function firstAfter(sorted: Mention[], at: number): Mention | undefined {
  return sorted[countBefore(sorted, at + 1)];
}

/**
 * Speakers of one paragraph: reported speech (known up front, sorted) and the speakers of
 * its quotations (added in text order). Two sorted lists, so adding stays O(1).
 */
export class Timeline {
  readonly quoted: Mention[] = [];
  constructor(readonly reported: Mention[]) {}

  add(mention: Mention): void {
    this.quoted.push(mention);
  }

  /** Up to `n` speakers before offset `at`, nearest first. */
  before(at: number, n: number): Mention[] {
    const out: Mention[] = [];
    let r = countBefore(this.reported, at) - 1;
    let q = countBefore(this.quoted, at) - 1;
    while (out.length < n && (r >= 0 || q >= 0)) {
      const takeR = q < 0 || (r >= 0 && this.reported[r].index > this.quoted[q].index);
      out.push(takeR ? this.reported[r--] : this.quoted[q--]);
    }
    return out;
  }

  get last(): Mention | undefined {
    const r = this.reported.at(-1);
    const q = this.quoted.at(-1);
    return !r ? q : !q ? r : r.index > q.index ? r : q;
  }
}
