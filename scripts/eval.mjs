#!/usr/bin/env node
// npm run eval: score the labelled corpora in-process (eval/score.ts, run through tsx so the
// sources need no build) and print each figure beside its floor in eval/floors.json.
//
//   npm run eval                      every corpus: fixtures/* and, when present, ../shared seed and dev
//   npm run eval -- heldout4 dev      only these corpora
//   npm run eval -- heldout4 --cases  and what each case missed
//   npm run eval -- --pin             raise floors to today's figures (minus the margin); never lowers one
//
// Exit 1 when a figure breaks its floor (the same check as tests/eval/gate.test.ts).
import { breaches, readFloors, raised, writeFloors, FLOORS_FILE } from '../eval/floors.ts';
import { corpora, FIGURES, isCeiling, scoreCorpus } from '../eval/score.ts';

const args = process.argv.slice(2);
const pin = args.includes('--pin');
const perCase = args.includes('--cases');
const wanted = args.filter((a) => !a.startsWith('--'));
const all = corpora();
const unknown = wanted.filter((w) => !all.some((c) => c.name === w));
if (unknown.length) {
  console.error(`eval: unknown corpus ${unknown.join(', ')} (have: ${all.map((c) => c.name).join(', ')})`);
  process.exit(2);
}
const chosen = wanted.length ? all.filter((c) => wanted.includes(c.name)) : all;

const results = chosen.map((c) => ({ ...c, ...scoreCorpus(c.dir) }));
let floors = readFloors();
if (pin) {
  floors = { ...floors };
  for (const r of results) floors[r.name] = raised(floors[r.name], r.figures);
  writeFloors(floors);
  console.log(`pinned ${results.map((r) => r.name).join(', ')} in ${FLOORS_FILE}\n`);
}

const num = (f, v) => (v === null || v === undefined ? 'n/a' : isCeiling(f) ? v.toFixed(1) : v.toFixed(3));
const cell = (f, v, floor) => {
  const bound = floor === undefined ? '(none)' : `${isCeiling(f) ? '≤' : '≥'}${num(f, floor)}`;
  return `${num(f, v)} ${bound}`;
};
const problems = results.flatMap((r) => breaches(r.name, r.figures, floors));
const rows = [
  ['', ...results.map((r) => `${r.name} (${r.cases.length})`)],
  ...FIGURES.map((f) => [f, ...results.map((r) => cell(f, r.figures[f], floors[r.name]?.[f]))]),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
for (const row of rows) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());

if (perCase) for (const r of results) printCases(r);

console.log(problems.length ? `\n${problems.join('\n')}` : '\nevery figure holds its floor');
process.exit(problems.length ? 1 : 0);

function printCases(r) {
  console.log(`\n${r.name}`);
  for (const c of r.cases) {
    const s = c.score;
    const b = s.byline;
    const bad = (k) => (b[k] === false ? [k] : []);
    const misses = [
      ...(c.error ? [`FAILED: ${c.error}`] : []),
      ...(s.headline ? [] : ['headline']),
      ...(b.authors ? [] : ['authors']),
      ...bad('publication'),
      ...bad('curator'),
      ...bad('published'),
    ];
    const h = s.headings;
    const [tp, fp, fn] = s.body;
    console.log(
      `  ${c.id}: body tp/fp/fn ${tp.toFixed(3)}/${fp.toFixed(3)}/${fn.toFixed(3)}; headings ${h.matched} matched of ${h.labelled} labelled, ${h.output} output;` +
        ` boilerplate ${s.boilerplate.found}/${s.boilerplate.labelled}${misses.length ? `; wrong: ${misses.join(', ')}` : ''}`,
    );
    const list = (what, xs) => xs.forEach((x) => console.log(`      ${what}: ${x.slice(0, 110)}`));
    list('removed', s.removed);
    list('heading missed', h.missed);
    list('heading false', h.spurious);
    list('boilerplate kept', s.boilerplate.missed);
    list('byline line in body', s.metaLeaks);
    list('speaker', s.quotes?.wrongSpeaker ?? []);
  }
}
