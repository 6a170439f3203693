/**
 * Two profiles (tests/helpers/profile.ts):
 *
 *   - `npm test` / `npx vitest run`: the fast profile, every behaviour at small sizes;
 *   - `FULL=1` (`npm run test:full`, and CI): also the files below, and the exhaustive sizes.
 *
 * Files run two at a time (one per core: vitest's default on a 2-core machine is one) in
 * forked workers that are not re-isolated between files, so each worker loads the sources
 * once instead of once per file. Forks, not threads: the scaling tests measure this
 * process's CPU time, which other threads in it would add to.
 */
import os from 'node:os';
import { defineConfig } from 'vitest/config';

const FULL = process.env.FULL === '1';

/** Slow by nature: left to the full profile. */
const FULL_ONLY = [
  'tests/package/consumer.test.ts', // npm pack, npm install into a scratch project, tsc --strict
  'tests/browser/**', // headless Chromium
  'tests/hostile/scaling.test.ts', // CPU-time ratios at n and 8n, best of several runs
  'tests/pipeline/quotes-scaling.test.ts', // the same for the quotes stage
];

if (!FULL) console.log(`fast profile: FULL=1 (npm run test:full) also runs ${FULL_ONLY.join(', ')} and the exhaustive sizes`);

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: FULL ? [] : FULL_ONLY,
    pool: 'forks',
    maxWorkers: Math.max(2, os.availableParallelism()),
    isolate: false,
    // No test asserts a time; a busy shared machine may take several times as long as an idle one.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
