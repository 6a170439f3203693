/** The readers' seam: a tree with what a structured reader knew (as feed items will give it). */
import { expect, it } from 'vitest';
import { readDocument } from '../../src/check/formats/index.js';
import { articleFromTree } from '../../src/check/formats/text.js';
import { parseText } from '../../src/readers/text.js';

const TEXT = 'Ferry cut\n\nThe ferry company will run two crossings a day instead of five this winter, it said.\n\nAdvertisement\n';

it('declared metadata wins over what the text stages find; blocks keep their lines', () => {
  const meta = { title: 'Ferry services cut', authors: ['Leah Byrne'], published: '2024-11-02', url: 'https://example.org/ferry' };
  const a = articleFromTree(parseText(TEXT), TEXT, 'feed.xml', 'utf-8', meta);
  expect(a.headline).toEqual({ text: 'Ferry services cut', position: expect.objectContaining({ start: expect.objectContaining({ line: 1 }) }) });
  expect(a.authors).toEqual(['Leah Byrne']);
  expect(a.date?.text).toBe('2024-11-02');
  expect(a.url).toBe('https://example.org/ferry');
  expect(a.blocks.map((b) => `${b.kind}@${b.position.start.line}`)).toEqual(['headline@1', 'paragraph@3', 'boilerplate@5']);
});

it('without metadata, the pipeline’s reading', () => {
  const a = articleFromTree(parseText(TEXT), TEXT, null, 'utf-8');
  expect(a.headline?.text).toBe('Ferry cut');
  expect(a.authors).toEqual([]);
  expect(a.date).toBe(null);
});

const PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Signal box restored</title></head>
<body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/events">Events</a></nav></header>
  <article>
    <h1>Signal box restored</h1>
    <time datetime="2024-05-18T10:00:00+01:00">18 May 2024</time>
    <p>A team of volunteers has finished restoring the signal box at the old junction station, three years after work began on the derelict building.</p>
    <p>Advertisement</p>
    <p>The box will open to visitors on the first Saturday of each month from June, the heritage trust said on Friday.</p>
  </article>
  <footer><p>© 2024 Northern Rail Heritage Trust</p></footer>
</body>
</html>
`;

it('a whole page: its chrome is left out, furniture in the story stays, the date is on its element, whole-article messages on line 1', () => {
  const [a] = readDocument(Buffer.from(PAGE), 'page.html').doc.articles;
  expect(a.blocks.filter((b) => b.kind === 'boilerplate').map((b) => b.position.start.line)).toEqual([10]);
  expect(a.date?.position.start.line).toBe(8);
  expect(a.start.start.line).toBe(1);
});

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Echo</title>
  <item>
    <title>Lifeboat open day</title>
    <pubDate>Fri, 30 Feb 2024 09:00:00 +0000</pubDate>
    <description>&lt;p&gt;The lifeboat station will hold an open day on Saturday.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Ferry runs later</title>
    <pubDate>Tue, 14 May 2024 08:00:00 +0000</pubDate>
    <description>&lt;p&gt;The ferry will run until 10 p.m. from June.&lt;/p&gt;</description>
  </item>
</channel></rss>
`;

it('a feed item’s date is placed on its element, and kept as written when the reader could not parse it', () => {
  const [first, second] = readDocument(Buffer.from(FEED), 'feed.rss').doc.articles;
  expect(first.date).toEqual(expect.objectContaining({ text: 'Fri, 30 Feb 2024 09:00:00 +0000' }));
  expect(first.date?.position.start.line).toBe(5);
  expect(second.date?.position.start.line).toBe(10);
});
