import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { article, jsonLines, run, tempTree } from './helpers.js';

const PKG = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

const dirs: string[] = [];
function tree(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempTree(files);
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Exactly these lines on stderr, nothing else. */
function stderrLines(stderr: string): string[] {
  expect(stderr.endsWith('\n') || stderr === '').toBe(true);
  return stderr === '' ? [] : stderr.slice(0, -1).split('\n');
}

describe('inputs and order', () => {
  it('prints one JSON line per input, in input order, expanding a directory recursively and sorted', async () => {
    const cwd = tree({
      'dumps/b.txt': article('Second in the folder'),
      'dumps/a.txt': article('First in the folder'),
      'dumps/sub/c.md': article('Third, in a subfolder'),
      'dumps/d.text': article('Fourth, .text'),
      'dumps/skip.json': '{"not": "an article"}',
      'dumps/.hidden.txt': article('Hidden'),
      'one.txt': article('Given first'),
      'two.txt': article('Given last'),
    });
    const r = await run(['-f', 'jsonl', 'one.txt', 'dumps', 'two.txt'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.source.path)).toEqual([
      'one.txt',
      path.join('dumps', 'a.txt'),
      path.join('dumps', 'b.txt'),
      path.join('dumps', 'd.text'),
      path.join('dumps', 'sub', 'c.md'),
      'two.txt',
    ]);
    for (const l of lines) expect(l.schemaVersion).toBe(1);
  });

  it('reports a missing file as one line, still prints the others, and exits 1', async () => {
    const cwd = tree({ 'a.txt': article('Alpha'), 'b.txt': article('Beta') });
    const r = await run(['-f', 'jsonl', 'a.txt', 'missing.txt', 'b.txt'], { cwd });
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)).toEqual(['article-clean: missing.txt: no such file']);
    expect(jsonLines(r.stdout).map((l) => l.source.path)).toEqual(['a.txt', 'b.txt']);
  });

  it('rejects empty input, binary data and a directory without articles, one line each', async () => {
    const cwd = tree({
      'empty.txt': '',
      'blank.txt': ' \n\n\t\n',
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
      'nothing/readme.json': '{}',
      'ok.txt': article('Still fine'),
    });
    const r = await run(['-f', 'jsonl', 'empty.txt', 'blank.txt', 'binary.txt', 'nothing', 'ok.txt'], { cwd });
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)).toEqual([
      'article-clean: empty.txt: is empty',
      'article-clean: blank.txt: is empty',
      'article-clean: binary.txt: looks like binary data',
      'article-clean: nothing: is a directory with no .txt, .text or .md files',
    ]);
    expect(jsonLines(r.stdout).map((l) => l.source.path)).toEqual(['ok.txt']);
  });

  it('expands a quoted glob, sorted, and treats a glob matching nothing as an input error', async () => {
    const cwd = tree({
      'feeds/z/2.txt': article('Z two'),
      'feeds/a/1.txt': article('A one'),
      'feeds/a/notes.md': article('Not matched by *.txt'),
      'feeds/top.txt': article('Top'),
    });
    const r = await run(['-f', 'jsonl', 'feeds/**/*.txt', 'nope/*.txt'], { cwd });
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)).toEqual(['article-clean: nope/*.txt: no files match this pattern']);
    expect(jsonLines(r.stdout).map((l) => l.source.path)).toEqual(['feeds/a/1.txt', 'feeds/top.txt', 'feeds/z/2.txt']);
  });

  it('reads stdin for "-" and records its path as null', async () => {
    const cwd = tree({ 'a.txt': article('From a file') });
    const r = await run(['-f', 'jsonl', 'a.txt', '-'], { cwd, stdin: article('From stdin') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((l) => l.source.path)).toEqual(['a.txt', null]);
  });

  it('reads piped stdin when no inputs are given', async () => {
    const r = await run(['-f', 'jsonl'], { stdin: article('Piped') });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((l) => l.source.path)).toEqual([null]);
  });

  it('reports empty stdin as an input error', async () => {
    const r = await run(['-f', 'jsonl'], { stdin: '' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(stderrLines(r.stderr)).toEqual(['article-clean: <stdin>: is empty']);
  });

  it('prints help to stderr and exits 2 when there are no inputs and stdin is a terminal', async () => {
    const r = await run([], { stdin: 'tty' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: article-clean');
  });
});

describe('formats on stdout', () => {
  it('-f json prints the same object as the library pretty JSON, one per input, each followed by a newline', async () => {
    const cwd = tree({ 'a.txt': article('Alpha'), 'b.txt': article('Beta') });
    const a = await run(['-f', 'json', 'a.txt'], { cwd });
    const b = await run(['-f', 'json', 'b.txt'], { cwd });
    const both = await run(['-f', 'json', 'a.txt', 'b.txt'], { cwd });
    expect(a.stdout.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
    expect(a.stdout.endsWith('}\n')).toBe(true);
    expect(JSON.parse(a.stdout).source.path).toBe('a.txt');
    expect(both.stdout).toBe(a.stdout + b.stdout);
    expect(both.code).toBe(0);
  });

  it('markdown (the default) separates documents with one blank line', async () => {
    const cwd = tree({ 'a.txt': article('Alpha'), 'b.txt': article('Beta') });
    const a = await run(['a.txt'], { cwd });
    const b = await run(['b.txt'], { cwd });
    const both = await run(['a.txt', 'b.txt'], { cwd });
    expect(a.code).toBe(0);
    expect(a.stdout.endsWith('\n')).toBe(true);
    expect(a.stdout.endsWith('\n\n')).toBe(false);
    expect(both.stdout).toBe(`${a.stdout}\n${b.stdout}`);
  });

  it('--no-front-matter and --fragment reach the exporters', async () => {
    const cwd = tree({ 'a.txt': article('Alpha') });
    const md = await run(['a.txt'], { cwd });
    const bare = await run(['--no-front-matter', 'a.txt'], { cwd });
    expect(bare.code).toBe(0);
    expect(bare.stdout).not.toBe(md.stdout);
    expect(bare.stdout.startsWith('---\n')).toBe(false);

    const doc = await run(['-f', 'html', 'a.txt'], { cwd });
    const fragment = await run(['-f', 'html', '--fragment', 'a.txt'], { cwd });
    expect(doc.stdout.toLowerCase()).toContain('<html');
    expect(fragment.stdout.toLowerCase()).not.toContain('<html');
    expect(fragment.stdout).toContain('<article');
    expect(doc.stdout).toContain(fragment.stdout.trim());
  });

  it('stops quietly when stdout is closed (EPIPE)', async () => {
    const cwd = tree({ 'a.txt': article('Alpha'), 'b.txt': article('Beta'), 'c.txt': article('Gamma') });
    let writes = 0;
    const closed = new Writable({
      write(_chunk, _enc, cb) {
        writes++;
        cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const r = await run(['-f', 'jsonl', 'a.txt', 'b.txt', 'c.txt'], { cwd, stdout: closed });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(writes).toBe(1);
  });
});

describe('usage errors exit 2 with one line', () => {
  it.each([
    [['-f', 'xml', 'a.txt'], /^article-clean: .*xml.*\n$/],
    [['--bogus', 'a.txt'], /^article-clean: unknown option '--bogus'.*\n$/],
    [['-o', 'out.md', 'a.txt', 'b.txt'], /^article-clean: -o\/--output takes exactly one input.*\n$/],
    [['-o', 'out.md', 'dir'], /^article-clean: -o\/--output takes exactly one input, but dir expands to 2 files.*\n$/],
    [['-o', 'out.md', '--out-dir', 'o', 'a.txt'], /^article-clean: use either -o\/--output or --out-dir.*\n$/],
  ])('%j', async (argv, message) => {
    const cwd = tree({ 'a.txt': article('Alpha'), 'b.txt': article('Beta'), 'dir/1.txt': article('One'), 'dir/2.txt': article('Two') });
    const r = await run(argv, { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(stderrLines(r.stderr)).toHaveLength(1);
    expect(fs.existsSync(path.join(cwd, 'out.md'))).toBe(false);
    expect(fs.existsSync(path.join(cwd, 'o'))).toBe(false);
  });
});

describe('-o and --out-dir', () => {
  it('-o writes the single input’s document to the file and nothing to stdout', async () => {
    const cwd = tree({ 'a.txt': article('Alpha') });
    const expected = (await run(['-f', 'json', 'a.txt'], { cwd })).stdout;
    const r = await run(['-f', 'json', '-o', 'out/a.json', 'a.txt'], { cwd });
    // The parent of -o must exist: it is a file path, not a directory to create.
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)).toEqual(['article-clean: a.txt: cannot write out/a.json: no such directory']);
    const ok = await run(['-f', 'json', '-o', 'a.json', 'a.txt'], { cwd });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    expect(fs.readFileSync(path.join(cwd, 'a.json'), 'utf8')).toBe(expected);
  });

  it('--out-dir creates the directory and writes <basename>.<ext> per input, same text as stdout', async () => {
    const cwd = tree({ 'dumps/a.txt': article('Alpha'), 'dumps/deep/b.md': article('Beta'), 'c.text': article('Gamma') });
    const r = await run(['-f', 'json', '--out-dir', 'clean/json', 'dumps', 'c.text'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const outDir = path.join(cwd, 'clean/json');
    expect(fs.readdirSync(outDir).sort()).toEqual(['a.json', 'b.json', 'c.json']);
    const single = await run(['-f', 'json', 'dumps/deep/b.md'], { cwd });
    expect(fs.readFileSync(path.join(outDir, 'b.json'), 'utf8')).toBe(single.stdout);

    for (const [format, ext] of [['jsonl', '.jsonl'], ['markdown', '.md'], ['html', '.html']] as const) {
      const r2 = await run(['-f', format, '--out-dir', `clean/${format}`, 'c.text'], { cwd });
      expect(r2.code).toBe(0);
      expect(fs.readdirSync(path.join(cwd, 'clean', format))).toEqual([`c${ext}`]);
    }
  });

  it('refuses to overwrite an existing output without --force (exit 1), replaces it with --force', async () => {
    const cwd = tree({ 'a.txt': article('Alpha'), 'b.txt': article('Beta'), 'out/a.md': 'KEEP ME\n' });
    const r = await run(['--out-dir', 'out', 'a.txt', 'b.txt'], { cwd });
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)).toEqual([
      `article-clean: a.txt: output ${path.join('out', 'a.md')} already exists (use --force to overwrite)`,
    ]);
    expect(fs.readFileSync(path.join(cwd, 'out/a.md'), 'utf8')).toBe('KEEP ME\n');
    expect(fs.existsSync(path.join(cwd, 'out/b.md'))).toBe(true);

    const forced = await run(['--out-dir', 'out', '--force', 'a.txt', 'b.txt'], { cwd });
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'out/a.md'), 'utf8')).toBe((await run(['a.txt'], { cwd })).stdout);
    // Atomic writes leave no temp files behind.
    expect(fs.readdirSync(path.join(cwd, 'out')).sort()).toEqual(['a.md', 'b.md']);
  });

  it('never writes over an input file, even with --force', async () => {
    const original = article('Notes kept as markdown');
    const cwd = tree({ 'notes/a.md': original, 'notes/b.txt': article('Other') });
    const r = await run(['--out-dir', 'notes', '--force', 'notes'], { cwd });
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)).toEqual([
      `article-clean: ${path.join('notes', 'a.md')}: output ${path.join('notes', 'a.md')} is an input file; not overwriting it`,
    ]);
    expect(fs.readFileSync(path.join(cwd, 'notes/a.md'), 'utf8')).toBe(original);
    expect(fs.existsSync(path.join(cwd, 'notes/b.md'))).toBe(true);

    const o = await run(['-o', 'notes/a.md', 'notes/a.md'], { cwd });
    expect(o.code).toBe(1);
    expect(o.stderr).toMatch(/is an input file/);
    expect(fs.readFileSync(path.join(cwd, 'notes/a.md'), 'utf8')).toBe(original);
  });

  it('names inputs whose basenames collide by their path from the common folder, so none overwrites another', async () => {
    const cwd = tree({ 'x/input.txt': article('From x'), 'y/input.txt': article('From y'), 'y/other.txt': article('Other') });
    const r = await run(['-f', 'jsonl', '--out-dir', 'out', 'x/input.txt', 'y'], { cwd });
    expect(r.stderr).toBe('');
    expect(fs.readdirSync(path.join(cwd, 'out')).sort()).toEqual(['other.jsonl', 'x__input.jsonl', 'y__input.jsonl']);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'out/y__input.jsonl'), 'utf8')).source.path).toBe('y/input.txt');
  });

  it('--keep-dirs mirrors the input tree under --out-dir', async () => {
    const cwd = tree({ 'in/x/input.txt': article('From x'), 'in/y/deep/input.txt': article('From y') });
    const r = await run(['-f', 'json', '--out-dir', 'out', '--keep-dirs', 'in'], { cwd });
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(cwd, 'out/x/input.json'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'out/y/deep/input.json'), 'utf8')).source.path).toBe('in/y/deep/input.txt');
  });
});

describe('--version and --help', () => {
  it('--version prints the package version', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await run([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${PKG.version}\n`);
    }
  });

  it('--help prints usage with an Examples section to stdout and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Usage: article-clean [options] [inputs...]');
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain("article-clean -f jsonl 'feeds/**/*.txt' > out.jsonl");
    expect(r.stdout).toContain('--out-dir');
  });
});
