#!/usr/bin/env node
// Per case, labelled pull quotes vs the CLI's output pull quotes (kind "pull"), over case
// folders (each with input.txt + label.json). Usage:
//   node scripts/pullquote-cases.mjs DIR [DIR...]   (run `npm run build` first)
// Marks: "ok" found (Jaccard >= 0.8 or containment, as score.mjs), "MISS", "FALSE" (an
// output pull quote no label matches).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const collapse = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const toks = (s) => new Set(collapse(s).toLowerCase().match(/\w+/gu) ?? []);
function jaccard(a, b) {
  const A = toks(a), B = toks(b);
  if (!A.size && !B.size) return 1;
  let i = 0;
  for (const t of A) if (B.has(t)) i++;
  return i / (A.size + B.size - i);
}
const match = (o, t) => jaccard(o, t) >= 0.8 || o.includes(t) || t.includes(o);

const cases = [];
for (const dir of process.argv.slice(2)) {
  if (fs.existsSync(path.join(dir, 'label.json'))) cases.push(path.resolve(dir));
  else for (const c of fs.readdirSync(dir).sort()) if (fs.existsSync(path.join(dir, c, 'label.json'))) cases.push(path.resolve(dir, c));
}
const bin = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../bin/article-clean.js');
const run = spawnSync('node', [bin, '--format', 'jsonl', ...cases.map((c) => path.join(c, 'input.txt'))], { encoding: 'utf8', maxBuffer: 1 << 28 });
const outs = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
let total = 0, found = 0, falsePos = 0;
cases.forEach((c, n) => {
  const label = JSON.parse(fs.readFileSync(path.join(c, 'label.json'), 'utf8'));
  const pulls = (outs[n]?.quotes ?? []).filter((q) => q.kind === 'pull');
  const want = label.pullquotes ?? [];
  if (!want.length && !pulls.length) return;
  console.log(`== ${path.relative(process.cwd(), c)}`);
  for (const p of want) {
    total++;
    const hit = pulls.find((q) => match(collapse(q.text), collapse(p.text)));
    if (hit) found++;
    console.log(`  ${hit ? 'ok  ' : 'MISS'} ${JSON.stringify(collapse(p.text).slice(0, 110))} attr=${JSON.stringify(p.attribution)} speaker=${JSON.stringify(p.speaker)}${hit ? ` -> out speaker=${JSON.stringify(hit.speaker)}` : ''}`);
  }
  for (const q of pulls) {
    if (want.some((p) => match(collapse(q.text), collapse(p.text)))) continue;
    falsePos++;
    console.log(`  FALSE ${JSON.stringify(collapse(q.text).slice(0, 110))} attr=${JSON.stringify(q.attribution ?? null)}`);
  }
});
console.log(`pull quotes: ${found}/${total} found, ${falsePos} false`);
