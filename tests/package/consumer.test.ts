/**
 * The package as a consumer gets it: `npm pack`, installed into a scratch ESM TypeScript
 * project in a temp dir, and a file that uses every public export compiled under --strict
 * without skipLibCheck, then run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withBuilt } from '../helpers/build.js';
import { ROOT } from '../helpers/shared.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const source = path.join(ROOT, 'tests/package/consumer/index.ts');
let scratch = '';
let project = '';

function sh(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'article-clean-consumer-'));
  // --ignore-scripts: withBuilt has built dist/ if it was stale.
  const packed = withBuilt(() => sh(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], ROOT));
  const [{ filename }] = JSON.parse(packed) as { filename: string }[];
  project = path.join(scratch, 'consumer');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  fs.writeFileSync(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, resolveJsonModule: true, outDir: 'out', types: [] },
      files: ['index.ts'],
    }),
  );
  fs.copyFileSync(source, path.join(project, 'index.ts'));
  sh(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(scratch, filename)], project);
}, 300_000);

afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }), 120_000);

describe('the packed package in a consumer project', () => {
  it('ships the library, the types, the schema and the CLI, and no sources or tests', () => {
    const pkg = path.join(project, 'node_modules/article-clean');
    for (const f of ['dist/lib/index.js', 'dist/types/index.d.ts', 'schema/article.schema.json', 'bin/article-clean.js']) expect(fs.existsSync(path.join(pkg, f)), f).toBe(true);
    for (const f of ['src', 'tests', 'fixtures']) expect(fs.existsSync(path.join(pkg, f)), f).toBe(false);
  });

  it('uses every export the package has', async () => {
    const lib = (await import(path.join(project, 'node_modules/article-clean/dist/lib/index.js'))) as Record<string, unknown>;
    const text = fs.readFileSync(source, 'utf8');
    expect(Object.keys(lib).filter((name) => !new RegExp(`\\b${name}\\b`).test(text))).toEqual([]);
  });

  it('compiles under --strict without skipLibCheck, and runs', () => {
    let out = '';
    try {
      out = sh(process.execPath, [tsc, '-p', '.'], project);
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(out).toBe('');
    const result = JSON.parse(sh(process.execPath, ['out/index.js'], project));
    expect(result).toMatchObject({
      schemaId: 'https://article-clean.dev/schema/article-1.json',
      headline: 'A headline',
      authors: ['Jane Doe'],
      path: 'story.txt',
      paragraphs: 1,
      firstLine: 5,
      json: true,
      markdown: true,
      html: true,
    });
  }, 120_000);
});
