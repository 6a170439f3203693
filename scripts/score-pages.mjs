#!/usr/bin/env node
// Score the whole-page extractor (src/readers/page) on a folder of saved pages, beside
// Readability.js (@mozilla/readability + linkedom, dev dependencies) in the same run.
//
//   node scripts/score-pages.mjs <checkout> [--verbose] [--only name] [--pipeline]
//
// --verbose lists every page, worst first: extractor F1, full-pipeline F1 (with --pipeline), Readability.js F1.
//
// --pipeline also scores the full cleanInput path (reader, text pipeline, metadata): the
// article's section headings and blocks as the body, its headline for the title.
//
// <checkout> is a copy of mozilla/readability (its test/test-pages/*/source.html and
// expected.html are used) or any folder of <case>/source.html + expected.html. The pages are
// never part of this repository. Body score: F1 of 4-word shingles (multiset, lower-cased
// \w+ tokens) of the extracted text against expected.html's text. Headline: exact match
// with expected-metadata.json's title, when it has one. Speed: pages per second of each
// extractor (parse + extraction), timed on the same pages in the same process. Also counts
// visible text nodes that are not inside exactly one of our blocks (should be 0).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { parseDocument } from 'htmlparser2';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const pipeline = args.includes('--pipeline');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const checkout = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only');
if (!checkout) {
  console.error('usage: node scripts/score-pages.mjs <readability checkout or folder of cases> [--verbose] [--only name]');
  process.exit(2);
}
const casesDir = fs.existsSync(path.join(checkout, 'test/test-pages')) ? path.join(checkout, 'test/test-pages') : checkout;
const cases = fs
  .readdirSync(casesDir)
  .filter((d) => fs.existsSync(path.join(casesDir, d, 'source.html')) && fs.existsSync(path.join(casesDir, d, 'expected.html')))
  .filter((d) => !only || d === only)
  .sort();

// The extractor from the sources, bundled on the fly (no build of the package needed).
const outfile = path.join(root, 'node_modules/.cache', `score-pages-${process.pid}.mjs`);
await esbuild.build({ entryPoints: [path.join(root, 'src/readers/page/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile, packages: 'external', logLevel: 'error', absWorkingDir: root });
const { extractPage, loadPage, INVISIBLE } = await import(pathToFileURL(outfile).href);
fs.rmSync(outfile, { force: true });
let cleanInput = null;
if (pipeline) {
  const full = outfile.replace(/\.mjs$/, '-full.mjs');
  await esbuild.build({ entryPoints: [path.join(root, 'src/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: full, packages: 'external', logLevel: 'error', absWorkingDir: root });
  ({ cleanInput } = await import(pathToFileURL(full).href));
  fs.rmSync(full, { force: true });
}
const full = { f1: 0, time: 0, titles: 0 };
const { Readability } = await import('@mozilla/readability');
const { parseHTML } = await import('linkedom');

const BLOCK = /^(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|table|tr|td|th|pre|blockquote|figure|figcaption|section|article|br|header|footer|aside|main|nav)$/;
/** Visible text of an HTML fragment, with a break at every block boundary. */
function htmlText(html) {
  const out = [];
  const stack = [parseDocument(html)];
  while (stack.length) {
    const n = stack.pop();
    if (n === '\n') out.push('\n');
    else if (n.type === 'text') out.push(n.data);
    else if (n.children && n.name !== 'script' && n.name !== 'style') {
      if (BLOCK.test(n.name ?? '')) stack.push('\n');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return out.join('');
}

const TOKEN = /[\p{L}\p{N}_]+/gu;
function shingles(text) {
  const toks = text.toLowerCase().match(TOKEN) ?? [];
  const bag = new Map();
  const n = Math.min(4, toks.length);
  for (let i = 0; n && i + n <= toks.length; i++) {
    const k = toks.slice(i, i + n).join(' ');
    bag.set(k, (bag.get(k) ?? 0) + 1);
  }
  return bag;
}
function f1(got, want) {
  const a = shingles(got);
  const b = shingles(want);
  const size = (m) => [...m.values()].reduce((x, y) => x + y, 0);
  if (!size(a) && !size(b)) return 1;
  let common = 0;
  for (const [k, c] of a) common += Math.min(c, b.get(k) ?? 0);
  if (!common) return 0;
  const p = common / size(a);
  const r = common / size(b);
  return (2 * p * r) / (p + r);
}

/** Visible text nodes of the page not inside exactly one block (the no-loss invariant): should be 0. */
function uncovered(root, blocks) {
  let bad = 0;
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (n.type === 'text') {
      if (!/\S/.test(n.data)) continue;
      const at = n.startIndex + n.data.search(/\S/);
      if (blocks.filter((b) => at >= b.startIndex && at <= b.endIndex).length !== 1) bad++;
    } else if (n.children && !INVISIBLE.has(n.name)) for (const c of n.children) stack.push(c);
  }
  return bad;
}

const ours = { f1: 0, time: 0, titles: 0, titled: 0, uncovered: 0 };
const theirs = { f1: 0, time: 0 };
const rows = [];
for (const name of cases) {
  const dir = path.join(casesDir, name);
  const html = fs.readFileSync(path.join(dir, 'source.html'), 'utf8');
  const want = htmlText(fs.readFileSync(path.join(dir, 'expected.html'), 'utf8'));
  const metaFile = path.join(dir, 'expected-metadata.json');
  const wantMeta = fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : {};

  let t0 = performance.now();
  const $ = loadPage(html);
  const page = extractPage($);
  ours.time += performance.now() - t0;
  ours.uncovered += uncovered($.root()[0], page.blocks);
  const got = page.blocks.filter((b) => !b.boilerplate && !b.role).map((b) => b.text).join('\n');

  let pipe = null;
  if (cleanInput) {
    t0 = performance.now();
    const [article] = cleanInput(html, { from: 'html' });
    full.time += performance.now() - t0;
    pipe = f1(article.sections.flatMap((s) => [s.heading ?? '', ...s.blocks.map((b) => b.text)]).join('\n'), want);
    full.f1 += pipe;
    if (wantMeta.title && (article.headline ?? '').trim() === wantMeta.title.trim()) full.titles++;
  }

  t0 = performance.now();
  let theirText = '';
  try {
    const { document } = parseHTML(html);
    theirText = htmlText(new Readability(document).parse()?.content ?? '');
  } catch {
    theirText = '';
  }
  theirs.time += performance.now() - t0;

  const a = f1(got, want);
  const b = f1(theirText, want);
  ours.f1 += a;
  theirs.f1 += b;
  if (wantMeta.title) {
    ours.titled++;
    if ((page.meta.headline ?? '').trim() === wantMeta.title.trim()) ours.titles++;
  }
  rows.push({ name, ours: a, pipe, readability: b, warnings: page.warnings.map((w) => w.rule).join(',') });
}

// --verbose: extractor F1, full-pipeline F1 (with --pipeline), Readability.js F1, page, warnings; worst first.
if (verbose) for (const r of rows.sort((x, y) => x.ours - y.ours)) console.log(`${r.ours.toFixed(3)}  ${r.pipe === null ? '' : `${r.pipe.toFixed(3)}  `}${r.readability.toFixed(3)}  ${r.name} ${r.warnings}`);
const n = cases.length;
console.log(`pages: ${n} (${casesDir})`);
console.log(`article-clean  body F1 ${(ours.f1 / n).toFixed(4)}  ${((n * 1000) / ours.time).toFixed(1)} pages/s  headline exact ${ours.titles}/${ours.titled}`);
if (cleanInput) console.log(`article-clean  full cleanInput pipeline: body F1 ${(full.f1 / n).toFixed(4)}  ${((n * 1000) / full.time).toFixed(1)} pages/s  headline exact ${full.titles}/${ours.titled}`);
console.log(`article-clean  visible text nodes outside exactly one block: ${ours.uncovered}`);
console.log(`Readability.js body F1 ${(theirs.f1 / n).toFixed(4)}  ${((n * 1000) / theirs.time).toFixed(1)} pages/s  (linkedom)`);
