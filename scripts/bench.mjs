#!/usr/bin/env node
// npm run bench: speed and memory, each figure beside a baseline measured in the same run.
// Needs a build (npm run build). Prints only; asserts nothing. `--quick` skips the 100k stream.
//
//   one core     cleanArticle (dist/lib) over >= 1,000 articles in one process, cycling the
//                corpus inputs (../shared/corpus, else fixtures/); baseline: TextDecoder.
//   workers      the CLI in one process, `--from jsonl` on a generated stream of 2,000
//                articles, with -j 1 and -j 2: MB/s, and the ratio of the two.
//   cold start   `node bin/article-clean.js -f <format> <input>` for each format (median of
//                10 spawns) beside bare `node -e 0`, spawns interleaved.
//   peak RSS     the CLI streaming 1k, 10k and 100k articles (-j 2) beside a process that
//                only generates and reads the same stream.
//   big files    the CLI on one 10 MB and one 50 MB article (corpus paragraphs cycled), -f json
//                and -f markdown, beside a process that only reads and decodes the file, and
//                beside the limit of 4× the input + 100 MB (`--quick`: 10 MB only).
//   pages        whole-page extraction: pages/s and peak RSS beside Readability.js +
//                linkedom on the same pages (scripts/bench-pages.mjs).
//   feeds        cleanInput over fixtures/feeds (items/s, MB/s), and the readers alone
//                (no text pipeline), beside cheerio alone parsing the same files
//                (scripts/bench-feeds.mjs).
//
// Each measure runs in a child process (this script with --child), so each RSS figure
// belongs to a process that did only that work.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pagesChild, pagesRows } from './bench-pages.mjs';
import { feedChild, feedFiles } from './bench-feeds.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const libEntry = path.join(root, 'dist/lib/index.js');
const cliEntry = path.join(root, 'dist/cli/main.js');
const bin = path.join(root, 'bin/article-clean.js');
const MIN_ARTICLES = 1000;
const SPAWNS = 10;
const FORMATS = ['markdown', 'json', 'jsonl', 'html'];

/** Input files: every input.txt under ../shared/corpus, else every input.txt under fixtures/. */
function corpusFiles() {
  const walk = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const p = path.join(dir, d.name);
      return d.isDirectory() ? walk(p) : d.isFile() && d.name === 'input.txt' ? [p] : [];
    });
  for (const [from, dir] of [['../shared/corpus', path.resolve(root, '../shared/corpus')], ['fixtures', path.join(root, 'fixtures')]]) {
    if (fs.existsSync(dir) && walk(dir).length) return { from, files: walk(dir).sort() };
  }
  return { from: 'nowhere', files: [] };
}

const buffers = () => corpusFiles().files.map((f) => new Uint8Array(fs.readFileSync(f)));
const peak = () => process.resourceUsage().maxRSS * 1024;

// ------------------------------------------------------------------ child processes

async function oneCore(kind) {
  const bufs = buffers();
  const articles = Array.from({ length: Math.max(MIN_ARTICLES, bufs.length) }, (_, i) => bufs[i % bufs.length]);
  let work;
  if (kind === 'clean') {
    const { cleanArticle } = await import(pathToFileURL(libEntry).href);
    work = (b) => cleanArticle(b);
    for (const b of articles.slice(0, 20)) work(b); // warm-up
  } else {
    const decoder = new TextDecoder();
    work = (b) => decoder.decode(b);
  }
  let count = 0;
  let bytes = 0;
  const t0 = performance.now();
  // The decode baseline is so fast that one pass is noise: repeat passes for >= 200 ms.
  do {
    for (const b of articles) {
      work(b);
      count++;
      bytes += b.byteLength;
    }
  } while (kind !== 'clean' && performance.now() - t0 < 200);
  return { count, bytes, seconds: (performance.now() - t0) / 1000, peakRss: peak() };
}

/** A JSON Lines stream of `n` articles cycling the corpus, generated as it is read. */
function jsonlStream(n) {
  const lines = buffers().map((b) => Buffer.from(`${JSON.stringify({ text: new TextDecoder().decode(b) })}\n`));
  let bytes = 0;
  const stream = Readable.from(
    (function* () {
      for (let i = 0; i < n; i++) {
        bytes += lines[i % lines.length].length;
        yield lines[i % lines.length];
      }
    })(),
    { objectMode: false },
  );
  return { stream, bytes: () => bytes };
}

async function stream(n, jobs) {
  const input = jsonlStream(n);
  let out = 0;
  const stdout = new Writable({ write: (chunk, _e, cb) => ((out += chunk.length), cb()) });
  const t0 = performance.now();
  if (jobs === 0) {
    for await (const chunk of input.stream) void chunk; // baseline: the stream alone
  } else {
    const { main } = await import(pathToFileURL(cliEntry).href);
    const code = await main(['--from', 'jsonl', '-f', 'jsonl', '-j', String(jobs), '-q', '-'], { stdin: input.stream, stdout, stderr: process.stderr, cwd: root });
    if (code !== 0) throw new Error(`article-clean exited ${code}`);
  }
  return { count: n, bytes: input.bytes(), out, seconds: (performance.now() - t0) / 1000, peakRss: peak() };
}

/** A text file of about `mb` MB: the corpus inputs' first lines as a head, then their paragraphs cycled. */
function bigFile(mb) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'article-clean-bench-')), `big-${mb}mb.txt`);
  const texts = corpusFiles().files.map((f) => fs.readFileSync(f, 'utf8').replace(/\r\n?/g, '\n'));
  const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 80 && !p.includes('\n')));
  const out = [texts[0].split(/\n\s*\n/).slice(0, 3).join('\n\n')];
  for (let i = 0, n = out[0].length; n < mb * 1e6; i++) {
    out.push(paragraphs[i % paragraphs.length]);
    n += paragraphs[i % paragraphs.length].length + 2;
  }
  fs.writeFileSync(file, `${out.join('\n\n')}\n`);
  return file;
}

/** The CLI on one file (`format`), or (format 'decode') only reading and decoding it. */
async function oneFile(file, format) {
  const bytes = fs.statSync(file).size;
  if (format === 'decode') {
    const text = new TextDecoder().decode(fs.readFileSync(file));
    return { bytes, chars: text.length, peakRss: peak() };
  }
  const { main } = await import(pathToFileURL(cliEntry).href);
  const stdout = new Writable({ write: (_chunk, _e, cb) => cb() });
  const code = await main(['-f', format, '-q', '--timeout', '0', file], { stdout, stderr: process.stderr, cwd: root });
  if (code !== 0) throw new Error(`article-clean exited ${code}`);
  return { bytes, peakRss: peak() };
}

function child(args) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', ...args.map(String)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench child ${args.join(' ')} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

// ------------------------------------------------------------------ cold start

// Output goes to /dev/null, not a closed stdout: the CLI refuses to write to a closed stdout.
let devNull = null;
function spawnMs(args) {
  devNull ??= fs.openSync(process.platform === 'win32' ? '\\\\.\\NUL' : '/dev/null', 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.trim()}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function coldStarts(input) {
  const runs = { bare: [], ...Object.fromEntries(FORMATS.map((f) => [f, []])) };
  spawnMs(['-e', '0']); // warm the file cache
  for (const f of FORMATS) spawnMs([bin, '-f', f, input]);
  for (let i = 0; i < SPAWNS; i++) {
    runs.bare.push(spawnMs(['-e', '0']));
    for (const f of FORMATS) runs[f].push(spawnMs([bin, '-f', f, input]));
  }
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)]));
}

// ------------------------------------------------------------------ report

const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mbs = (r) => r.bytes / 1e6 / r.seconds;
const mib = (n) => fmt(n / 2 ** 20);

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('   '), ...rows.slice(1).map(line)].join('\n');
}

async function parent(quick) {
  if (!fs.existsSync(libEntry) || !fs.existsSync(cliEntry)) {
    console.error('bench: dist/ is missing: run `npm run build` (or `npm install`) first');
    process.exit(1);
  }
  const { from, files } = corpusFiles();
  if (!files.length) {
    console.error('bench: no inputs: neither ../shared/corpus nor fixtures/ has any');
    process.exit(1);
  }
  const t0 = performance.now();
  const decode = child(['one-core', 'decode']);
  const clean = child(['one-core', 'clean']);
  const [j1, j2] = [1, 2].map((j) => child(['stream', 2000, j]));
  const sizes = quick ? [1000, 10000] : [1000, 10000, 100000];
  const rss = sizes.map((n) => ({ n, cli: child(['stream', n, 2]), base: child(['stream', n, 0]) }));
  const big = (quick ? [10] : [10, 50]).map((mb) => {
    const file = bigFile(mb);
    try {
      return { mb, base: child(['file', file, 'decode']), ...Object.fromEntries(['json', 'markdown'].map((f) => [f, child(['file', file, f])])) };
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
  const input = files.find((f) => f.endsWith(path.join('seed', 'input.txt'))) ?? files[0];
  const cold = coldStarts(input);
  const haveFeeds = feedFiles(root).length > 0;
  const feeds = haveFeeds ? child(['feeds']) : null;
  const feedRead = haveFeeds ? child(['feeds-read']) : null;
  const feedBase = haveFeeds ? child(['feeds-cheerio']) : null;

  const rows = [
    ['', 'article-clean', 'baseline', 'ratio'],
    ['one core, articles/s', fmt(clean.count / clean.seconds, 0), '', ''],
    ['one core, MB/s', fmt(mbs(clean), 2), `${fmt(mbs(decode), 0)} (TextDecoder)`, `${fmt(mbs(clean) / mbs(decode), 4)}×`],
    ['CLI stream -j 2, MB/s', fmt(mbs(j2), 2), `${fmt(mbs(j1), 2)} (-j 1)`, `${fmt(mbs(j2) / mbs(j1), 2)}×`],
    ...FORMATS.map((f) => [`cold start -f ${f}, ms`, fmt(cold[f]), `${fmt(cold.bare)} (node -e 0)`, `${fmt(cold[f] / cold.bare, 2)}×`]),
    ...rss.map(({ n, cli, base }) => [`peak RSS, ${fmt(n, 0)} streamed, MB`, mib(cli.peakRss), `${mib(base.peakRss)} (stream only)`, `${fmt(cli.peakRss / base.peakRss, 2)}×`]),
    ...big.flatMap(({ mb, base, ...cli }) =>
      ['json', 'markdown'].map((f) => {
        const limit = 4 * cli[f].bytes + 100 * 2 ** 20;
        return [`peak RSS, one ${mb} MB article -f ${f}, MB`, mib(cli[f].peakRss), `${mib(base.peakRss)} (decode only)`, `${fmt(cli[f].peakRss / base.peakRss, 2)}×; ${fmt(cli[f].peakRss / limit, 2)}× of 4×input+100 MB (${mib(limit)})`];
      }),
    ),
  ];
  const pages = pagesRows(fmt);
  if (pages) rows.push(...pages.rows);
  if (feeds) {
    const rate = (r) => r.items / r.seconds;
    rows.push(
      ['feeds, items/s', fmt(rate(feeds), 0), `${fmt(rate(feedBase), 0)} (cheerio parse)`, `${fmt(rate(feedBase) / rate(feeds), 2)}× slower`],
      ['feeds, MB/s', fmt(mbs(feeds), 2), `${fmt(mbs(feedBase), 2)} (cheerio parse)`, `${fmt(mbs(feedBase) / mbs(feeds), 2)}× slower`],
      ['feed readers alone, items/s', fmt(rate(feedRead), 0), `${fmt(rate(feedBase), 0)} (cheerio parse)`, `${fmt(rate(feedBase) / rate(feedRead), 2)}× slower`],
    );
  }
  console.log(`article-clean bench: node ${process.version}, ${files.length} inputs from ${from} cycled; one core over ${clean.count} articles (${fmt(clean.bytes / 1e6)} MB)`);
  console.log(`streams: --from jsonl -f jsonl, 2,000 articles for -j 1/-j 2; cold start: ${path.relative(root, input)}, ${SPAWNS} spawns each, interleaved\n`);
  if (feeds) console.log(`feeds: cleanInput, the readers alone and cheerio alone, each over the ${feeds.files} files in fixtures/feeds for >= 1 s (${feeds.passes} and ${feedBase.passes} passes)`);
  console.log(table(rows));
  if (pages) console.log(`\n${pages.note}`);
  const flat = rss.at(-1).cli.peakRss / rss[0].cli.peakRss;
  console.log(`\npeak RSS ${fmt(rss.at(-1).n, 0)} vs ${fmt(rss[0].n, 0)} streamed: ${fmt(flat, 2)}× (${fmt(performance.now() / 1000 - t0 / 1000)} s)`);
}

const i = process.argv.indexOf('--child');
const p = process.argv.indexOf('--pages-child');
if (p !== -1) await pagesChild(process.argv[p + 1]);
else if (i !== -1 && process.argv[i + 1].startsWith('feeds')) await feedChild(process.argv[i + 1], root, libEntry);
else if (i === -1) await parent(process.argv.includes('--quick'));
else {
  const [kind, a, b] = process.argv.slice(i + 1);
  const result = kind === 'one-core' ? await oneCore(a) : kind === 'file' ? await oneFile(a, b) : await stream(Number(a), Number(b));
  process.stdout.write(JSON.stringify(result));
}
