/**
 * The blind held-out feed sets (fixtures/feeds-heldout and feeds-heldout2, scored by
 * scripts/feed-eval.mjs) stay at or above the figures they reached; a drop on any measure fails here.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withBuilt } from '../helpers/build.js';
import { ROOT } from '../helpers/shared.js';

interface Summary {
  feeds: number;
  itemCountOk: string;
  title: string;
  authors: string;
  published: string;
  mustContainRecall: string;
  leakRate: string;
  residueRate: string;
  crashes: number;
}

describe.each(['feeds-heldout', 'feeds-heldout2'])('held-out feed set fixtures/%s', (set) => {
  it('keeps its floors', () => {
    const out = withBuilt(() =>
      execFileSync(process.execPath, [join(ROOT, 'scripts/feed-eval.mjs'), join(ROOT, 'fixtures', set), '--json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }),
    );
    const s = (JSON.parse(out) as { summary: Summary }).summary;
    expect(s.itemCountOk).toBe(`${s.feeds}/${s.feeds}`);
    expect(s.crashes).toBe(0);
    expect(Number(s.title)).toBeGreaterThanOrEqual(1);
    expect(Number(s.authors)).toBeGreaterThanOrEqual(1);
    expect(Number(s.published)).toBeGreaterThanOrEqual(1);
    expect(Number(s.mustContainRecall)).toBeGreaterThanOrEqual(1);
    expect(Number(s.leakRate)).toBeLessThanOrEqual(0);
    expect(Number(s.residueRate)).toBeLessThanOrEqual(0);
  });
});
