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
//
// A checkout of adbar/trafilatura (its tests/evaldata.json with tests/eval and tests/cache
// pages) is scored the way trafilatura's own evaluation does it: each page names passages
// that must appear in the extracted text ("with") and passages that must not ("without");
// whitespace-normalised substring matches give true/false positives and negatives, summed
// over the corpus into precision, recall and F1 for each extractor. Pages are decoded by the
// project's charset sniffing (decodeDocument) so both extractors get the same string.
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
const evaldata = [path.join(checkout, 'tests/evaldata.json'), path.join(checkout, 'evaldata.json')].find((f) => fs.existsSync(f));
const casesDir = evaldata ? path.dirname(evaldata) : fs.existsSync(path.join(checkout, 'test/test-pages')) ? path.join(checkout, 'test/test-pages') : checkout;
const snippetMode = !!evaldata;
const cases = snippetMode
  ? Object.entries(JSON.parse(fs.readFileSync(evaldata, 'utf8')))
      .map(([url, item]) => ({ ...item, url, file: ['cache', 'eval'].map((d) => path.join(casesDir, d, item.file)).find((f) => fs.existsSync(f)) }))
      .filter((c) => c.file && (!only || c.file.includes(only)))
      .sort((a, b) => (a.url < b.url ? -1 : 1))
  : fs
      .readdirSync(casesDir)
      .filter((d) => fs.existsSync(path.join(casesDir, d, 'source.html')) && fs.existsSync(path.join(casesDir, d, 'expected.html')))
      .filter((d) => !only || d === only)
      .sort();

// The extractor from the sources, bundled on the fly (no build of the package needed).
const outfile = path.join(root, 'node_modules/.cache', `score-pages-${process.pid}.mjs`);
/** A source entry point bundled to a scratch file, imported, and the file removed. */
async function bundled(entry, suffix) {
  const file = outfile.replace(/\.mjs$/, `${suffix}.mjs`);
  await esbuild.build({ entryPoints: [path.join(root, entry)], bundle: true, platform: 'node', format: 'esm', outfile: file, packages: 'external', logLevel: 'error', absWorkingDir: root });
  const mod = await import(pathToFileURL(file).href);
  fs.rmSync(file, { force: true });
  return mod;
}
const { extractPage, loadPage, INVISIBLE } = await bundled('src/readers/page/index.ts', '');
const decodeDocument = snippetMode ? (await bundled('src/readers/charset.ts', '-charset')).decodeDocument : null;
const cleanInput = pipeline ? (await bundled('src/index.ts', '-full')).cleanInput : null;
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

const norm = (t) => t.replace(/\s+/g, ' ').trim();
/** Snippet counts of an extracted text against a trafilatura evaldata item. */
function snippets(text, item) {
  const t = norm(text);
  const tp = item.with.filter((w) => t.includes(norm(w))).length;
  const fp = item.without.filter((w) => t.includes(norm(w))).length;
  return { tp, fp, fn: item.with.length - tp, tn: item.without.length - fp };
}
const confusion = () => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const addTo = (m, c) => { for (const k in c) m[k] += c[k]; };
const prf = (m) => {
  const p = m.tp / Math.max(1, m.tp + m.fp);
  const r = m.tp / Math.max(1, m.tp + m.fn);
  return `precision ${p.toFixed(4)}  recall ${r.toFixed(4)}  F1 ${((2 * m.tp) / Math.max(1, 2 * m.tp + m.fp + m.fn)).toFixed(4)}`;
};
const matrices = { ours: confusion(), pipe: confusion(), theirs: confusion() };
/** A snippet case's score for --verbose sorting: its F1 from its own counts. */
const caseF1 = (c) => (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);

const ours = { f1: 0, time: 0, titles: 0, titled: 0, uncovered: 0 };
const theirs = { f1: 0, time: 0 };
const rows = [];
for (const entry of cases) {
  const name = snippetMode ? path.basename(entry.file) : entry;
  const dir = path.join(casesDir, name);
  const html = snippetMode ? decodeDocument(new Uint8Array(fs.readFileSync(entry.file))).text : fs.readFileSync(path.join(dir, 'source.html'), 'utf8');
  const want = snippetMode ? null : htmlText(fs.readFileSync(path.join(dir, 'expected.html'), 'utf8'));
  const metaFile = path.join(dir, 'expected-metadata.json');
  const wantMeta = !snippetMode && fs.existsSync(metaFile) ? JSON.parse(fs.readFileSync(metaFile, 'utf8')) : {};
  const score = (text, m) => {
    if (!snippetMode) return f1(text, want);
    const c = snippets(text, entry);
    addTo(matrices[m], c);
    return caseF1(c);
  };

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
    pipe = score(article.sections.flatMap((s) => [s.heading ?? '', ...s.blocks.map((b) => b.text)]).join('\n'), 'pipe');
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

  const a = score(got, 'ours');
  const b = score(theirText, 'theirs');
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
if (snippetMode) {
  console.log(`article-clean  snippets ${prf(matrices.ours)}  ${((n * 1000) / ours.time).toFixed(1)} pages/s`);
  if (cleanInput) console.log(`article-clean  full cleanInput pipeline: snippets ${prf(matrices.pipe)}`);
  console.log(`Readability.js snippets ${prf(matrices.theirs)}  ${((n * 1000) / theirs.time).toFixed(1)} pages/s  (linkedom)`);
}
console.log(`article-clean  body F1 ${(ours.f1 / n).toFixed(4)}  ${((n * 1000) / ours.time).toFixed(1)} pages/s  headline exact ${ours.titles}/${ours.titled}`);
if (cleanInput) console.log(`article-clean  full cleanInput pipeline: body F1 ${(full.f1 / n).toFixed(4)}  ${((n * 1000) / full.time).toFixed(1)} pages/s  headline exact ${full.titles}/${ours.titled}`);
console.log(`article-clean  visible text nodes outside exactly one block: ${ours.uncovered}`);
console.log(`Readability.js body F1 ${(theirs.f1 / n).toFixed(4)}  ${((n * 1000) / theirs.time).toFixed(1)} pages/s  (linkedom)`);
