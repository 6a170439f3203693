#!/usr/bin/env node
// article-clean command line. The code lives in dist/cli/, built by `npm run build`
// (which `npm install` runs): src/cli/main.ts bundled with its dependencies.
//
// Start-up: dist/cli/main.cjs (the same CLI as one CommonJS file) is compiled through
// vm.Script with V8's code cache (dist/cli/main.cache, written by the build and rewritten
// when V8 rejects it, e.g. under another Node version), so a run skips parsing and
// compiling most of the bundle. Its dynamic imports (tinypool, JS config files) come
// back here (`__acImport`, see scripts/build.mjs). Without main.cjs, or with
// ARTICLE_CLEAN_NO_CODE_CACHE set, the ES module build dist/cli/main.js runs instead;
// both give the same output.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

// A run cleans a few articles with a few hundred regexes, most executed only a handful of
// times: compile each to native code at once instead of interpreting it first and then
// compiling it again (V8's regexp tier-up). Measured: about a fifth off a cold start.
v8.setFlagsFromString('--no-regexp-tier-up');

function cached() {
  if (process.env.ARTICLE_CLEAN_NO_CODE_CACHE) return null;
  const file = fileURLToPath(new URL('../dist/cli/main.cjs', import.meta.url));
  const cacheFile = fileURLToPath(new URL('../dist/cli/main.cache', import.meta.url));
  let source, stamp;
  try {
    source = fs.readFileSync(file, 'utf8');
    // V8 checks a code cache against the source's length only: the cache names the build it was
    // made from (the first line of main.cjs, unique per build) and the length.
    stamp = Buffer.from(`${source.slice(0, source.indexOf('\n'))} ${source.length}\n`);
  } catch {
    return null;
  }
  let cachedData;
  try {
    const saved = fs.readFileSync(cacheFile);
    if (saved.subarray(0, stamp.length).equals(stamp)) cachedData = saved.subarray(stamp.length);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __acImport) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Written at exit, so the functions this run compiled are in it; atomically, since runs may be concurrent.
    process.once('exit', () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, Buffer.concat([stamp, script.createCachedData()]));
        fs.renameSync(tmp, cacheFile);
      } catch {
        // A read-only install: run without the cache.
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, fileURLToPath(new URL('../dist/cli', import.meta.url)), (specifier) => import(specifier));
  return module.exports;
}

let cli = cached();
if (!cli) {
  try {
    cli = await import('../dist/cli/main.js');
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/cli/main.js')) throw err;
    process.stderr.write('article-clean: not built yet: run `npm install` (or `npm run build`) in the article-clean folder\n');
    process.exit(2);
  }
}
process.exitCode = await cli.main(process.argv.slice(2));
