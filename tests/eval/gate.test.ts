/**
 * The eval gate: every labelled corpus is scored in-process (eval/score.ts) and each figure
 * must hold the floor pinned for it in eval/floors.json. Lowering a floor takes its own
 * commit that says why; `npm run eval -- <corpus> --cases` shows what each case missed.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breaches, readFloors } from '../../eval/floors.js';
import { corpora, FIGURES, ROOT, scoreCorpus, SHARED } from '../../eval/score.js';

const floors = readFloors();
/** Scoring a corpus takes a few seconds; allow for a busy machine. */
const SCORING = 120_000;
const all = corpora();
const shared = new Set(['seed', 'dev']);
const own = all.filter((c) => !shared.has(c.name));

describe('eval gate: the project\'s own corpora (fixtures/)', () => {
  it('finds every corpus folder under fixtures/ and pins floors for each', () => {
    const folders = readdirSync(join(ROOT, 'fixtures'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(own.map((c) => c.name).sort()).toEqual(folders.sort());
    expect(own.filter((c) => !floors[c.name]).map((c) => c.name), 'corpora without floors in eval/floors.json').toEqual([]);
  });

  it('pins floors only for corpora that exist, each with every figure', () => {
    const known = new Set([...own.map((c) => c.name), ...shared]);
    expect(Object.keys(floors).filter((n) => !known.has(n))).toEqual([]);
    for (const [name, pinned] of Object.entries(floors)) expect(Object.keys(pinned).sort(), name).toEqual([...FIGURES].sort());
  });

  for (const c of own) {
    it(`${c.name} holds its floors`, () => {
      const problems = breaches(c.name, scoreCorpus(c.dir).figures, floors);
      expect(problems, problems.join('\n')).toEqual([]);
    }, SCORING);
  }
});

const haveShared = existsSync(SHARED);
describe(`eval gate: the shared seed and dev corpus${haveShared ? '' : ` (skipped: ${SHARED} is absent)`}`, () => {
  for (const name of shared) {
    const c = all.find((x) => x.name === name);
    it.skipIf(!c)(`${name} holds its floors${c ? '' : ` (skipped: no ${name} corpus under ${SHARED})`}`, () => {
      const problems = breaches(name, scoreCorpus(c!.dir).figures, floors);
      expect(problems, problems.join('\n')).toEqual([]);
    }, SCORING);
  }
});
