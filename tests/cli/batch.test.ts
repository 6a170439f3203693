/**
 * Batches: the worker pool (--jobs), streams (--from jsonl, --split), --shard, progress and
 * the summary. Every run's output is compared with a plain one-job run of the same inputs:
 * each article is cleaned on its own evidence, so any split of a batch gives the same bytes.
 *
 * The runs whose subject is the pool say `-j 2`. The others (streams read as files, --shard,
 * progress) take `J`: in the fast profile one job, in-process, since each pool costs its
 * workers' start (most of a second of CPU; this file starts a dozen more without it); under
 * FULL=1 the default, one job per core, so on a multi-core machine they run in a pool too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBuilt } from '../helpers/build.js';
import { ownCases } from '../helpers/corpus.js';
import { FULL } from '../helpers/profile.js';
import type { Article } from '../../src/types.js';
import { article, jsonLines, run, tempTree } from './helpers.js';

const cases = ownCases().slice(0, 20);
const J = FULL ? [] : ['-j', '1'];
const files = Object.fromEntries(cases.map((c, i) => [`in/${String(i).padStart(2, '0')}-${c.name.split('/')[1]}.txt`, c.bytes]));
let cwd = '';
let single = '';

beforeAll(async () => {
  withBuilt(() => undefined); // the pool runs dist/cli/worker.js
  cwd = tempTree(files);
  single = (await run(['-f', 'jsonl', '-j', '1', 'in'], { cwd })).stdout;
}, 180_000);
afterAll(() => fs.rmSync(cwd, { recursive: true, force: true }));

const jsonlOf = (list: typeof cases) => `${list.map((c) => JSON.stringify({ id: c.name, text: c.bytes.toString('utf8') })).join('\n')}\n`;

describe('--jobs', { timeout: 120_000 }, () => {
  it('gives the same bytes, in input order, with two workers as in-process', async () => {
    expect(jsonLines(single)).toHaveLength(cases.length);
    const r = await run(['-f', 'jsonl', '-j', '2', 'in'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(single);
  }, 120_000);

  it('fails only the input that fails, in a pool too', async () => {
    const dir = tempTree({ ...files, 'in/05-binary.txt': new Uint8Array([0x41, 0, 0x42]) });
    const r = await run(['-f', 'jsonl', '-j', '2', 'in'], { cwd: dir });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('article-clean: in/05-binary.txt: looks like binary data\n');
    expect(r.stdout).toBe(single);
  }, 120_000);

  it('cleans feeds and HTML in the workers as in-process: one article per item, the same bytes and --out-dir names', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Pier Post</title>${['First boat', 'Second boat']
      .map((t, i) => `<item><title>${t}</title><guid>pier-${i}</guid><description>The story of ${t.toLowerCase()} goes on for a sentence or two.</description></item>`)
      .join('')}</channel></rss>`;
    const page = '<h1>A page</h1><p>Its only paragraph is this one, long enough to be prose.</p>';
    const dir = tempTree({ ...files, 'in/30-feed.xml': rss, 'in/31-page.html': page });
    const one = await run(['-f', 'jsonl', '-j', '1', 'in'], { cwd: dir });
    const two = await run(['-f', 'jsonl', '-j', '2', 'in'], { cwd: dir });
    const out = await run(['-f', 'json', '-j', '2', '--out-dir', 'out', 'in'], { cwd: dir });
    const names = fs.readdirSync(path.join(dir, 'out'));
    fs.rmSync(dir, { recursive: true, force: true });
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    expect(jsonLines(two.stdout).slice(-3).map((a) => [a.headline, a.source.format])).toEqual([
      ['First boat', 'rss'],
      ['Second boat', 'rss'],
      ['A page', 'html'],
    ]);
    expect(out.code).toBe(0);
    expect(names).toEqual(expect.arrayContaining(['30-feed-0.json', '30-feed-1.json', '31-page.json']));
  }, 120_000);

  it.each([['0'], ['two'], ['1.5']])('rejects --jobs %s as a usage error', async (n) => {
    const r = await run(['-j', n, 'in'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^article-clean: --jobs takes a whole number of at least 1/);
  });
});

describe('streams', { timeout: 120_000 }, () => {
  it('--from jsonl - streams stdin a line at a time, with the articles of the same lines read as a file', async () => {
    fs.writeFileSync(path.join(cwd, 'records.jsonl'), jsonlOf(cases));
    const file = jsonLines((await run(['--from', 'jsonl', '-f', 'jsonl', ...J, 'records.jsonl'], { cwd })).stdout) as unknown as Article[];
    const r = await run(['--from', 'jsonl', '-f', 'jsonl', '-j', '1', '-'], { cwd, stdin: jsonlOf(cases) });
    expect(r.stderr).toBe('');
    const got = jsonLines(r.stdout) as unknown as Article[];
    const texts = (list: Article[]) => list.map((a) => [a.headline, a.sections.map((s) => s.blocks.map((b) => b.text))]);
    expect(got).toHaveLength(cases.length);
    expect(texts(got)).toEqual(texts(file));
    expect(got[0].source.format).toBe('jsonl');
    expect((await run(['--from', 'jsonl', '-f', 'jsonl', '-j', '2', '-'], { cwd, stdin: jsonlOf(cases) })).stdout).toBe(r.stdout);
  });

  it('--from jsonl - maps title and author onto the article, and fails a bad line alone, by its record number', async () => {
    const lines = [
      JSON.stringify({ title: 'Council approves the new bridge', author: 'Jane Doe', text: 'The council voted on Tuesday to build the bridge.\n\nWork starts in May.' }),
      '{"text": "unterminated',
      JSON.stringify({ html: '<p>Only markup</p>' }),
    ];
    const r = await run(['--from', 'jsonl', '-f', 'jsonl', ...J], { cwd, stdin: `${lines.join('\n')}\n` });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('article-clean: <stdin>: record 2: is not a JSON object\n');
    expect(jsonLines(r.stdout)).toHaveLength(2);
    const [a] = jsonLines(r.stdout) as unknown as { headline: string; byline: { authors: string[] } }[];
    expect(a.headline).toBe('Council approves the new bridge');
    expect(a.byline.authors).toEqual(['Jane Doe']);
  });

  it('--split cuts a text dump at form feeds, or at lines matching a pattern, with the same results as separate inputs', async () => {
    const texts = cases.slice(0, 4).map((c) => c.bytes.toString('utf8'));
    const want = (await run(['-f', 'jsonl', ...Object.keys(files).slice(0, 4)], { cwd })).stdout.replaceAll(/"path":"[^"]*"/g, '"path":null');
    const ff = await run(['--split', '-f', 'jsonl', '-j', '2'], { cwd, stdin: texts.join('\f') });
    expect(ff.stderr).toBe('');
    expect(ff.stdout).toBe(want);
    const dashes = await run(['--split', '^-----$', '-f', 'jsonl', ...J], { cwd, stdin: texts.map((t) => `${t.trimEnd()}\n`).join('-----\n') });
    expect(jsonLines(dashes.stdout).map((a) => (a as unknown as { sections: unknown }).sections)).toEqual(
      jsonLines(want).map((a) => (a as unknown as { sections: unknown }).sections),
    );
  }, 120_000);

  it('rejects a bad --split pattern as a usage error', async () => {
    const r = await run(['--split', '(', '-f', 'jsonl'], { cwd, stdin: 'x' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^article-clean: --split: bad pattern/);
  });
});

describe('stateless batches and --shard', { timeout: 120_000 }, () => {
  it('gives the same bytes for each half run alone as for the whole batch', async () => {
    const names = Object.keys(files);
    const first = await run(['-f', 'jsonl', ...names.slice(0, 7)], { cwd });
    const second = await run(['-f', 'jsonl', ...names.slice(7)], { cwd });
    expect(first.stdout + second.stdout).toBe(single);
  });

  it('--shard k/n takes every n-th input from the k-th: disjoint shares that together are the batch', async () => {
    const lines = single.split('\n').slice(0, -1);
    const shares = await Promise.all([1, 2, 3].map(async (k) => (await run(['-f', 'jsonl', ...J, '--shard', `${k}/3`, 'in'], { cwd })).stdout));
    shares.forEach((share, i) => expect(share).toBe(lines.filter((_, j) => j % 3 === i).map((l) => `${l}\n`).join('')));
  }, 60_000);

  it.each([['0/3'], ['4/3'], ['1'], ['a/b']])('rejects --shard %s as a usage error', async (shard) => {
    const r = await run(['--shard', shard, 'in'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^article-clean: --shard takes k\/n/);
  });
});

describe('progress and summary', { timeout: 120_000 }, () => {
  const summary = /^\d[\d,]* articles? · (\d+ failed · )?\d+\.\d s · \d+\.\d+ MB\/s$/;

  it('prints nothing but errors when stderr is not a terminal, a summary line with --progress', { timeout: 60_000 }, async () => {
    expect((await run(['-f', 'jsonl', ...J, 'in'], { cwd })).stderr).toBe('');
    const r = await run(['-f', 'jsonl', ...J, '--progress', 'in', 'missing.txt'], { cwd });
    const last = r.stderr.trimEnd().split('\n').at(-1)!;
    expect(last).toMatch(summary);
    expect(last.startsWith(`${cases.length} articles · 1 failed · `)).toBe(true);
    expect(r.stderr).toContain('article-clean: missing.txt: no such file\n');
  });

  it('shows a bar with count, rate and ETA on a terminal, and --quiet turns it off', { timeout: 60_000 }, async () => {
    const r = await run(['-f', 'jsonl', ...J, 'in'], { cwd, stderrTTY: true });
    expect(r.stderr).toMatch(/\b\d{1,2}\/20 · \d+\/s · ETA /);
    // The bar clears its line (ESC [2K) before the summary is printed.
    expect(r.stderr.trimEnd().split('\x1b[2K').at(-1)).toMatch(summary);
    expect((await run(['-f', 'jsonl', ...J, '-q', 'in'], { cwd, stderrTTY: true })).stderr).toBe('');
  });

  it('--out-dir names the records of a JSON Lines file <name>-<index>', async () => {
    const dir = tempTree({ 'feed.jsonl': jsonlOf(cases.slice(0, 2)), 'a.txt': article('Alpha') });
    const r = await run(['--from', 'jsonl', '-f', 'json', ...J, '--out-dir', 'out', 'feed.jsonl'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['feed-0.json', 'feed-1.json']);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out/feed-1.json'), 'utf8')).source).toMatchObject({ path: 'feed.jsonl', item: 1, format: 'jsonl' });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
