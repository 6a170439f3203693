// The page part of `npm run bench`: whole-page extraction (extractPage from dist/lib) beside
// Readability.js + linkedom (dev dependencies) on the same pages, each in its own child
// process so each peak RSS belongs to one extractor. Pages: $BENCH_PAGES, else a checkout of
// mozilla/readability's test pages at ../data/readability-pages (never in this repository),
// else fixtures/pages. Each child reads every page, warms up, then cycles the pages for at
// least 200 extractions. Prints only; asserts nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MIN_PAGES = 200;

function pageFiles() {
  const candidates = [process.env.BENCH_PAGES, path.resolve(root, '../data/readability-pages/test/test-pages'), path.join(root, 'fixtures/pages')].filter(Boolean);
  for (const dir of candidates) {
    if (!fs.existsSync(dir)) continue;
    const files = fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((d) => (d.isDirectory() ? [path.join(dir, d.name, 'source.html')] : d.name.endsWith('.html') ? [path.join(dir, d.name)] : []))
      .filter((f) => fs.existsSync(f))
      .sort();
    if (files.length) return { from: path.relative(root, dir) || dir, files };
  }
  return { from: 'nowhere', files: [] };
}

export async function pagesChild(kind) {
  const pages = pageFiles().files.map((f) => fs.readFileSync(f, 'utf8'));
  let work;
  if (kind === 'ours') {
    const { extractPage, loadPage } = await import(pathToFileURL(path.join(root, 'dist/lib/index.js')).href);
    work = (html) => extractPage(loadPage(html));
  } else {
    const { Readability } = await import('@mozilla/readability');
    const { parseHTML } = await import('linkedom');
    work = (html) => new Readability(parseHTML(html).document).parse();
  }
  for (const html of pages.slice(0, 10)) work(html); // warm-up
  let peakRss = process.memoryUsage.rss();
  let count = 0;
  let bytes = 0;
  const t0 = performance.now();
  while (count < Math.max(MIN_PAGES, pages.length)) {
    for (const html of pages) {
      work(html);
      count++;
      bytes += html.length;
      if ((count & 3) === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(JSON.stringify({ count, bytes, seconds, peakRss: Math.max(peakRss, process.memoryUsage.rss()) }));
}

function run(kind) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/bench.mjs'), '--pages-child', kind], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`bench pages child '${kind}' failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Rows for the bench table, or null when there are no pages or no Readability.js. */
export function pagesRows(fmt) {
  const { from, files } = pageFiles();
  if (!files.length) return null;
  let theirs;
  try {
    theirs = run('readability');
  } catch (e) {
    return { note: `pages: Readability.js + linkedom not available (${String(e.message).split('\n')[0]})`, rows: [] };
  }
  const ours = run('ours');
  const rate = (r) => r.count / r.seconds;
  const mb = (n) => n / 2 ** 20;
  return {
    note: `pages: ${ours.count} extractions cycled from ${files.length} pages in ${from}; baseline Readability.js + linkedom`,
    rows: [
      ['pages/s (whole pages)', fmt(rate(ours), 1), `${fmt(rate(theirs), 1)} (Readability.js)`, `${fmt(rate(ours) / rate(theirs), 2)}×`],
      ['peak RSS, MB (pages)', fmt(mb(ours.peakRss)), `${fmt(mb(theirs.peakRss))} (Readability.js)`, `${fmt(ours.peakRss / theirs.peakRss, 2)}×`],
    ],
  };
}
