/** What a new user types without reading the help: each guess gets the expected exit status and message. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { article, jsonLines, run, tempTree } from './helpers.js';

const PKG = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const dirs: string[] = [];
function tree(files: Record<string, string> = {}): string {
  const dir = tempTree(files);
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const input = { 'a.txt': article('Alpha and the first story') };

describe('format names', () => {
  it.each([
    ['md', 'markdown'],
    ['MD', 'markdown'],
    ['Markdown', 'markdown'],
    ['htm', 'html'],
    ['HTML', 'html'],
    ['JSON', 'json'],
    ['ndjson', 'jsonl'],
  ])('-f %s is -f %s', async (given, canonical) => {
    const cwd = tree(input);
    const expected = await run(['-f', canonical, 'a.txt'], { cwd });
    const r = await run(['-f', given, 'a.txt'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expected.stdout);
    expect(r.stdout.length).toBeGreaterThan(0);
  });

  it('an unknown format is a usage error naming the accepted ones', async () => {
    const r = await run(['-f', 'xml', 'a.txt'], { cwd: tree(input) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "article-clean: option '-f, --format <format>' argument 'xml' is invalid. Use json, jsonl, markdown (or md) or html (or htm).\n",
    );
  });
});

describe('help, version and suggestions', () => {
  it('`help` prints the help to stdout and exits 0, reading no file', async () => {
    const cwd = tree({ help: article('A file that happens to be called help') });
    const r = await run(['help'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Usage: article-clean [options] [inputs...]');
    expect(r.stdout).not.toContain('happens to be called help');
    const file = await run(['./help'], { cwd });
    expect(file.code).toBe(0);
    expect(file.stdout).toContain('happens to be called help');
  });

  it.each(['-v', '--version', '-V'])('%s prints the version', async (flag) => {
    const r = await run([flag]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${PKG.version}\n`);
  });

  it.each([
    ['--outdir', '--out-dir'],
    ['--fromat', '--format'],
    ['--fragmnet', '--fragment'],
  ])('%s is unknown, and the message suggests %s', async (typo, suggestion) => {
    const r = await run([typo, 'x', 'a.txt'], { cwd: tree(input) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`article-clean: unknown option '${typo}' (Did you mean ${suggestion}?)\n`);
  });
});

describe('options that do not apply to the chosen format', () => {
  it.each([
    [['--fragment'], 'markdown', 'article-clean: warning: --fragment ignored: applies to -f html only, not markdown'],
    [['--no-front-matter'], 'json', 'article-clean: warning: --no-front-matter ignored: applies to -f markdown only, not json'],
    [['--no-css'], 'jsonl', 'article-clean: warning: --no-css ignored: applies to -f html only, not jsonl'],
    [
      ['--with-boilerplate'],
      'json',
      'article-clean: warning: --with-boilerplate ignored: applies to -f html only, not json (the JSON always lists the boilerplate)',
    ],
    [['--fragment', '--css', 'missing.css'], 'html', 'article-clean: warning: --css ignored: a --fragment has no stylesheet'],
  ])('%j with -f %s: one warning, the same output, exit 0', async (extra, format, warning) => {
    const cwd = tree(input);
    // The same run without the ignored option (the last case keeps the --fragment that makes --css moot).
    const plain = await run(['-f', format, ...(format === 'html' ? ['--fragment'] : []), 'a.txt'], { cwd });
    const r = await run(['-f', format, ...extra, 'a.txt'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`${warning}\n`);
    expect(r.stdout).toBe(plain.stdout);
  });

  it('says nothing when the options fit the format', async () => {
    const r = await run(['-f', 'html', '--fragment', '--with-boilerplate', 'a.txt'], { cwd: tree(input) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('--css, --no-css, --with-boilerplate', () => {
  it('--css FILE replaces the built-in stylesheet; --no-css leaves it out', async () => {
    const cwd = tree({ ...input, 'house.css': 'body { font-family: serif; }\n' });
    const custom = await run(['-f', 'html', '--css', 'house.css', 'a.txt'], { cwd });
    expect(custom.code).toBe(0);
    expect(custom.stdout).toContain('<style>\nbody { font-family: serif; }\n</style>');
    expect(custom.stdout.match(/<style>/g)).toHaveLength(1);
    const none = await run(['-f', 'html', '--no-css', 'a.txt'], { cwd });
    expect(none.code).toBe(0);
    expect(none.stdout).not.toContain('<style');
    const builtIn = await run(['-f', 'html', 'a.txt'], { cwd });
    expect(builtIn.stdout).toContain('prefers-color-scheme');
  });

  it('a --css file that cannot be read is a usage error before any output', async () => {
    const r = await run(['-f', 'html', '--css', 'missing.css', 'a.txt'], { cwd: tree(input) });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('article-clean: --css missing.css: no such file\n');
  });

  it('--with-boilerplate lists what was removed after the article', async () => {
    const cwd = tree({ 'a.txt': `${article('Alpha and the first story')}\nContinue Reading…\n` });
    const r = await run(['-f', 'html', '--with-boilerplate', 'a.txt'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/<\/article>\n<aside class="boilerplate">[\s\S]*Continue Reading…[\s\S]*<\/aside>/);
  });
});

describe("a folder's own README, CHANGELOG and LICENSE", () => {
  const files = {
    'dumps/README.md': '# About these dumps\n\nThey were collected by hand.\n',
    'dumps/CHANGELOG.md': '# Changes\n\n- added b\n',
    'dumps/sub/LICENSE.txt': 'MIT License\n\nPermission is hereby granted.\n',
    'dumps/a.txt': article('First in the folder'),
    'dumps/sub/b.txt': article('Second in a subfolder'),
  };

  it('are skipped when a directory is expanded', async () => {
    const r = await run(['-f', 'jsonl', 'dumps'], { cwd: tree(files) });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(jsonLines(r.stdout).map((l) => l.source.path)).toEqual([path.join('dumps', 'a.txt'), path.join('dumps', 'sub', 'b.txt')]);
  });

  it('are read when named explicitly', async () => {
    const r = await run(['-f', 'jsonl', 'dumps/README.md'], { cwd: tree(files) });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((l) => l.source.path)).toEqual(['dumps/README.md']);
  });

  it('a directory holding nothing else is an input error that says why', async () => {
    const r = await run(['-f', 'jsonl', 'notes'], { cwd: tree({ 'notes/README.md': '# Notes\n\nNothing here.\n' }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'article-clean: notes: is a directory with no .txt, .text or .md files but README, CHANGELOG or LICENSE files, which are skipped unless named\n',
    );
  });
});
