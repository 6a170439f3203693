#!/usr/bin/env node
// npm run bench: a quick look at speed and memory, each figure beside a baseline measured
// in the same run. Needs a build (npm run build). Prints only; asserts nothing.
//
//   throughput   cleanArticle (dist/lib) over >= 1,000 articles in one process, made by
//                cycling the corpus inputs (../shared/corpus, else fixtures/); baseline:
//                TextDecoder over the same buffers.
//   cold start   `node bin/article-clean.js <seed input>` (median of 10 spawns) beside
//                bare `node -e 0` (median of 10), spawns interleaved.
//   peak RSS     of the throughput process, beside the decode-only baseline process.
//   pages        whole-page extraction: pages/s and peak RSS beside Readability.js +
//                linkedom on the same pages (scripts/bench-pages.mjs).
//   feeds        cleanInput over fixtures/feeds (items/s, MB/s) beside cheerio alone parsing
//                the same files (scripts/bench-feeds.mjs).
//
// Throughput and its baseline run in child processes (this script with --child), so each
// RSS figure belongs to a process that did only that work.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagesChild, pagesRows } from './bench-pages.mjs';
import { feedChild, feedFiles } from './bench-feeds.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const libEntry = path.join(root, 'dist/lib/index.js');
const bin = path.join(root, 'bin/article-clean.js');
const MIN_ARTICLES = 1000;
const SPAWNS = 10;

/** Input files: every input.txt under ../shared/corpus, else every .txt/.text/.md under fixtures/. */
function corpusFiles() {
  const walk = (dir, keep) =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) return walk(p, keep);
      return d.isFile() && keep(d.name) ? [p] : [];
    });
  const shared = path.resolve(root, '../shared/corpus');
  if (fs.existsSync(shared)) {
    const files = walk(shared, (n) => n === 'input.txt').sort();
    if (files.length) return { from: path.relative(root, shared), files };
  }
  const fixtures = path.join(root, 'fixtures');
  const files = fs.existsSync(fixtures) ? walk(fixtures, (n) => /\.(?:txt|text|md)$/i.test(n)).sort() : [];
  return { from: 'fixtures', files };
}

function loadArticles(files) {
  const buffers = files.map((f) => new Uint8Array(fs.readFileSync(f)));
  const articles = [];
  for (let i = 0; articles.length < MIN_ARTICLES; i++) articles.push({ bytes: buffers[i % buffers.length], path: files[i % files.length] });
  return articles;
}

// ------------------------------------------------------------------ child processes

async function child(kind) {
  const { files } = corpusFiles();
  const articles = loadArticles(files);
  let work;
  if (kind === 'clean') {
    const { cleanArticle } = await import(pathToFileURL(libEntry).href);
    work = (a) => cleanArticle(a.bytes, { path: a.path });
    for (const a of articles.slice(0, 20)) work(a); // warm-up
  } else {
    const decoder = new TextDecoder();
    work = (a) => decoder.decode(a.bytes);
  }
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  let count = 0;
  let bytes = 0;
  const t0 = performance.now();
  // The decode baseline is so fast that one pass is noise: repeat passes for >= 200 ms.
  do {
    for (const a of articles) {
      work(a);
      count++;
      bytes += a.bytes.byteLength;
      if ((count & 7) === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }
  } while (kind !== 'clean' && performance.now() - t0 < 200);
  const seconds = (performance.now() - t0) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  process.stdout.write(JSON.stringify({ count, bytes, seconds, peakRss }));
}

function runChild(kind) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', kind], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench child '${kind}' failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

// ------------------------------------------------------------------ cold start

function spawnMs(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.trim()}`);
  return ms;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function coldStart(seed) {
  const cli = [bin, seed];
  const bare = ['-e', '0'];
  spawnMs(bare); // warm the file cache for both
  spawnMs(cli);
  const a = [];
  const b = [];
  for (let i = 0; i < SPAWNS; i++) {
    b.push(spawnMs(bare));
    a.push(spawnMs(cli));
  }
  return { cli: median(a), bare: median(b) };
}

// ------------------------------------------------------------------ report

async function parent() {
  if (!fs.existsSync(libEntry) || !fs.existsSync(path.join(root, 'dist/cli/main.js'))) {
    console.error('bench: dist/ is missing: run `npm run build` (or `npm install`) first');
    process.exit(1);
  }
  const { from, files } = corpusFiles();
  if (!files.length) {
    console.error('bench: no inputs: neither ../shared/corpus nor fixtures/ has any');
    process.exit(1);
  }
  const t0 = performance.now();
  const base = runChild('decode');
  const clean = runChild('clean');
  const seed = files.find((f) => f.endsWith(path.join('seed', 'input.txt'))) ?? files[0];
  const cold = coldStart(seed);
  const haveFeeds = feedFiles(root).length > 0;
  const feeds = haveFeeds ? runChild('feeds') : null;
  const feedBase = haveFeeds ? runChild('feeds-cheerio') : null;

  const mb = (n) => n / 1e6;
  const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const rows = [
    ['', 'article-clean', 'baseline', 'ratio'],
    ['throughput, articles/s', fmt(clean.count / clean.seconds, 0), '', ''],
    ['throughput, MB/s', fmt(mb(clean.bytes) / clean.seconds, 2), `${fmt(mb(base.bytes) / base.seconds, 0)} (TextDecoder)`, `${fmt((mb(clean.bytes) / clean.seconds) / (mb(base.bytes) / base.seconds), 4)}×`],
    ['ms per article', fmt((clean.seconds * 1000) / clean.count, 2), '', ''],
    ['cold start, ms (median)', fmt(cold.cli), `${fmt(cold.bare)} (node -e 0)`, `${fmt(cold.cli / cold.bare, 2)}×`],
    ['peak RSS, MB', fmt(clean.peakRss / 2 ** 20), `${fmt(base.peakRss / 2 ** 20)} (decode only)`, `${fmt(clean.peakRss / base.peakRss, 2)}×`],
  ];
  const pages = pagesRows(fmt);
  if (pages) rows.push(...pages.rows);
  if (feeds) {
    const rate = (r) => r.items / r.seconds;
    rows.push(
      ['feeds, items/s', fmt(rate(feeds), 0), `${fmt(rate(feedBase), 0)} (cheerio parse)`, `${fmt(rate(feedBase) / rate(feeds), 2)}× slower`],
      ['feeds, MB/s', fmt(mb(feeds.bytes) / feeds.seconds, 2), `${fmt(mb(feedBase.bytes) / feedBase.seconds, 2)} (cheerio parse)`, `${fmt((mb(feedBase.bytes) / feedBase.seconds) / (mb(feeds.bytes) / feeds.seconds), 2)}× slower`],
    );
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ');
  console.log(`article-clean bench: ${clean.count} articles cycled from ${files.length} inputs in ${from} (${fmt(mb(clean.bytes), 1)} MB); node ${process.version}`);
  if (feeds) console.log(`feeds: cleanInput and cheerio alone, each over the ${feeds.files} files in fixtures/feeds for >= 1 s (${feeds.passes} and ${feedBase.passes} passes)`);
  console.log(`cold start: node bin/article-clean.js ${path.relative(root, seed)} (markdown), ${SPAWNS} spawns each, interleaved\n`);
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('   '));
  for (const r of rows.slice(1)) console.log(line(r));
  if (pages) console.log(`\n${pages.note}`);
  console.log(`\n(${fmt((performance.now() - t0) / 1000)} s)`);
}

const i = process.argv.indexOf('--child');
const p = process.argv.indexOf('--pages-child');
if (i !== -1 && process.argv[i + 1].startsWith('feeds')) await feedChild(process.argv[i + 1], root, libEntry);
else if (i !== -1) await child(process.argv[i + 1]);
else if (p !== -1) await pagesChild(process.argv[p + 1]);
else await parent();
