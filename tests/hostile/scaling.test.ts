/**
 * Linear time, by test. Each adversarial shape is cleaned at size n and at 8n, in the same
 * run, and the ratio of CPU times must stay within 2.5× linear (≤ 20; quadratic work gives
 * ~64). No absolute time is asserted: only the ratio, from the fastest of a few runs at each
 * size (after a warm-up), measured again once before failing, so a load spike on a shared
 * machine does not fail it while a quadratic stage always does.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';

const GROWTH = 8;
const LIMIT = 2.5 * GROWTH;

/** CPU time of this process (user + system, ms): unlike wall time, other processes on a busy machine do not add to it. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function fastest(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    cleanArticle(text);
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

/**
 * t(GROWTH·n) / t(n), the smaller of two measurements. n is first doubled until one run
 * takes at least MIN_MS, so that timer resolution and fixed costs do not decide the ratio.
 */
const MIN_MS = 25;
function growthRatio(make: (n: number) => string, start: number): number {
  let n = start;
  fastest(make(n), 1); // warm-up: JIT, regex compilation, lazy tables
  for (let i = 0; i < 8 && fastest(make(n), 1) < MIN_MS; i++) n *= 2;
  let best = Infinity;
  for (let attempt = 0; attempt < 2 && best > LIMIT; attempt++) {
    best = Math.min(best, fastest(make(n * GROWTH), 2) / fastest(make(n), 3));
  }
  return best;
}

const SHAPES: [string, (n: number) => string, number][] = [
  ['one long line (sentences, no newline)', (n) => 'The quick brown fox jumps over the lazy dog by the old mill. '.repeat(n), 500],
  ['one long word', (n) => `Headline\n\n${'x'.repeat(n)}`, 200_000],
  ['a capital and lower-case letters', (n) => `A${'a'.repeat(n)}`, 100_000],
  ['many short lines', (n) => Array.from({ length: n }, (_, i) => `Line ${i}`).join('\n'), 250],
  ['many paragraphs', (n) => 'The council met on Monday, said Jane Smith of the city.\n\n'.repeat(n), 500],
  ['spaces, then a separator', (n) => `Title${' '.repeat(n)}| x`, 50_000],
  ['punctuation runs', (n) => `${'.’-'.repeat(n)}x`, 50_000],
];

describe('growing an adversarial input eightfold grows the work linearly', () => {
  it.each(SHAPES)('%s', (_name, make, n) => {
    expect(growthRatio(make, n)).toBeLessThanOrEqual(LIMIT);
  }, 120_000);

  // The quotes stage's shapes (quote masking; names and attributions): super-linear before
  // its rewrite (×34 for ×8 input on the last one), linear since.
  const QUOTES_STAGE: [string, (n: number) => string, number][] = [
    ['many quotations in one paragraph', (n) => '“I like this a lot,” said Jane Smith. '.repeat(n), 250],
    ['a long comma list of names', (n) => `By ${Array.from({ length: n }, (_, i) => `Ann Lee${i}`).join(', ')}`, 500],
    ['one long line of attributed sentences', (n) => 'The fox jumps over the dog, said Jane Smith. '.repeat(n), 500],
    ['one quotation interrupted by its attribution again and again', (n) => `«${'Мы ждём, — сказал Олег Смирнов. — Да, '.repeat(n)}»`, 250],
    ['many quotations, each with a dash and no attribution', (n) => '«Мы ждём, — и ждём». '.repeat(n), 500],
  ];
  it.each(QUOTES_STAGE)('%s', (_name, make, n) => {
    expect(growthRatio(make, n)).toBeLessThanOrEqual(LIMIT);
  }, 120_000);
});
