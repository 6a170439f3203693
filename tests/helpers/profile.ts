/**
 * The two test profiles. `npm test` (`vitest run`) is the fast one: every behaviour, at sizes
 * that keep the whole run to a few seconds of CPU per core. `FULL=1` (`npm run test:full`,
 * and CI) is the exhaustive one: also the scaling, packed-package and browser files (listed in
 * vitest.config.ts), and the sizes and counts below at their full values.
 */
export const FULL = process.env.FULL === '1';

/** `fast` in the default profile, `full` under FULL=1. */
export const bySize = <T>(fast: T, full: T): T => (FULL ? full : fast);
