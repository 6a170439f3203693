/**
 * Inputs that used to overflow the stack ("Maximum call stack size exceeded"): a million
 * short lines (a spread of every line width into Math.max), and 100,000-deep nesting in HTML
 * and in a feed (recursive walks, and htmlparser2's quadratic stack of open elements). Each
 * ends with an article, or with one clear line (the time limit), never a stack overflow.
 */
import { describe, expect, it, vi } from 'vitest';
import { splitLines } from '../../src/readers/lines.js';
import { detectWrapWidth } from '../../src/readers/unwrap.js';
import { flattenDeepNesting } from '../../src/readers/page/depth.js';
import { run, tempTree } from '../cli/helpers.js';
import { bySize } from '../helpers/profile.js';

vi.setConfig({ testTimeout: 120_000 });

// 20,000 levels is far past the flattening limit (1,000) and the default stack; FULL=1 runs the 100,000 of the issue.
const DEPTH = bySize(20_000, 100_000);
const CLI_LINES = bySize(20_000, 200_000);
const BODY = 'The council approved the new harbour plan on Tuesday after a long debate.';

/** One line on stderr, and not a stack overflow. */
function oneLine(stderr: string): void {
  expect(stderr.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
  expect(stderr).not.toMatch(/call stack|RangeError|\n {4}at /);
}

describe('a million short lines (the CLI run: 20,000; 200,000 with FULL=1)', () => {
  const lines = Array.from({ length: 1_000_000 }, (_, i) => `line ${i % 97} of the list`);

  it('detects the wrap width without overflowing the stack', () => {
    const physical = splitLines(lines.join('\n'));
    expect(() => detectWrapWidth(physical)).not.toThrow();
  });

  it('ends with an article or the time-limit line through the CLI', async () => {
    const dir = tempTree({ 'many.txt': `Headline of the list\n\n${lines.slice(0, CLI_LINES).join('\n')}\n` });
    const r = await run(['-f', 'json', '--timeout', '2s', 'many.txt'], { cwd: dir });
    oneLine(r.stderr);
    if (r.code === 0) expect(JSON.parse(r.stdout).headline).toBe('Headline of the list');
    else {
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('article-clean: many.txt: took longer than the 2 s limit (--timeout)\n');
    }
  });
});

describe('100,000-deep nesting', () => {
  it('HTML keeps the text inside and exits 0', async () => {
    const html = `<html><body>${'<div>'.repeat(DEPTH)}<p>${BODY}</p>${'</div>'.repeat(DEPTH)}</body></html>`;
    const dir = tempTree({ 'deep.html': html });
    const r = await run(['-f', 'json', 'deep.html'], { cwd: dir });
    oneLine(r.stderr);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(BODY);
  });

  it('a feed nested inside an item keeps the item and exits 0', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Deep item</title><description>${BODY}</description>${'<x>'.repeat(DEPTH)}y${'</x>'.repeat(DEPTH)}</item></channel></rss>`;
    const dir = tempTree({ 'deep.xml': feed });
    const r = await run(['-f', 'json', 'deep.xml'], { cwd: dir });
    oneLine(r.stderr);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).headline).toBe('Deep item');
    expect(r.stdout).toContain(BODY);
  });

  it('HTML markup nested in a feed description keeps its text and exits 0', async () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Deep item</title><description>${'<div>'.repeat(DEPTH)}${BODY}${'</div>'.repeat(DEPTH)}</description></item></channel></rss>`;
    const dir = tempTree({ 'deep.xml': feed });
    const r = await run(['-f', 'json', 'deep.xml'], { cwd: dir });
    oneLine(r.stderr);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(BODY);
  });
});

describe('flattenDeepNesting', () => {
  it('in XML mode leaves tags inside CDATA and comments alone, and keeps every offset', () => {
    const inner = `<![CDATA[${'<p>'.repeat(50)}]]><!-- ${'<b>'.repeat(50)} -->`;
    const xml = `<a>${'<b>'.repeat(20)}${inner}${'</b>'.repeat(20)}</a>`;
    const flat = flattenDeepNesting(xml, 10, true);
    expect(flat.length).toBe(xml.length);
    expect(flat).toContain(inner);
    expect(flat.match(/<b>/g)!.length).toBe(9 + 50);
  });
});
