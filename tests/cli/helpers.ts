/** Drive `main()` in-process with captured streams, and make throwaway input trees. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  /** Text piped on stdin; `'tty'` for an interactive terminal; default: an empty pipe. */
  stdin?: string | Uint8Array | 'tty';
  /** Replace stdout, e.g. with a stream that fails. */
  stdout?: Writable;
  /** Make stderr look like a terminal (progress bar and summary on). */
  stderrTTY?: boolean;
}

export function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
      cb();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

function stdinStream(stdin: RunOptions['stdin']): Readable & { isTTY?: boolean } {
  if (stdin === 'tty') {
    const tty = new Readable({ read() {} }) as Readable & { isTTY?: boolean };
    tty.isTTY = true;
    return tty;
  }
  const data = stdin === undefined ? [] : [typeof stdin === 'string' ? Buffer.from(stdin) : Buffer.from(stdin)];
  return Readable.from(data);
}

export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  const out = collector();
  const err = collector();
  if (options.stderrTTY) Object.assign(err.stream, { isTTY: true, columns: 80 });
  const code = await main(argv, {
    stdout: options.stdout ?? out.stream,
    stderr: err.stream,
    stdin: stdinStream(options.stdin),
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

/** A fresh temp dir with `files` (relative path → content) written into it. */
export function tempTree(files: Record<string, string | Uint8Array> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-clean-cli-'));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

/** A short article whose first line is `headline`. */
export function article(headline: string): string {
  return `${headline}\n\nBy Jane Doe\n\nThe first paragraph of the story says what happened, where and when it happened.\n\nA second paragraph adds detail and a quote: "It was a long day," said John Smith.\n`;
}

/** Parse JSON Lines output, checking that every line is one JSON object. */
export function jsonLines(stdout: string): Array<{ source: { path: string | null }; schemaVersion: number }> {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line));
}
