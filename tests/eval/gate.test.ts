/**
 * The eval gate: every labelled corpus is scored in-process (eval/score.ts) and each figure
 * must hold the floor pinned for it in eval/floors.json. Lowering a floor takes its own
 * commit that says why; `npm run eval -- <corpus> --cases` shows what each case missed.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breaches, readFloors } from '../../eval/floors.js';
import { corpora, FIGURES, scoreCorpus, SHARED } from '../../eval/score.js';

const floors = readFloors();
/** Scoring a corpus takes a few seconds; allow for a busy machine. */
const SCORING = 120_000;
const all = corpora();
const shared = new Set(['seed', 'dev']);
const own = all.filter((c) => !shared.has(c.name));

/** Score one corpus: no case may throw, and every figure must hold its floor. */
function holdsFloors(name: string, dir: string): void {
  const { figures, cases } = scoreCorpus(dir);
  const crashed = cases.filter((c) => c.error).map((c) => `${name}/${c.id}: cleanArticle threw: ${c.error}`);
  expect(crashed, crashed.join('\n')).toEqual([]);
  const problems = breaches(name, figures, floors);
  expect(problems, problems.join('\n')).toEqual([]);
}

describe('eval gate: the project\'s own corpora (fixtures/)', () => {
  it('finds the labelled corpora under fixtures/ and pins floors for each', () => {
    expect(own.map((c) => c.name)).toEqual(expect.arrayContaining(['heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5']));
    expect(own.filter((c) => !floors[c.name]).map((c) => c.name), 'corpora without floors in eval/floors.json').toEqual([]);
  });

  it('pins floors only for corpora that exist, each with every figure', () => {
    const known = new Set([...own.map((c) => c.name), ...shared]);
    expect(Object.keys(floors).filter((n) => !known.has(n))).toEqual([]);
    for (const [name, pinned] of Object.entries(floors)) expect(Object.keys(pinned).sort(), name).toEqual([...FIGURES].sort());
  });

  for (const c of own) {
    it(`${c.name} holds its floors`, () => {
      holdsFloors(c.name, c.dir);
    }, SCORING);
  }
});

const haveShared = existsSync(SHARED);
describe(`eval gate: the shared seed and dev corpus${haveShared ? '' : ` (skipped: ${SHARED} is absent)`}`, () => {
  for (const name of shared) {
    const c = all.find((x) => x.name === name);
    it.skipIf(!c)(`${name} holds its floors${c ? '' : ` (skipped: no ${name} corpus under ${SHARED})`}`, () => {
      holdsFloors(name, c!.dir);
    }, SCORING);
  }
});
