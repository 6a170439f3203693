/**
 * Hostile and odd content: encodings that used to be misread, stray control bytes, binary
 * data, and text shapes that stress the stages (one huge line, one huge word, a capital and
 * 200,000 lower-case letters, many short lines, odd Unicode). Every case ends with a correct
 * article or one clear line, and loses no word. The many-short-lines shape is the costly one
 * (about 0.1 ms a line): 5,000 lines by default, 20,000 under FULL=1; its growth with size is
 * the scaling test's (tests/hostile/scaling.test.ts).
 */
import crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import { decodeBytes } from '../../src/readers/decode.js';
import { article, run, tempTree } from '../cli/helpers.js';
import { bySize } from '../helpers/profile.js';
import { lostWords } from './helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const STORY = article('Council approves the new harbour plan');
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
function utf32(s: string, le: boolean, bom: boolean): Uint8Array {
  const cps = [...(bom ? '\ufeff' : '') + s].map((c) => c.codePointAt(0)!);
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (le ? b.writeUInt32LE(cp, i * 4) : b.writeUInt32BE(cp, i * 4)));
  return new Uint8Array(b);
}

describe('encodings', () => {
  it.each([
    ['UTF-16LE without BOM', utf16le(STORY), 'utf-16le'],
    ['UTF-16BE without BOM', utf16be(STORY), 'utf-16be'],
    ['UTF-32LE with BOM', utf32(STORY, true, true), 'utf-32le'],
    ['UTF-32BE with BOM', utf32(STORY, false, true), 'utf-32be'],
    ['UTF-32LE without BOM', utf32(STORY, true, false), 'utf-32le'],
  ])('reads %s through the CLI (no binary refusal, no NUL between letters)', async (_name, bytes, encoding) => {
    const dir = tempTree({ 'in.txt': bytes });
    const r = await run(['-f', 'json', 'in.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    const a = JSON.parse(r.stdout);
    expect(a.headline).toBe('Council approves the new harbour plan');
    expect(a.source.encoding).toBe(encoding);
    expect(r.stdout).not.toContain('\\u0000');
  });

  it('decodes UTF-32 outside the BMP and marks a truncated last unit', () => {
    expect(decodeBytes(utf32('caf\u00e9 \u{1F600}', true, true)).text).toBe('caf\u00e9 \u{1F600}');
    expect(decodeBytes(Uint8Array.from([...utf32('ab', false, true), 0, 0])).text).toBe('ab\ufffd');
  });
});

describe('stray control bytes', () => {
  it('drops NULs inside good text with a warning giving their count and the first position', () => {
    const text = STORY.replace('first paragraph', 'first\u0000 para\u0000graph').replace('second', 'sec\u0007ond');
    const a = cleanArticle(new TextEncoder().encode(text));
    const warning = a.warnings.find((w) => w.rule === 'article-clean:control-characters');
    expect(warning?.message).toBe('Dropped 3 stray control characters (NUL and the like); the first at line 5, column 10');
    expect(warning?.position?.start).toEqual({ line: 5, column: 10, offset: 61 });
    expect(JSON.stringify(a)).toContain('The first paragraph of the story');
    expect(JSON.stringify(a)).toContain('A second paragraph');
  });

  it('cleans, not refuses, a file with one NUL byte', async () => {
    const dir = tempTree({ 'nul.txt': `${STORY}\u0000` });
    const r = await run(['-f', 'jsonl', 'nul.txt'], { cwd: dir });
    expect(r.code).toBe(0);
  });

  it('refuses random bytes as binary data, in one line', async () => {
    const dir = tempTree({ 'noise.txt': new Uint8Array(crypto.randomBytes(20000)), 'png.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]) });
    const r = await run(['noise.txt', 'png.txt'], { cwd: dir });
    expect(r.stderr).toBe('article-clean: noise.txt: looks like binary data\narticle-clean: png.txt: looks like binary data (a PNG image)\n');
  });

  it('refuses empty and whitespace-only input', async () => {
    const dir = tempTree({ 'e.txt': '', 'w.txt': ' \n\t\r\n  ' });
    expect((await run(['e.txt', 'w.txt'], { cwd: dir })).stderr).toBe('article-clean: e.txt: is empty\narticle-clean: w.txt: is empty\n');
  });

  it('keeps a control character in a file name on one escaped line', async () => {
    const dir = tempTree({ 'a\nb.txt': '' });
    expect((await run(['a\nb.txt'], { cwd: dir })).stderr).toBe('article-clean: a\\nb.txt: is empty\n');
  });
});

const word = 'supercalifragilistic';
const SHAPES: [string, string][] = [
  ['one long line of sentences', 'The quick brown fox jumps over the lazy dog, said Jane Smith. '.repeat(4000)],
  ['one long word', `A ${'x'.repeat(300_000)} end`],
  ['a capital and 200,000 lower-case letters', `A${'a'.repeat(200_000)}`],
  ['many short lines', Array.from({ length: bySize(5_000, 20_000) }, (_, i) => `Line ${i}`).join('\n')],
  ['many blank lines between two', `Top\n${'\n'.repeat(100_000)}Bottom line of the story.`],
  ['CRLF and lone CR', 'Headline here\r\n\r\nBy Ann Lee\r\rBody one says things.\rBody two says more.'],
  ['only quote marks', '“”„‟"\'‘’«»‹›'.repeat(2000)],
  ['quote–dash runs', '“—”'.repeat(20_000)],
  ['only punctuation and separators', '|·•—–-=*_~#'.repeat(3000)],
  ['zero-width and bidi characters', `Head\u200bline\u202e here\n\nBy Z\u200dÖ Ünal\n\nText \u2066with\u2069 isolates and \ufeff BOMs inside.`],
  ['emoji, combining marks and astral letters', `T\u0301i\u0308tle 👩‍👩‍👧 \u{1D400}\n\nBy José Ñúñez\n\n${word} 🎉 e\u0301e\u0301.`],
  ['a name list of 5,000 names', `By ${Array.from({ length: 5000 }, (_, i) => `Ann Lee${i}`).join(', ')}`],
  ['deeply nested brackets', `${'('.repeat(50_000)}x${')'.repeat(50_000)}`],
  ['a copyright symbol run', `©${'©'.repeat(100_000)} x`],
  ['digits without end', '1'.repeat(200_000)],
  ['spaces without end then a bar', `A${' '.repeat(200_000)}| B`],
];

describe('text shapes that stress the stages', () => {
  it.each(SHAPES)('%s: cleans and loses no word', (_name, text) => {
    const a = cleanArticle(text);
    expect(lostWords(text.replace(/\r\n?/g, '\n'), a)).toEqual([]);
  });
});
