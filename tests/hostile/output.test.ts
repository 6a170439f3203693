/** Output safety: out-dir creation that cannot succeed, temp files, a stdout that fails. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { withBuilt } from '../helpers/build.js';
import { ROOT } from '../helpers/corpus.js';
import { article, run, tempTree } from '../cli/helpers.js';

const BIN = path.join(ROOT, 'bin/article-clean.js');

vi.setConfig({ testTimeout: 30_000 });

describe('--out-dir that cannot be created', () => {
  it('stops with one line when a parent is a file (ENOTDIR), whatever the number of inputs', async () => {
    const dir = tempTree({ 'a.txt': article('A'), 'b.txt': article('B'), 'file': 'x' });
    const r = await run(['--out-dir', 'file/sub', 'a.txt', 'b.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('article-clean: cannot create output directory file/sub: not a directory\n');
  });

  it.runIf(fs.existsSync('/proc/self'))('stops with one line under /proc (used to loop at 100% CPU)', async () => {
    const dir = tempTree({ 'a.txt': article('A') });
    const r = await run(['--out-dir', '/proc/article-clean-x/y', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^article-clean: cannot create output directory \/proc\/article-clean-x\/y: [^\n]+\n$/);
  });

  it.runIf(process.getuid?.() !== 0 && process.platform !== 'win32')('stops with one line on EACCES', async () => {
    const dir = tempTree({ 'a.txt': article('A') });
    fs.mkdirSync(path.join(dir, 'locked'), { mode: 0o500 });
    const r = await run(['--out-dir', 'locked/out', 'a.txt'], { cwd: dir });
    expect(r.stderr).toBe('article-clean: cannot create output directory locked/out: permission denied\n');
  });
});

describe('temp files', () => {
  it('leaves only outputs behind, and sweeps temp files of a run that died (kill -9)', async () => {
    const dir = tempTree({ 'a.txt': article('A'), 'out/.article-clean-tmp/.a.json.article-clean-999999999-1.tmp': '' });
    const r = await run(['-f', 'json', '--out-dir', 'out', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'out'))).toEqual(['a.json']);
  });

  it('keeps temp files of a run that is still alive', async () => {
    const live = `.a.json.article-clean-${process.ppid}-1.tmp`;
    const dir = tempTree({ 'b.txt': article('B'), [`out/.article-clean-tmp/${live}`]: '' });
    await run(['-f', 'json', '--out-dir', 'out', 'b.txt'], { cwd: dir });
    expect(fs.readdirSync(path.join(dir, 'out/.article-clean-tmp'))).toEqual([live]);
  });

  it('-o sweeps its hidden temp files beside the output', async () => {
    const dir = tempTree({ 'a.txt': article('A'), '.a.md.article-clean-999999999-3.tmp': 'half' });
    expect((await run(['-o', 'a.md', 'a.txt'], { cwd: dir })).code).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['a.md', 'a.txt']);
  });
});

describe('a stdout that fails', () => {
  it('is an error, exit 1, when writes fail with EBADF', async () => {
    const dir = tempTree({ 'a.txt': article('A') });
    const bad = new Writable({
      write(_c, _e, cb) {
        cb(Object.assign(new Error('bad file descriptor'), { code: 'EBADF' }));
      },
    });
    const r = await run(['a.txt'], { cwd: dir, stdout: bad });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^article-clean: cannot write output: /m);
  });

  it.runIf(fs.existsSync('/dev/full') && fs.existsSync(BIN))('is an error, exit 1, on a full device (ENOSPC)', () => {
    const dir = tempTree({ 'a.txt': article('A') });
    // withBuilt: dist/ fresh, and not rebuilt by another test file while this runs.
    const r = withBuilt(() => spawnSync('sh', ['-c', `node "${BIN}" a.txt > /dev/full`], { cwd: dir, encoding: 'utf8' }));
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('article-clean: cannot write output: no space left on device\n');
  });

  it.runIf(fs.existsSync(BIN))('a closed stdout (>&-) is an error, exit 1, and nothing is written', () => {
    const dir = tempTree({ 'a.txt': article('A') });
    const r = withBuilt(() => spawnSync('sh', ['-c', `node "${BIN}" a.txt >&-`], { cwd: dir, encoding: 'utf8' }));
    expect(r.status).toBe(process.platform === 'linux' ? 1 : 0);
    if (process.platform === 'linux') expect(r.stderr).toBe('article-clean: cannot write output: standard output is closed (to discard it, redirect to /dev/null)\n');
    expect(execFileSync('ls', [dir], { encoding: 'utf8' })).toBe('a.txt\n');
  });

  it.runIf(fs.existsSync(BIN))('output sent to /dev/null by the shell is fine: exit 0', () => {
    const dir = tempTree({ 'a.txt': article('A') });
    const r = withBuilt(() => spawnSync('sh', ['-c', `node "${BIN}" a.txt > /dev/null`], { cwd: dir, encoding: 'utf8' }));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });

  it.runIf(fs.existsSync(BIN))('--out-dir with a closed stdout still writes its files', () => {
    const dir = tempTree({ 'a.txt': article('A') });
    const r = withBuilt(() => spawnSync('sh', ['-c', `node "${BIN}" --out-dir out a.txt >&-`], { cwd: dir, encoding: 'utf8' }));
    expect(r.status).toBe(0);
    expect(execFileSync('ls', [path.join(dir, 'out')], { encoding: 'utf8' })).toBe('a.md\n');
  });
});
