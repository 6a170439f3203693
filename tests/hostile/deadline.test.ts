/**
 * The time budget (--timeout) is checked inside the stages, not only between them: the
 * per-block loops tick it (deadline.ts), so one stage on a huge input cannot overrun the
 * limit by the whole stage's time. No time is measured: the clock is replaced by a counter,
 * and the test checks where the budget ran out and that the work stopped there.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import { TimeoutError, tickDeadline, withDeadline } from '../../src/deadline.js';

const LONG = `Headline of the log\n\nBy Jane Smith\n\n${Array.from({ length: 4_000 }, (_, i) => `Line ${i} of the log, item ${i % 7}.`).join('\n')}\n`;

/** Date.now replaced: the calls are counted, each with whether a per-block tick made it; from call `expireAt` on, the time is past the deadline. */
function fakeClock(expireAt: number) {
  const calls: boolean[] = [];
  vi.spyOn(Date, 'now').mockImplementation(() => {
    calls.push(/tickDeadline/.test(new Error().stack ?? ''));
    return calls.length > expireAt ? 2_000 : 0;
  });
  return calls;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the time budget inside the stages', () => {
  it('a long input is checked many times inside the stages, not only between them', () => {
    const calls = fakeClock(Infinity);
    cleanArticle(LONG, { deadline: { at: 1_000, ms: 1_000 } });
    const ticks = calls.filter(Boolean).length;
    // 4,000 blocks, read several times by every stage: a check every 256 reads is dozens of checks.
    expect(ticks).toBeGreaterThan(20);
    expect(calls.length - ticks).toBeGreaterThan(0); // and the checks between stages are still made
  });

  it('a budget that runs out in the middle of a stage stops it at that check', () => {
    const first = fakeClock(Infinity);
    cleanArticle(LONG, { deadline: { at: 1_000, ms: 1_000 } });
    // Expire at a per-block check half-way through the run.
    const tickCalls = first.flatMap((tick, i) => (tick ? [i] : []));
    const at = tickCalls[Math.floor(tickCalls.length / 2)];
    vi.restoreAllMocks();
    const calls = fakeClock(at);
    let error: unknown;
    try {
      cleanArticle(LONG, { deadline: { at: 1_000, ms: 1_000 } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(/took longer than the 1 s limit/);
    expect((error as Error).stack).toMatch(/tickDeadline/);
    // Stopped at the first look at the clock after the limit: nothing ran on to the stage's end.
    expect(calls.length).toBe(at + 1);
  });

  it('ticks are a no-op outside a budget, and the outer budget comes back after a nested one', () => {
    vi.spyOn(Date, 'now').mockReturnValue(2_000);
    for (let i = 0; i < 1_000; i++) tickDeadline();
    const past = { at: 1_000, ms: 5 };
    expect(() =>
      withDeadline(past, () => {
        withDeadline(undefined, () => {
          for (let i = 0; i < 1_000; i++) tickDeadline();
        });
        for (let i = 0; i < 1_000; i++) tickDeadline();
      }),
    ).toThrow(TimeoutError);
  });
});
