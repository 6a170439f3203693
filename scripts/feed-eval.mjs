#!/usr/bin/env node
// Held-out feed grade: runs the CLI per feed (-f jsonl) and scores against labels.json.
// Usage: node scripts/feed-eval.mjs [dir=fixtures/feeds-heldout] [--json]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const dir = args.find((a) => !a.startsWith('--')) ?? 'fixtures/feeds-heldout';
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
const RESIDUE = /<\/?[a-z][^>]*>|&[a-z#0-9]+;|https?:\/\/\S+/gi;
const norm = (s) => String(s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

function sameInstant(got, want) {
  if (!got) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(want)) return String(got).slice(0, 10) === want;
  const a = Date.parse(got), b = Date.parse(want);
  return Number.isFinite(a) && a === b;
}
function bodyText(a) {
  const out = [];
  for (const s of a.sections ?? []) {
    if (s.heading) out.push(typeof s.heading === 'string' ? s.heading : s.heading.text ?? '');
    for (const b of s.blocks ?? []) {
      if (typeof b.text === 'string') out.push(b.text);
      for (const i of b.items ?? []) out.push(typeof i === 'string' ? i : i.text ?? '');
    }
  }
  return norm(out.join('\n'));
}

const t = { feeds: 0, countOk: 0, items: 0, title: 0, authors: 0, published: 0, mc: 0, mcHit: 0, mn: 0, mnHit: 0, residue: 0, crashes: 0 };
const perFeed = [];
for (const [file, lab] of Object.entries(labels)) {
  t.feeds++;
  const r = spawnSync('node', ['bin/article-clean.js', '-f', 'jsonl', join(dir, file)], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const crashed = r.status !== 0 && r.status !== 1 || /^ {4}at /m.test(r.stderr ?? "");
  if (crashed) t.crashes++;
  const arts = (r.stdout ?? '').split('\n').filter(Boolean).flatMap((l) => { try { return [JSON.parse(l)]; } catch { return []; } });
  const countOk = arts.length === lab.items.length;
  if (countOk) t.countOk++;
  const fails = [];
  lab.items.forEach((want, i) => {
    t.items++;
    const a = arts[i] ?? {};
    const body = bodyText(a);
    if (norm(a.headline) === norm(want.title)) t.title++; else fails.push(`#${i} title ${JSON.stringify(a.headline)}`);
    const got = new Set((a.byline?.authors ?? []).map(norm));
    const exp = new Set(want.authors.map(norm));
    if (got.size === exp.size && [...exp].every((x) => got.has(x))) t.authors++; else fails.push(`#${i} authors ${JSON.stringify([...got])}`);
    if (sameInstant(a.byline?.published, want.published)) t.published++; else fails.push(`#${i} published ${JSON.stringify(a.byline?.published)} want ${want.published}`);
    for (const m of want.mustContain) { t.mc++; if (body.includes(norm(m))) t.mcHit++; else fails.push(`#${i} missing ${JSON.stringify(m)}`); }
    for (const m of want.mustNotContain ?? []) { t.mn++; if (body.includes(norm(m))) { t.mnHit++; fails.push(`#${i} leak ${JSON.stringify(m)}`); } }
    const res = (body.match(RESIDUE) ?? []).filter((x) => !want.mustContain.some((m) => m.includes(x)));
    if (res.length) { t.residue++; fails.push(`#${i} residue ${JSON.stringify(res.slice(0, 3))}`); }
  });
  perFeed.push({ file, got: arts.length, want: lab.items.length, countOk, crashed, fails, stderr: crashed ? (r.stderr ?? '').split('\n')[0] : '' });
}
const f = (x, n) => (n ? (x / n).toFixed(3) : 'n/a');
const summary = {
  feeds: t.feeds, itemCountOk: `${t.countOk}/${t.feeds}`, items: t.items,
  title: f(t.title, t.items), authors: f(t.authors, t.items), published: f(t.published, t.items),
  mustContainRecall: f(t.mcHit, t.mc), leakRate: f(t.mnHit, t.mn), residueRate: f(t.residue, t.items), crashes: t.crashes,
};
if (asJson) { console.log(JSON.stringify({ summary, perFeed })); process.exit(0); }
for (const p of perFeed) {
  console.log(`${p.countOk ? 'ok ' : 'BAD'} ${p.file} items ${p.got}/${p.want}${p.crashed ? ' CRASH ' + p.stderr : ''}`);
  for (const x of p.fails) console.log(`    ${x}`);
}
console.log(`FEEDSCORE feeds=${summary.feeds} itemCount=${summary.itemCountOk} items=${summary.items} title=${summary.title} authors=${summary.authors} published=${summary.published} mustContain=${summary.mustContainRecall} leak=${summary.leakRate} residue=${summary.residueRate} crashes=${summary.crashes}`);
