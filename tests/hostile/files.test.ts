/**
 * Hostile inputs at the file level: things that are not regular files, endless streams,
 * limits, broken links in a directory walk. Each must give one clear line and let the rest
 * of the batch run; none may block.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { article, collector, jsonLines, run, tempTree } from '../cli/helpers.js';

const posix = process.platform !== 'win32';
const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

vi.setConfig({ testTimeout: 30_000 });

describe('files that are not regular files', () => {
  it.runIf(posix)('refuses a FIFO with no writer (never opens it) and goes on to the next file', async () => {
    const dir = tempTree({ 'good.txt': article('A good one') });
    mkfifo(path.join(dir, 'pipe.txt'));
    const r = await run(['-f', 'jsonl', 'pipe.txt', 'good.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('article-clean: pipe.txt: is a FIFO (named pipe), not a regular file; to read it, give - and redirect it to standard input\n');
    expect(jsonLines(r.stdout).map((a) => a.source.path)).toEqual(['good.txt']);
  });

  it.runIf(fs.existsSync('/dev/zero'))('refuses /dev/zero by name: a device is never read', async () => {
    const r = await run(['/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^article-clean: \/dev\/zero: is a device, not a regular file; /);
  });

  it('stops reading an endless stdin at --max-bytes', async () => {
    let sent = 0;
    const endless = new Readable({
      read() {
        sent += 65536;
        this.push(Buffer.alloc(65536, 0x61));
      },
    });
    const err = collector();
    const code = await main(['--max-bytes', '1M', '-'], { stdin: endless, stdout: collector().stream, stderr: err.stream });
    expect(code).toBe(1);
    expect(err.text()).toBe('article-clean: <stdin>: is larger than the 1 MB limit (--max-bytes); not read\n');
    expect(sent).toBeLessThan(4 * 1024 * 1024);
  });

  it('refuses a file over --max-bytes by its size, before reading it', async () => {
    const dir = tempTree({ 'big.txt': article('Big').repeat(100), 'small.txt': article('Small') });
    const r = await run(['-f', 'jsonl', '--max-bytes', '2k', 'big.txt', 'small.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^article-clean: big\.txt: is [\d.]+ KB, over the 2 KB limit \(--max-bytes\); not read\n$/);
    expect(jsonLines(r.stdout)).toHaveLength(1);
  });

  it('has a 50 MB default limit and rejects nonsense limits as usage errors', async () => {
    expect((await run(['--help'])).stdout).toMatch(/--max-bytes <size>[\s\S]*default: 50M[\s\S]*--timeout <time>[\s\S]*default: 30s/);
    expect((await run(['--max-bytes', 'lots', '-'], { stdin: 'x' })).code).toBe(2);
    expect((await run(['--timeout', 'soon', '-'], { stdin: 'x' })).code).toBe(2);
  });
});

describe('directory walk', () => {
  it.runIf(posix)('reports dangling and looping links and FIFOs it skips, one line each, and cleans the rest', async () => {
    const dir = tempTree({ 'd/good.txt': article('Kept'), 'd/notes.bin': 'not an input' });
    fs.symlinkSync('nowhere.txt', path.join(dir, 'd/dangling.txt'));
    fs.symlinkSync('loop.txt', path.join(dir, 'd/loop.txt'));
    mkfifo(path.join(dir, 'd/fifo.txt'));
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    fs.symlinkSync('../elsewhere', path.join(dir, 'd/linked.txt'));
    const r = await run(['-f', 'jsonl', 'd'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      'article-clean: d/dangling.txt: skipped: dangling symbolic link',
      'article-clean: d/fifo.txt: skipped: is a FIFO (named pipe), not a regular file',
      'article-clean: d/loop.txt: skipped: symbolic link loop',
      '',
    ]);
    expect(jsonLines(r.stdout).map((a) => a.source.path)).toEqual(['d/good.txt']);
  });
});

describe('--timeout', () => {
  it('reports an input that overran its budget as failed, and the batch goes on', async () => {
    const dir = tempTree({ 'slow.txt': article('Slow').repeat(400), 'fast.txt': article('Fast') });
    const r = await run(['-f', 'jsonl', '--timeout', '1ms', 'slow.txt', '--', 'fast.txt'], { cwd: dir });
    expect(r.stderr).toContain('article-clean: slow.txt: took longer than the 1 ms limit (--timeout)\n');
    expect(r.code).toBe(1);
  });

  it('is off with 0', async () => {
    const dir = tempTree({ 'a.txt': article('Any') });
    expect((await run(['--timeout', '0', 'a.txt'], { cwd: dir })).code).toBe(0);
  });
});
