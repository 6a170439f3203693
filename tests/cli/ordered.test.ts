/** The ordered window: bounded reading ahead, results in input order whatever finishes first. */
import { describe, expect, it } from 'vitest';
import { ordered } from '../../src/cli/ordered.js';
import { lines, textRecords } from '../../src/cli/records.js';

describe('ordered', () => {
  it('keeps input order when later tasks finish first, and reads no more than the window ahead', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield i;
      }
    }
    const slowFirst = (i: number) => new Promise<number>((resolve) => setTimeout(() => resolve(i * 10), i % 4 === 0 ? 20 : 1));
    const results = ordered(source(), slowFirst, 8);
    const seen: number[] = [];
    for await (const [i, r] of results) {
      expect(pulled - i).toBeLessThanOrEqual(8);
      seen.push(r);
      if (i === 10) await new Promise((resolve) => setTimeout(resolve, 30)); // a slow consumer
    }
    expect(seen).toEqual(Array.from({ length: 100 }, (_, i) => i * 10));
  });
});

describe('records', () => {
  async function* chunks(...parts: string[]) {
    for (const p of parts) yield Buffer.from(p);
  }
  const text = async (gen: AsyncIterable<Buffer>) => {
    const out: string[] = [];
    for await (const b of gen) out.push(b.toString('utf8'));
    return out;
  };

  it('splits lines across chunk boundaries, CRLF or LF', async () => {
    expect(await text(lines(chunks('a\r', '\nb', 'c\n\nd')))).toEqual(['a', 'bc', '', 'd']);
  });

  it('cuts text at form feeds or delimiter lines, dropping blank records and the delimiters', async () => {
    expect(await text(textRecords(chunks('one\n\f', 'two\f\n'), null))).toEqual(['one\n', 'two']);
    expect(await text(textRecords(chunks('-----\nA\nb\n---', '--\nC\n'), /^-----$/))).toEqual(['A\nb', 'C']);
  });
});
