/** The CLI on feeds, JSON Lines and HTML: one output per item, in order; a bad item fails alone. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, run, tempTree } from './helpers.js';

const rss = (titles: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Pier Post</title>${titles
    .map((t, i) => `<item><title>${t}</title><guid>pier-${i}</guid><description>The story of ${t.toLowerCase()} goes on for a sentence or two here.</description></item>`)
    .join('')}</channel></rss>`;

describe('feeds on the command line', () => {
  it('-f jsonl prints one line per item, in order, then the next input', async () => {
    const cwd = tempTree({ 'in/a.xml': rss(['First boat', 'Second boat']), 'in/b.txt': article('Plain text story') });
    const r = await run(['-f', 'jsonl', 'in'], { cwd });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; headline: string; source: { item?: number; format: string } });
    expect(lines.map((l) => [l.headline, l.source.format, l.source.item])).toEqual([
      ['First boat', 'rss', 0],
      ['Second boat', 'rss', 1],
      ['Plain text story', 'text', undefined],
    ]);
    expect(lines.slice(0, 2).map((l) => l.id)).toEqual(['pier-0', 'pier-1']);
  });

  it('--out-dir names each item <basename>-<item>.<ext>', async () => {
    const cwd = tempTree({ 'feed.rss': rss(['One', 'Two', 'Three']), 'page.html': '<h1>A page</h1><p>Its only paragraph is this one, long enough to be prose.</p>' });
    const r = await run(['-f', 'json', '--out-dir', 'out', 'feed.rss', 'page.html'], { cwd });
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(cwd, 'out')).sort()).toEqual(['feed-0.json', 'feed-1.json', 'feed-2.json', 'page.json']);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'out/feed-2.json'), 'utf8')).headline).toBe('Three');
  });

  it('a broken JSON line fails alone, with one line naming the file and the item', async () => {
    const cwd = tempTree({ 'x.jsonl': '{"title": "Good one", "text": "Body of the good one."}\n{broken\n{"title": "Good two", "text": "Body two."}\n' });
    const r = await run(['-f', 'jsonl', 'x.jsonl'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('article-clean: x.jsonl: item 1: line 2 is not a JSON object\n');
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).headline)).toEqual(['Good one', 'Good two']);
  });

  it('--from forces the kind', async () => {
    const cwd = tempTree({ 'feed.txt': rss(['Forced']) });
    const asText = await run(['-f', 'jsonl', '--from', 'text', 'feed.txt'], { cwd });
    expect(JSON.parse(asText.stdout).source.format).toBe('text');
    const asRss = await run(['-f', 'jsonl', '--from', 'rss', 'feed.txt'], { cwd });
    expect(JSON.parse(asRss.stdout).headline).toBe('Forced');
    expect((await run(['--from', 'pdf', 'feed.txt'], { cwd })).code).toBe(2);
  });

  it('--learn-across takes a block repeating across the batch as furniture; without it each input stands alone', async () => {
    const story = (n: number) => `Story ${n} of the week\n\nThe ${['first', 'second', 'third'][n]} story tells what happened at the quay on a long, wet afternoon in March.\n\nThe harbour office opens at nine on weekdays.\n`;
    const cwd = tempTree({ 'a.txt': story(0), 'b.txt': story(1), 'c.txt': story(2) });
    const bodies = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l).sections.flatMap((s: { blocks: { text: string }[] }) => s.blocks.map((b) => b.text)));
    const alone = await run(['-f', 'jsonl', 'a.txt', 'b.txt', 'c.txt'], { cwd });
    for (const body of bodies(alone.stdout)) expect(body).toContain('The harbour office opens at nine on weekdays.');
    const learned = await run(['-f', 'jsonl', '--learn-across', 'a.txt', 'b.txt', 'c.txt'], { cwd });
    expect(learned.code).toBe(0);
    for (const body of bodies(learned.stdout)) expect(body).not.toContain('The harbour office opens at nine on weekdays.');
    expect(bodies(learned.stdout).map((b) => b.length)).toEqual([1, 1, 1]);
  });
});
