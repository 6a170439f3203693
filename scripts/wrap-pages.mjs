#!/usr/bin/env node
// wrap-pages.mjs <readability test-pages dir> <out dir>: turn each page's expected.html
// (real article structure) into a syndicated-style text dump with a label.json, so headings
// and body can be scored on real articles. Run from the project folder (cheerio from its node_modules).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(path.join(process.cwd(), 'package.json'));
const cheerio = require('cheerio');
const [src, out] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (a) => a[Math.floor(rnd() * a.length)];
const NAMES = ['Imogen Radcliffe', 'Tobias Wendt', 'Priya Raman', 'Lucas Ferreira', 'Hanna Lindqvist', 'Omar Haddad', 'Claire Dubois', 'Mateo Ruiz'];
const DATES = [['March 4, 2024', '2024-03-04'], ['12 June 2023', '2023-06-12'], ['2022-11-30', '2022-11-30'], ['Jan. 9, 2021', '2021-01-09']];
const ws = (s) => s.replace(/\s+/g, ' ').trim();
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'figcaption', 'tr', 'dt', 'dd', 'blockquote']);
function blocks($, root) {
  const res = [];
  const walk = (el) => {
    for (const c of $(el).contents().toArray()) {
      if (c.type !== 'tag') continue;
      const tag = c.tagName.toLowerCase();
      if (['script', 'style', 'img', 'svg', 'iframe', 'video', 'noscript'].includes(tag)) continue;
      const hasBlockChild = $(c).find([...BLOCK].join(',')).length > 0;
      if (BLOCK.has(tag) && !hasBlockChild) {
        let text;
        if (tag === 'tr') text = $(c).children('td,th').toArray().map((x) => ws($(x).text())).filter(Boolean).join(' | ');
        else if (tag === 'pre') text = $(c).text().split('\n').map((l) => l.trimEnd()).filter((l) => l.trim()).join('\n');
        else text = ws($(c).text());
        if (text && /[\p{L}\p{N}]/u.test(text)) res.push({ tag, text });
      } else walk(c);
    }
  };
  walk(root);
  return res;
}
function wrap(text, width) {
  const words = text.split(' ');
  const lines = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > width) { lines.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}
let n = 0;
for (const name of fs.readdirSync(src).sort()) {
  const dir = path.join(src, name);
  if (!fs.existsSync(path.join(dir, 'expected.html'))) continue;
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8'));
  const $ = cheerio.load(fs.readFileSync(path.join(dir, 'expected.html'), 'utf8'));
  let bs = blocks($, $('body').length ? $('body')[0] : $.root()[0]);
  const title = ws(meta.title ?? '');
  if (!title || bs.length < 3) continue;
  // pre blocks with several lines: keep as separate paragraph lines
  bs = bs.flatMap((b) => (b.tag === 'pre' ? b.text.split('\n').map((t) => ({ tag: 'pre', text: ws(t) })) : [b])).filter((b) => b.text);
  if (bs[0] && ws(bs[0].text) === title) bs = bs.slice(1);
  const author = pick(NAMES);
  const [dateText, dateIso] = pick(DATES);
  const width = rnd() < 0.3 ? 68 + Math.floor(rnd() * 10) : null;
  const lines = [title, '', `By ${author}`, dateText, ''];
  const bylineLines = [3, 4];
  const sections = [{ heading: null, paragraphs: [] }];
  const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
  const RUNS = new Set(['li', 'tr', 'pre', 'dt', 'dd']);
  for (const [i, b] of bs.entries()) {
    // Lines of one list, table or code block stand on adjacent lines, as dumps give them.
    const joined = RUNS.has(b.tag) && RUNS.has(bs[i + 1]?.tag ?? '') && (bs[i + 1].tag === b.tag || (b.tag === 'dt') !== (bs[i + 1].tag === 'dt'));
    if (headingTags.has(b.tag)) {
      sections.push({ heading: b.text, paragraphs: [] });
      lines.push(b.text, '');
    } else {
      sections.at(-1).paragraphs.push(b.text);
      const phys = width && !RUNS.has(b.tag) ? wrap(b.text, width) : [b.text];
      lines.push(...phys);
      if (!joined) lines.push('');
    }
  }
  if (!sections[0].paragraphs.length && sections.length > 1) sections.shift();
  const id = `rdb-${name}`;
  fs.mkdirSync(path.join(out, id), { recursive: true });
  fs.writeFileSync(path.join(out, id, 'input.txt'), lines.join('\n'));
  const label = {
    id, family: 'readability-wrapped', source: { benchmarkId: null, url: null }, headline: title,
    byline: { authors: [author], publication: null, curator: null, published: dateIso }, bylineLines,
    sections, optionalHeadings: [], pullquotes: [], quotes: [], boilerplate: [],
    options: { blankLines: 1, wrapWidth: width, crlf: false, trailingSpaces: false, leadingBlankLines: 0, trailingBlankLines: 0, finalNewline: true, noise: 0, pullquote: false },
  };
  fs.writeFileSync(path.join(out, id, 'label.json'), JSON.stringify(label, null, 1));
  n++;
}
console.log(`${n} cases in ${out}`);
