#!/usr/bin/env node
// Write the rule table of README.md's "Checking imported content in CI" section from the
// rule modules (src/check/rules). tests/check/docs.test.ts fails when the two differ.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', `.docs-rules-${process.pid}.mjs`);
await esbuild.build({ absWorkingDir: root, entryPoints: ['src/check/docs.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'warning' });
try {
  const { withRuleTable } = await import(pathToFileURL(out).href);
  const file = path.join(root, 'README.md');
  const before = fs.readFileSync(file, 'utf8');
  const after = withRuleTable(before);
  if (after !== before) fs.writeFileSync(file, after);
  console.log(after === before ? 'docs:rules: README.md is up to date' : 'docs:rules: README.md rule table rewritten');
} finally {
  fs.rmSync(out, { force: true });
}
