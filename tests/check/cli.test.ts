/** The `check` subcommand in-process: inputs, options and exit codes (0 / 1 / 2, as ESLint). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempTree } from '../cli/helpers.js';

const CLEAN = '---\ntitle: Harbour wall to be rebuilt\nauthors: [Ana Ruiz]\ndate: "2024-03-02"\n---\n\nThe town council voted on Tuesday to rebuild the harbour wall, which was breached twice during the storms of last winter and has been closed to walkers since January. Work starts in May and should take two years, and the council will pay for most of it from its reserves.\n';
const WARN_ONLY = CLEAN.replace('authors: [Ana Ruiz]\n', '');
const ERROR = CLEAN.replace('rebuild the harbour', 'rebuild the cafÃ© harbour');

describe('check: exit codes', { timeout: 60_000 }, () => {
  it('0 for clean inputs, with nothing printed', async () => {
    const dir = tempTree({ 'a.md': CLEAN });
    expect(await run(['check', 'a.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  it('0 for warnings only; 1 with --max-warnings below their number; 0 at it', async () => {
    const dir = tempTree({ 'a.md': WARN_ONLY });
    const r = await run(['check', 'a.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1:1\s+warning\s+No byline: no author is named\s+missing-byline\s+article-clean/);
    const over = await run(['check', '--max-warnings', '0', 'a.md'], { cwd: dir });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('article-clean: too many warnings (1; the maximum is 0)\n');
    expect((await run(['check', '--max-warnings', '1', 'a.md'], { cwd: dir })).code).toBe(0);
  });
  it('1 for errors', async () => {
    const dir = tempTree({ 'a.md': ERROR });
    const r = await run(['check', 'a.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('mojibake');
  });
  it('2 for a missing input (the others are still checked and reported)', async () => {
    const dir = tempTree({ 'a.md': ERROR });
    const r = await run(['check', '--reporter', 'json', 'nope.md', 'a.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('article-clean: nope.md: no such file\n');
    expect(r.stdout).toBe('');
  });
  it('2 for binary input, and for bad usage', async () => {
    // Mostly control bytes: binary (a stray NUL in text is dropped with a warning instead).
    const dir = tempTree({ 'b.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0), 0x41, 0x42]) });
    expect(await run(['check', 'b.txt'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'article-clean: b.txt: looks like binary data (a PNG image)\n' });
    expect(await run(['check', '--max-warnings', 'many', 'b.txt'], { cwd: dir })).toMatchObject({ code: 2, stderr: "article-clean: --max-warnings takes a whole number, got 'many'\n" });
    expect((await run(['check', '--reporter', 'xml', 'b.txt'], { cwd: dir })).code).toBe(2);
    expect((await run(['check'], { cwd: dir, stdin: 'tty' })).code).toBe(2);
  });
});

describe('check: options', { timeout: 60_000 }, () => {
  it('--quiet reports errors only', async () => {
    const dir = tempTree({ 'a.md': ERROR.replace('authors: [Ana Ruiz]\n', '') });
    const loud = JSON.parse((await run(['check', '--reporter', 'json', 'a.md'], { cwd: dir })).stdout);
    const quiet = JSON.parse((await run(['check', '--reporter', 'json', '--quiet', 'a.md'], { cwd: dir })).stdout);
    expect(loud[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['article-clean:missing-byline', 'article-clean:mojibake']);
    expect(quiet[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['article-clean:mojibake']);
  });
  it('-o/--output-file writes the report to a file and nothing to stdout', async () => {
    const dir = tempTree({ 'a.md': ERROR });
    const r = await run(['check', '--reporter', 'sarif', '-o', 'report.sarif', 'a.md'], { cwd: dir });
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.sarif'), 'utf8')).runs[0].results).toHaveLength(1);
    const bad = await run(['check', '-o', 'no/such/dir/r.txt', 'a.md'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^article-clean: no\/such\/dir\/r.txt: cannot write the report: /);
  });
  it('reads standard input as text', async () => {
    const r = await run(['check', '--reporter', 'json', '-'], { stdin: 'Harbour wall\n\nBy Ana Ruiz\n\nThe cafÃ© is closed.\n' });
    const [result] = JSON.parse(r.stdout);
    expect(result.filePath).toBe('<stdin>');
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('article-clean:mojibake');
  });
  it('expands directories to .txt, .md, .json and .jsonl files, and skips JSON that is no export', async () => {
    const dir = tempTree({ 'a/x.md': CLEAN, 'a/y.txt': 'Title\n\nBody.\n', 'a/package.json': '{"name":"x"}', 'a/label.json': '{"sections":[{"paragraphs":["x"]}]}', 'a/z.css': 'p{}' });
    const r = await run(['check', '--reporter', 'json', 'a'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => path.basename(f.filePath))).toEqual(['x.md', 'y.txt']);
    // Named explicitly, a JSON file that is no export is an error in the report.
    const named = await run(['check', '--reporter', 'json', 'a/package.json'], { cwd: dir });
    expect(named.code).toBe(1);
    expect(JSON.parse(named.stdout)[0].messages[0]).toMatchObject({ ruleId: 'article-clean:parse', line: 1 });
  });
  it('reports front matter that is not YAML at its line as a parse error', async () => {
    const dir = tempTree({ 'a.md': '---\ntitle: [unclosed\n---\n\nThe council voted on Tuesday.\n' });
    const [result] = JSON.parse((await run(['check', '--reporter', 'json', 'a.md'], { cwd: dir })).stdout);
    expect(result.messages.filter((m: { ruleId: string }) => m.ruleId === 'article-clean:parse')).toMatchObject([{ severity: 2, line: 2 }]);
  });
  it('reports malformed JSON at its line as a parse error', async () => {
    const dir = tempTree({ 'x.json': '{\n  "headline": "A",\n  "sections": [,]\n}\n' });
    const [result] = JSON.parse((await run(['check', '--reporter', 'json', 'x.json'], { cwd: dir })).stdout);
    expect(result.messages).toMatchObject([{ ruleId: 'article-clean:parse', severity: 2, line: 3 }]);
  });
  it('leaves the main command alone: its options and inputs work as before', async () => {
    const dir = tempTree({ 'a.txt': 'Harbour wall\n\nThe council voted on Tuesday.\n' });
    const r = await run(['-f', 'json', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).headline).toBe('Harbour wall');
    expect((await run(['a.txt', '-f', 'jsonl'], { cwd: dir })).stdout.split('\n')).toHaveLength(2);
  });
});
