#!/usr/bin/env node
// Build article-clean (run by `npm run build`, which `npm install` runs through `prepare`).
//
//   dist/cli/main.js        the CLI: src/cli/main.ts with its dependencies bundled (ESM,
//                           node20, minified), so start-up reads a few files instead of
//                           walking node_modules. bin/article-clean.js imports it.
//   dist/cli/worker.js      a worker of the --jobs pool (src/cli/worker.ts), sharing chunks with main.js.
//   dist/cli/chunks/*.js    code split off by dynamic import(): each exporter (so an HTML
//                           run never loads the Markdown stack and vice versa), the cleaning
//                           pipeline and tinyglobby (loaded only when used).
//   dist/cli/main.cjs       the same CLI as one CommonJS file (dynamic imports inlined, their
//                           modules still evaluated only when imported). bin/article-clean.js
//                           compiles it through vm.Script with V8's code cache,
//   dist/cli/main.cache     written here by one warm-up run (and by the bin when V8 rejects it):
//                           start-up then skips parsing and compiling most of the bundle.
//   dist/lib/index.js       the library (src/index.ts), ESM, dependencies left external.
//   dist/types/**.d.ts      declarations from `tsc -p tsconfig.json` (emitDeclarationOnly).
//
// The version is baked into the CLI with esbuild `define`, so `--version` reads no file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const t0 = performance.now();

// Build into a scratch folder and swap it in at the end, so a CLI run or test that starts
// while a rebuild is going never sees a half-written or missing dist/cli.
const scratch = path.join('dist', `.build-${process.pid}`);
fs.rmSync(path.join(root, scratch), { recursive: true, force: true });

// Bundled CommonJS dependencies (commander, picomatch…) call require()
// and use __filename; give every ESM output file real ones.
const cjsShim = [
  "import { createRequire as __acCreateRequire } from 'node:module';",
  "import { fileURLToPath as __acFileURLToPath } from 'node:url';",
  "import { dirname as __acDirname } from 'node:path';",
  'const require = __acCreateRequire(import.meta.url);',
  'const __filename = __acFileURLToPath(import.meta.url);',
  'const __dirname = __acDirname(__filename);',
].join('\n');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  legalComments: 'none',
};

const [cli, cjs, lib] = await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    // tinypool starts its workers from its own files: it stays in node_modules.
    external: ['tinypool'],
    outdir: path.join(scratch, 'cli'),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    sourcemap: false,
    metafile: true,
    banner: { js: cjsShim },
    define: { __ARTICLE_CLEAN_VERSION__: JSON.stringify(pkg.version) },
  }),
  esbuild.build({
    ...common,
    format: 'cjs',
    entryPoints: { main: 'src/cli/main.ts' },
    external: ['tinypool'],
    outExtension: { '.js': '.cjs' },
    outdir: path.join(scratch, 'cli'),
    minify: true,
    metafile: true,
    // import.meta.url (module-relative paths: the worker file, chrono locales) from the file's own path.
    // The first line names this build: bin/article-clean.js keeps the code cache only for the build that wrote it.
    banner: { js: `// article-clean ${pkg.version} build ${Date.now()}-${process.pid}\nvar __acImportMetaUrl = require('node:url').pathToFileURL(__filename).href;` },
    define: { __ARTICLE_CLEAN_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__acImportMetaUrl' },
  }),
  esbuild.build({
    ...common,
    entryPoints: { index: 'src/index.ts' },
    outdir: path.join(scratch, 'lib'),
    packages: 'external',
    sourcemap: true,
    metafile: true,
  }),
]).catch(() => {
  // esbuild has already printed the errors.
  fs.rmSync(path.join(root, scratch), { recursive: true, force: true });
  console.error('build: esbuild failed (see above)');
  process.exit(1);
});

// main.cjs runs through vm.Script, whose own import() needs an experimental loader option and
// breaks once the script comes from a code cache: its dynamic imports (tinypool, JS config files)
// go through a function the bin passes in, which imports as an ES module does.
{
  const file = path.join(root, scratch, 'cli/main.cjs');
  const code = fs.readFileSync(file, 'utf8').replaceAll('await import(', 'await __acImport(');
  if (/(?<![\w$.])import\(/.test(code)) {
    console.error('build: dist/cli/main.cjs has an import() that is not `await import(`: see scripts/build.mjs');
    process.exit(1);
  }
  fs.writeFileSync(file, code);
}

for (const name of ['cli', 'lib']) {
  const target = path.join(root, 'dist', name);
  const old = path.join(root, scratch, `${name}.old`);
  if (fs.existsSync(target)) fs.renameSync(target, old);
  fs.renameSync(path.join(root, scratch, name), target);
}
fs.rmSync(path.join(root, scratch), { recursive: true, force: true });

// Type declarations (stale ones from deleted sources removed first). tsc reports type errors in any src file and fails the build on them.
fs.rmSync(path.join(root, 'dist/types'), { recursive: true, force: true });
const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (tsc.status !== 0) {
  console.error('build: tsc -p tsconfig.json failed (see above)');
  process.exit(tsc.status ?? 1);
}

// The code cache of dist/cli/main.cjs: one run of the CLI over a fixture article writes it at
// exit. One short run: V8 flushes the bytecode of functions idle over several collections, so a
// long warm-up would leave less in the cache.
const sample = path.join(root, 'fixtures/heldout/ho-01-ap-caps/input.txt');
const warm = spawnSync(process.execPath, [path.join(root, 'bin/article-clean.js'), fs.existsSync(sample) ? sample : path.join(root, 'README.md')], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, ARTICLE_CLEAN_NO_CODE_CACHE: '' },
});
if (warm.status !== 0 || !fs.existsSync(path.join(root, 'dist/cli/main.cache'))) console.error('build: warning: no code cache written (the CLI still runs, more slowly)');

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const lines = [];
for (const [file, out] of Object.entries({ ...cli.metafile.outputs, ...cjs.metafile.outputs, ...lib.metafile.outputs })) {
  if (file.endsWith('.map')) continue;
  const shown = file.replace(`${scratch}/`, 'dist/');
  lines.push(`  ${shown.padEnd(44)} ${kb(out.bytes).padStart(10)}${out.entryPoint ? `  (entry ${out.entryPoint})` : ''}`);
}
console.log(`build: article-clean ${pkg.version} in ${Math.round(performance.now() - t0)} ms\n${lines.join('\n')}\n  dist/types/ (declarations)`);
