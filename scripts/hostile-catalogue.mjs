#!/usr/bin/env node
// The hostile-input catalogue (issue 9): every case builds its input in a temp dir, runs the
// built CLI (node bin/article-clean.js; `npm run build` first) with a hard timeout, and checks
// the exit code, that a failure is one "article-clean: <file>: <reason>" line, that no stack
// trace or internal error reaches stderr, that stdout is valid (JSON / one JSON line per
// article), that no word of a content input is lost, and that --out-dir holds no stray file.
//
//   node scripts/hostile-catalogue.mjs            run every case, print one line per case
//   node scripts/hostile-catalogue.mjs quote utf  only cases whose id contains a filter
//   --jobs N (default 2)  --json (a JSON summary on stdout)  --list (ids and descriptions)
//
// First-run and current results: docs/hostile-catalogue.md.
import { checkContentCases, contentCases } from './hostile/cases-content.mjs';
import { fileCases } from './hostile/cases-files.mjs';
import { checkStructuredCases, structuredCases } from './hostile/cases-structured.mjs';
import { runCase } from './hostile/run.mjs';

const args = process.argv.slice(2);
const flag = (name) => { const i = args.indexOf(name); if (i < 0) return undefined; const [, v] = args.splice(i, 2); return v; };
const jobs = Number(flag('--jobs') ?? 2);
const asJson = args.includes('--json');
const list = args.includes('--list');
const filters = args.filter((a) => !a.startsWith('--'));

const all = [...contentCases, ...structuredCases, ...fileCases, ...checkContentCases, ...checkStructuredCases];
const cases = filters.length ? all.filter((c) => filters.some((f) => c.id.includes(f))) : all;

if (list) {
  for (const c of cases) console.log(`${c.id}\t${c.desc}`);
  process.exit(0);
}

const results = new Array(cases.length);
let next = 0;
async function worker() {
  while (next < cases.length) {
    const i = next++;
    const r = await runCase(cases[i]);
    results[i] = r;
    if (!asJson) console.log(`${r.ok ? (r.skipped ? 'SKIP' : 'PASS') : 'FAIL'} ${r.id} (${r.ms} ms)${r.ok && !r.skipped ? '' : ` — ${r.why}`}`);
  }
}
await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));

const failed = results.filter((r) => !r.ok);
const summary = { cases: results.length, passed: results.length - failed.length, failed: failed.map((r) => ({ id: r.id, why: r.why })) };
if (asJson) console.log(JSON.stringify(summary, null, 2));
else console.log(`\n${summary.passed}/${summary.cases} passed, ${failed.length} failed`);
process.exitCode = failed.length ? 1 : 0;
