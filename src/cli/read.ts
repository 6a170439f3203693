/**
 * Reading one input's bytes, never more than the --max-bytes limit and never blocking on
 * something that is not a regular file.
 *
 * A named input is opened with O_NONBLOCK (so a FIFO swapped in after the directory walk
 * cannot block the open) and checked with fstat: only regular files are read, and one whose
 * size is over the limit is refused before any byte is read. Reading still stops at the
 * limit (files that grow, /proc files that report size 0). Standard input is read in
 * chunks and abandoned once it passes the limit, so `- < /dev/zero` ends at once.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { InputError } from './errors.js';
import { notRegular } from './inputs.js';

/** Default --max-bytes: 50 MiB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

export function tooLarge(limit: number, size?: number): InputError {
  const what = size === undefined ? 'is larger than' : `is ${formatBytes(size)}, over`;
  return new InputError(`${what} the ${formatBytes(limit)} limit (--max-bytes); not read`);
}

/** The bytes of regular file `file`, at most `limit` of them (else an InputError). */
export function readFileLimited(file: string, limit: number): Uint8Array {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | NONBLOCK);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new InputError(notRegular(st));
    if (st.size > limit) throw tooLarge(limit, st.size);
    // One buffer of the announced size (+1 to see growth), grown only if the file grows.
    let buf = Buffer.allocUnsafe(Math.max(Math.min(st.size, limit) + 1, 4096));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > limit) throw tooLarge(limit);
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, limit + 1));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) throw tooLarge(limit);
    return new Uint8Array(buf.buffer, buf.byteOffset, length);
  } finally {
    fs.closeSync(fd);
  }
}

/** All of `stream`, or an InputError as soon as more than `limit` bytes arrived. */
export async function readStreamLimited(stream: Readable, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
    total += bytes.length;
    if (total > limit) {
      stream.destroy();
      throw tooLarge(limit);
    }
    chunks.push(bytes);
  }
  const buf = Buffer.concat(chunks, total);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Parse a --max-bytes value: a whole number of bytes, optionally with k, M or G (powers of 1024). */
export function parseByteSize(text: string): number | null {
  const m = /^(\d+)\s*([kmg]?)i?b?$/i.exec(text.trim());
  if (!m) return null;
  const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  const n = Number(m[1]) * scale;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** Parse a --timeout value: seconds, or a number with ms, s or m; 0 means no limit. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i.exec(text.trim());
  if (!m) return null;
  const scale = { ms: 1, s: 1000, m: 60_000 }[(m[2] ?? 's').toLowerCase() as 'ms' | 's' | 'm'];
  const n = Math.round(Number(m[1]) * scale);
  return Number.isFinite(n) ? n : null;
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3 && n % 1024 ** 3 === 0) return `${n / 1024 ** 3} GB`;
  if (n >= 1024 ** 2) return `${+(n / 1024 ** 2).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
