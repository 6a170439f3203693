/**
 * `check` in-process over the planted-problem set fixtures/check-heldout (48 files, seven
 * languages, every input form, 11 clean): the figures scripts/check-eval.mjs prints must
 * stay at or above the floors they reached, clean files must give no message, and the exit
 * status must be 1 over the set.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script, shared with `node scripts/check-eval.mjs`
import { loadExpected, scoreCheck, SET } from '../../scripts/check-eval.mjs';
import { run } from '../cli/helpers.js';

interface Overall {
  recall: number;
  strictRecall: number;
  lineAccuracy: number;
  precision: number;
  kindAccuracy: number;
  cleanErrors: number;
  cleanWarnings: number;
  uncheckedFiles: number;
}
interface Score {
  overall: Overall;
  perRule: Record<string, { strictRecall: number; precision: number }>;
  misses: string[];
  extras: string[];
}

// Floors: the figures reached (first run: recall 0.917, strict 0.867, precision 0.873, 2 clean-file errors).
const FLOOR = { recall: 1, strictRecall: 1, lineAccuracy: 1, precision: 0.95, kindAccuracy: 1 };

describe('check over the planted-problem set', { timeout: 120_000 }, () => {
  it('reports every planted problem with its rule at its line, and clean files give nothing', async () => {
    const r = await run(['check', '--reporter', 'json', SET], { cwd: path.dirname(SET) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const score = scoreCheck(JSON.parse(r.stdout), loadExpected()) as Score;
    const o = score.overall;
    expect(o.uncheckedFiles).toBe(0);
    expect(o.cleanErrors, score.extras.join('\n')).toBe(0);
    expect(o.cleanWarnings, score.extras.join('\n')).toBe(0);
    for (const [key, floor] of Object.entries(FLOOR)) expect(o[key as keyof typeof FLOOR], `${key}\n${score.misses.join('\n')}`).toBeGreaterThanOrEqual(floor);
    // Every rule the issue lists is planted, and found at its line.
    expect(Object.keys(score.perRule)).toEqual(expect.arrayContaining(['encoding-fallback', 'unattributed-quote', 'truncated-body', 'implausible-date', 'suspicious-headline']));
  });
});
