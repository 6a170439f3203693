/**
 * Fixes found by the hostile-input catalogue (scripts/hostile-catalogue.mjs,
 * docs/hostile-catalogue.md): one test per failure it found on its first run.
 */
import fs from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { cleanInput } from '../../src/clean-input.js';
import { decodeBytes } from '../../src/readers/decode.js';
import { run, tempTree } from '../cli/helpers.js';

vi.setConfig({ testTimeout: 30_000 });

const STORY = 'Council approves new riverside park plan\nBy Jane Smith\n\nThe city council voted on Tuesday to approve a riverside park near the harbour.\n';

describe('check over deeply nested Markdown', () => {
  it('checks 10,000 nested blockquotes as plain text, with one parse error and no stack overflow', async () => {
    const dir = tempTree({ 'in.md': `${STORY}\n${'>'.repeat(10_000)} deep quoted words\n` });
    const r = await run(['check', '--reporter', 'json', 'in.md'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout);
    const parse = file.messages.filter((m: { ruleId: string }) => m.ruleId === 'article-clean:parse');
    expect(parse.map((m: { message: string; line: number }) => [m.message, m.line])).toEqual([['Markdown nested more than 128 levels deep (line 6): checked as plain text', 6]]);
  });

  it('checks a list nested 2,000 deep as plain text instead of spending minutes in the parser', async () => {
    const list = Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    const dir = tempTree({ 'in.md': `${STORY}\n${list}\n` });
    const r = await run(['check', '--reporter', 'json', 'in.md'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Markdown nested more than 128 levels deep (line 70)');
  });

  it('still reads ordinary nested Markdown as Markdown', async () => {
    const dir = tempTree({ 'in.md': `# Council approves new riverside park plan\n\n> quoted\n> > nested quote\n\n- a\n  - b\n    - c\n` });
    const r = await run(['check', '--reporter', 'json', 'in.md'], { cwd: dir });
    expect(r.stdout).not.toContain('nested more than');
  });
});

describe('check with a stdout that cannot be written', () => {
  const failing = (code: string) =>
    new Writable({
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error(`${code}: write failed`), { code }));
      },
    });

  it('exits 2 with one line when stdout is full (ENOSPC), not 0 with the report lost', async () => {
    const dir = tempTree({ 'in.txt': STORY });
    const r = await run(['check', 'in.txt'], { cwd: dir, stdout: failing('ENOSPC') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^article-clean: cannot write the report to standard output: .+\n$/);
  });

  it('stays quiet when the reader went away (EPIPE)', async () => {
    const dir = tempTree({ 'in.txt': STORY });
    const r = await run(['check', 'in.txt'], { cwd: dir, stdout: failing('EPIPE') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('binary files known by their signature', () => {
  const zip = Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.alloc(300, 0x9c)]);
  it.each([
    ['a ZIP whose bytes are mostly printable', zip, 'a ZIP archive (or an Office document)'],
    ['a PDF, whose header is ASCII', Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'a PDF document'],
  ])('refuses %s with one line naming the format', async (_name, bytes, kind) => {
    const dir = tempTree({ 'in.txt': new Uint8Array(bytes), 'good.txt': STORY });
    const r = await run(['-f', 'jsonl', 'in.txt', 'good.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`article-clean: in.txt: looks like binary data (${kind})\n`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('reads text that merely starts with similar letters', async () => {
    const dir = tempTree({ 'in.txt': `PDF-ready reports\n\n${STORY}` });
    const r = await run(['-f', 'json', 'in.txt'], { cwd: dir });
    expect(r.code).toBe(0);
  });
});

describe('UTF-8 with a few bad bytes or legacy lines', () => {
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

  it('keeps the good characters: bad bytes become U+FFFD, the rest is not read as cp1252', () => {
    const d = decodeBytes(cat(utf8('\u201cWe waited a long ti'), Uint8Array.from([0xff, 0xc3]), utf8('me,\u201d said Mar\u00eda.\n')));
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('\u201cWe waited a long ti\ufffd\ufffdme,\u201d said Mar\u00eda.\n');
  });

  it('decodes a latin-1 line pasted into a UTF-8 file by the legacy decoder, line by line', () => {
    const d = decodeBytes(cat(utf8('Caf\u00e9 \u201copen\u201d again\n'), new Uint8Array(Buffer.from('A na\u00efve late line\n', 'latin1'))));
    expect(d.text).toBe('Caf\u00e9 \u201copen\u201d again\nA na\u00efve late line\n');
  });

  it('still reads a legacy file as legacy', () => {
    expect(decodeBytes(new Uint8Array(Buffer.from('Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, d\u00e9j\u00e0 vu.\n', 'latin1'))).text).toBe('Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e, d\u00e9j\u00e0 vu.\n');
  });
});

describe('lone surrogate escapes in JSON input', () => {
  it('become U+FFFD in every field, and never reach the output as half a character', async () => {
    const line = '{"title":"Half \\ud800 here","author":"Jane \\udc00 Smith","text":"Some text \\udc00 with a lone low surrogate, and a pair \\ud83d\\ude00 that stays."}';
    const dir = tempTree({ 'in.jsonl': `${line}\n` });
    const r = await run(['-f', 'jsonl', 'in.jsonl'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
    const a = JSON.parse(r.stdout);
    expect(a.headline).toBe('Half \ufffd here');
    expect(JSON.stringify(a.sections)).toContain('Some text \ufffd with a lone low surrogate, and a pair \u{1F600} that stays.');
  });
});

describe('numeric dates out of range in JSON input', () => {
  it('give no date instead of losing the item to "Invalid time value"', async () => {
    const lines = ['1e400', '-1e300', '1e15', '1700000000'].map((d, i) => `{"title":"Dated story ${i}","date":${d},"text":"Some words of the story text here."}`);
    const dir = tempTree({ 'in.jsonl': `${lines.join('\n')}\n` });
    const r = await run(['-f', 'jsonl', 'in.jsonl'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const published = r.stdout.trim().split('\n').map((l) => JSON.parse(l).byline.published);
    expect(published).toEqual([null, null, null, '2023-11-14T22:13:20Z']);
  });
});

describe('--timeout on a feed of many items', () => {
  it('gives each item its own budget: an item that overruns fails alone, the items done are kept', () => {
    const big = 'Line of the log here, and then some more words. '.repeat(20_000);
    const lines = [{ title: 'First story', text: 'A short first story.' }, { title: 'Huge story', text: big }, { title: 'Third story', text: 'A short third story.' }].map((o) => JSON.stringify(o));
    const failed: { item: number; reason: string }[] = [];
    // The input's budget (60 s) covers the reading; each item's is 1 ms, which the huge one overruns.
    const articles = cleanInput(lines.join('\n'), { from: 'jsonl', deadline: { at: Date.now() + 60_000, ms: 1 }, onItemError: (item, reason) => failed.push({ item, reason }) });
    expect(articles.length + failed.length).toBe(3);
    expect(failed).toContainEqual({ item: 1, reason: 'took longer than the 1 ms limit (--timeout)' });
  });

  it('holds a single-article input to the input budget, and fails it as a whole', () => {
    expect(() => cleanInput(`Headline\n\n${'Line of the log here. '.repeat(2_000)}`, { deadline: { at: Date.now() - 1, ms: 1 } })).toThrow(/took longer than the 1 ms limit/);
  });
});

describe('file names that are not UTF-8', () => {
  it.runIf(process.platform === 'linux')('are named as unopenable, with the reason, instead of a bare "no such file"', async () => {
    const dir = tempTree({ 'good.txt': STORY });
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad`), Buffer.from([0xff]), Buffer.from('.txt')]), STORY);
    const r = await run(['-f', 'jsonl', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('article-clean: bad\ufffd.txt: no such file (its name is not valid UTF-8, which Node cannot open by name: rename the file)\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });
});
