/**
 * The built command, spawned as users and the scorer run it: `node bin/article-clean.js`.
 * Builds dist/ first if it is missing or older than src/ (npm install / npm ci build it
 * through `prepare`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { withBuilt } from '../helpers/build.js';
import { validateArticle as validate } from '../helpers/schema.js';
import { SHARED as shared, withoutShared } from '../helpers/shared.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/article-clean.js');
const seed = path.join(shared, 'corpus/seed/input.txt');
const noSeed = withoutShared('the built CLI on the seed article (needs ../shared/corpus/seed)');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input: input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => withBuilt(() => undefined), 180_000);

describe('bin/article-clean.js (built)', () => {
  it.skipIf(noSeed)('-f jsonl on the seed article prints one schema-valid line', () => {
    const r = cli(['-f', 'jsonl', seed]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const lines = r.stdout.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1);
    const article = JSON.parse(lines[0]);
    expect(article.source.path).toBe(seed);
    expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
  });

  it('prints the version baked in at build time', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('reads stdin and exits 2 on a usage error', () => {
    const piped = cli(['-f', 'jsonl'], 'A headline\n\nA paragraph of body text that says something.\n');
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).source.path).toBe(null);
    const bad = cli(['-f', 'yaml', 'x.txt']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('stays quiet when the reader of stdout goes away (| head)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-clean-bin-'));
    try {
      const para = 'A long paragraph of article text that goes on for a while to make the output big. '.repeat(20);
      for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(dir, `a${String(i).padStart(3, '0')}.txt`), `Headline ${i}\n\n${para}\n\n${para}\n`);
      const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" -f jsonl "${dir}" 2>"${dir}/err.log" | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(r.stdout.trim()).toBe('0');
      expect(fs.readFileSync(path.join(dir, 'err.log'), 'utf8')).toBe('');
      // Help is written before any input is read: it too must not crash on a closed pipe
      // (`| true` exits before node has started, so the write always gets EPIPE).
      const help = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" --help 2>"${dir}/err.log" | true; echo "\${PIPESTATUS[0]}"`], {
        encoding: 'utf8',
      });
      expect(help.stdout.trim()).toBe('0');
      expect(fs.readFileSync(path.join(dir, 'err.log'), 'utf8')).toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('tells the user to build when dist/ is missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-clean-nodist-'));
    try {
      fs.mkdirSync(path.join(dir, 'bin'));
      fs.copyFileSync(bin, path.join(dir, 'bin/article-clean.js'));
      const r = spawnSync(process.execPath, [path.join(dir, 'bin/article-clean.js'), 'x.txt'], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^article-clean: .*npm install.*\n$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads only the exporter chunk the format needs (an HTML run never loads Markdown code)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-clean-load-'));
    try {
      // A module loader hook that logs every dist/ file Node loads.
      fs.writeFileSync(path.join(dir, 'hooks.mjs'), "export async function load(url, ctx, next) { if (url.includes('/dist/')) process.stderr.write('LOADED ' + url + '\\n'); return next(url, ctx); }\n");
      fs.writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(new URL(`file://${path.join(dir, 'hooks.mjs')}`).href)});\n`);
      fs.writeFileSync(path.join(dir, 'a.txt'), 'A headline\n\nA paragraph of body text that says something.\n');
      const loaded = (format: string): string[] => {
        // The ES module build (the code-cached CommonJS file is one file: the hook would see nothing).
        const env = { ...process.env, ARTICLE_CLEAN_NO_CODE_CACHE: '1' };
        const r = spawnSync(process.execPath, ['--import', path.join(dir, 'register.mjs'), bin, '-f', format, path.join(dir, 'a.txt')], { encoding: 'utf8', env });
        expect(r.status).toBe(0);
        return r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).map((l) => path.basename(l));
      };
      const html = loaded('html');
      expect(html.some((f) => f.startsWith('html-'))).toBe(true);
      expect(html.some((f) => f.startsWith('markdown-'))).toBe(false);
      const md = loaded('markdown');
      expect(md.some((f) => f.startsWith('markdown-'))).toBe(true);
      expect(md.some((f) => f.startsWith('html-'))).toBe(false);
      const jsonl = loaded('jsonl');
      expect(jsonl.some((f) => f.startsWith('markdown-') || f.startsWith('html-'))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('gives the same output through the code-cached build, with or without a cache, and writes a missing cache', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-clean-cache-'));
    try {
      // A copy of bin/ and dist/cli/, so the test never touches the cache other runs use.
      fs.mkdirSync(path.join(dir, 'bin'));
      fs.copyFileSync(bin, path.join(dir, 'bin/article-clean.js'));
      fs.cpSync(path.join(root, 'dist/cli'), path.join(dir, 'dist/cli'), { recursive: true });
      fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
      const cache = path.join(dir, 'dist/cli/main.cache');
      expect(fs.existsSync(cache)).toBe(true); // written by the build
      fs.rmSync(cache);
      const input = path.join(root, 'fixtures/heldout/ho-02-substack-wrapped/input.txt');
      const run = (env: Record<string, string>) =>
        spawnSync(process.execPath, [path.join(dir, 'bin/article-clean.js'), '-f', 'jsonl', input], { encoding: 'utf8', env: { ...process.env, ...env } });
      const esm = run({ ARTICLE_CLEAN_NO_CODE_CACHE: '1' });
      expect(esm.status).toBe(0);
      expect(fs.existsSync(cache)).toBe(false);
      const cold = run({ ARTICLE_CLEAN_NO_CODE_CACHE: '' });
      expect(fs.existsSync(cache)).toBe(true);
      const warm = run({ ARTICLE_CLEAN_NO_CODE_CACHE: '' });
      for (const r of [cold, warm]) {
        expect(r.status).toBe(0);
        expect(r.stderr).toBe(esm.stderr);
        expect(r.stdout).toBe(esm.stdout);
      }
      // A cache V8 cannot use (another Node, a damaged file) is ignored and rewritten.
      fs.writeFileSync(cache, 'not a code cache');
      const damaged = run({ ARTICLE_CLEAN_NO_CODE_CACHE: '' });
      expect(damaged.stdout).toBe(esm.stdout);
      expect(fs.statSync(cache).size).toBeGreaterThan(1000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
