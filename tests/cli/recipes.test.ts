/**
 * The README's recipe for more than one machine, run here on one: GNU parallel --pipe cuts a
 * JSON Lines stream into blocks, runs the built command on each, and keeps their order. The
 * tool is a stateless filter, so the result must be byte-identical to one run over the whole.
 * Each block is one start of the command: the fast profile streams 15 records (3 blocks),
 * FULL=1 every labelled case of the project's fixtures.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBuilt } from '../helpers/build.js';
import { ownCases } from '../helpers/corpus.js';
import { bySize } from '../helpers/profile.js';
import { ROOT } from '../helpers/shared.js';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasParallel) console.warn('note: GNU parallel is not installed (Debian package `parallel`): skipping the GNU parallel recipe test');

const bin = path.join(ROOT, 'bin/article-clean.js');
let dir = '';
const cases = ownCases().slice(0, bySize(15, undefined));

beforeAll(() => {
  withBuilt(() => undefined);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-clean-recipe-'));
  const lines = cases.map((c) => JSON.stringify({ id: c.name, text: c.bytes.toString('utf8') }));
  fs.writeFileSync(path.join(dir, 'in.jsonl'), `${lines.join('\n')}\n`);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sh = (script: string) => spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 300_000 });

describe.skipIf(!hasParallel)('the GNU parallel recipe', () => {
  it('gives the same bytes as one run over the whole stream', () => {
    const one = sh(`"${process.execPath}" "${bin}" --from jsonl -f jsonl -j 1 < in.jsonl`);
    expect(one.stderr).toBe('');
    expect(one.stdout.split('\n').length - 1).toBe(cases.length);
    // As in the README, with `-S host1,host2` left out: blocks of 5 records, 2 at a time, in order.
    const par = sh(`parallel --pipe -N 5 -k -j 2 "${process.execPath}" "${bin}" --from jsonl -f jsonl -j 1 < in.jsonl`);
    expect(par.stderr).toBe('');
    expect(par.status).toBe(0);
    expect(par.stdout).toBe(one.stdout);
  }, 300_000);
});
