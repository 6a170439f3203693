#!/usr/bin/env node
// article-clean command line. The code lives in dist/cli/, built by `npm run build`
// (which `npm install` runs): src/cli/main.ts bundled with its dependencies.
import v8 from 'node:v8';

// A run cleans a few articles with a few hundred regexes, most executed only a handful of
// times: compile each to native code at once instead of interpreting it first and then
// compiling it again (V8's regexp tier-up). Measured: about a fifth off a cold start.
v8.setFlagsFromString('--no-regexp-tier-up');
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/cli/main.js')) throw err;
  process.stderr.write('article-clean: not built yet: run `npm install` (or `npm run build`) in the article-clean folder\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
