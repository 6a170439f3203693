// Feed throughput for `npm run bench`: cleanInput (dist/lib) over the feed, JSON Lines and
// HTML fixtures in fixtures/feeds, beside parsing the same files with cheerio alone (the
// feed as XML, then each item's content as HTML; JSON with JSON.parse), in the same run.
// The readers alone (src/readers/input.ts: decoding, XML/JSON/HTML parsing, blocks, item
// furniture, learning across items; no text pipeline) are measured too, bundled on the fly
// with esbuild, since the library does not export them.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const MIN_SECONDS = 1;

export function feedFiles(root) {
  const dir = path.join(root, 'fixtures/feeds');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((n) => /\.(xml|rss|atom|rdf|json|jsonl|html?)$/.test(n) && n !== 'expected.json').sort().map((n) => path.join(dir, n));
}

/** Items of one file as cheerio alone sees them: parse the document, then each item's content. */
function cheerioParse(cheerio, name, bytes) {
  const text = new TextDecoder().decode(bytes);
  if (/\.jsonl$/.test(name)) {
    return text.split('\n').filter((l) => l.trim()).reduce((n, l) => {
      try {
        const o = JSON.parse(l);
        cheerio.load(o.html ?? o.text ?? '');
        return n + 1;
      } catch {
        return n;
      }
    }, 0);
  }
  if (/\.json$/.test(name)) {
    const items = JSON.parse(text).items ?? [];
    for (const i of items) cheerio.load(i.content_html ?? i.content_text ?? '');
    return items.length;
  }
  if (/\.html?$/.test(name)) return cheerio.load(text), 1;
  const $ = cheerio.load(text, { xml: true });
  const items = $('item, entry').toArray();
  for (const el of items) cheerio.load($(el).children('content\\:encoded, content, description, summary').first().text());
  return items.length;
}

/** src/readers/input.ts bundled (dependencies external) into a scratch file; its path. */
async function bundleReaders(root) {
  const esbuild = await import('esbuild');
  // Inside the project, so that its imports resolve to node_modules.
  const outfile = path.join(root, 'node_modules/.cache/article-clean-bench', `readers-${process.pid}.mjs`);
  await esbuild.build({ entryPoints: [path.join(root, 'src/readers/input.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'silent' });
  process.on('exit', () => fs.rmSync(outfile, { force: true }));
  return outfile;
}

export async function feedChild(kind, root, libEntry) {
  const files = feedFiles(root).map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(f)) }));
  let work;
  if (kind === 'feeds') {
    const { cleanInput } = await import(pathToFileURL(libEntry).href);
    work = (f) => cleanInput(f.bytes, { path: f.name }).length;
  } else if (kind === 'feeds-read') {
    const { readInput } = await import(pathToFileURL(await bundleReaders(root)).href);
    work = (f) => readInput(f.bytes, { path: f.name }).items.length;
  } else {
    const cheerio = await import('cheerio');
    work = (f) => cheerioParse(cheerio, f.name, f.bytes);
  }
  for (const f of files) work(f); // warm-up
  let items = 0;
  let bytes = 0;
  let passes = 0;
  const t0 = performance.now();
  do {
    for (const f of files) {
      items += work(f);
      bytes += f.bytes.byteLength;
    }
    passes++;
  } while (performance.now() - t0 < MIN_SECONDS * 1000);
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(JSON.stringify({ files: files.length, passes, items, bytes, seconds, peakRss: process.memoryUsage.rss() }));
}
