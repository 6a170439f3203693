/**
 * The quotes stage does linear work in the size of a paragraph: four times the input takes
 * well under sixteen times (quadratic) as long. Time is only ever compared within one run:
 * the two sizes are timed in turn, three rounds, the best of each kept (so a burst of load
 * from other tests hits both), with a generous margin (10×; linear is 4×). Time is this
 * process's CPU time (user + system), which other processes on a busy machine do not add to.
 */
import { describe, expect, it } from 'vitest';
import { quotes } from '../../src/pipeline/quotes/index.js';
import { runStages } from '../helpers/stages.js';

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const time = (text: string) => {
  const t = cpuMs();
  runStages(text, quotes);
  return cpuMs() - t;
};

const adversarial: Record<string, (n: number) => string> = {
  'ordinary quotations in one paragraph': (n) => '“I like this a lot,” said Jane Smith. '.repeat(n),
  'a line of quotation marks': (n) => '“'.repeat(n * 10),
  'a line of quote–dash runs': (n) => '“—'.repeat(n * 5),
  'alternating marks and pronouns': (n) => 'Ms. Lindqvist met Mr. Okafor. “We need more buses,” she said. '.repeat(n),
  'unattributed quotations after short sentences': (n) => 'Okafor shrugs. “We need more buses.” '.repeat(n),
};

describe('quotes stage scaling', () => {
  for (const [name, make] of Object.entries(adversarial)) {
    it(`grows linearly: ${name}`, () => {
      time(make(200)); // warm up the regexes and the JIT
      // The smaller size must take long enough (≥ 40 ms, best of three) for the ratio to mean anything.
      const best = (text: string) => Math.min(time(text), time(text), time(text));
      let n = 250;
      while (best(make(n)) < 40 && n < 64_000) n *= 2;
      const small = make(n);
      const large = make(n * 4);
      let [a, b] = [Infinity, Infinity];
      for (let round = 0; round < 3; round++) {
        a = Math.min(a, time(small));
        b = Math.min(b, time(large));
      }
      expect(b / a).toBeLessThan(10);
    }, 60_000);
  }
});
