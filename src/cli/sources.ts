/**
 * The run's tasks, in input order: one per input file (or stdin), or, when reading a stream
 * (`--from jsonl`, `--split`), one per record as it is read. `--shard k/n` keeps every n-th
 * task, starting at the k-th, by input order: the same share on every machine.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { describeError } from './errors.js';
import type { InputEntry } from './inputs.js';
import { jsonRecords, textRecords } from './records.js';
import type { Task } from './task.js';

export interface SourceOptions {
  /** Read inputs as JSON Lines, one article per line. */
  jsonl: boolean;
  /** Cut text inputs into records: null for form feeds, or a line pattern; undefined: one article per input. */
  split?: RegExp | null;
  shard?: { k: number; n: number };
}

export type TaskDraft = Omit<Task, 'index'>;

const streaming = (o: SourceOptions): boolean => o.jsonl || o.split !== undefined;

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  const buf = Buffer.concat(chunks);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** The records of one streamed input: stdin or a file, read as it goes. */
async function* recordsOf(entry: InputEntry & { kind: 'stdin' | 'file' }, stdin: Readable, o: SourceOptions): AsyncGenerator<TaskDraft> {
  const stream = entry.kind === 'stdin' ? stdin : fs.createReadStream(entry.abs);
  let item = 0;
  try {
    const records = o.jsonl ? jsonRecords(stream) : textRecords(stream, o.split ?? null);
    const abs = entry.kind === 'file' ? entry.abs : undefined;
    for await (const bytes of records) yield { path: entry.path, abs, bytes, jsonl: o.jsonl, item: item++ };
  } catch (error) {
    yield { path: entry.path, error: describeError(error) };
  }
}

async function* drafts(entries: readonly InputEntry[], stdin: Readable, o: SourceOptions): AsyncGenerator<TaskDraft> {
  let stdinBytes: Uint8Array | undefined; // `-` given twice reads stdin once
  for (const entry of entries) {
    if (entry.kind === 'error') yield { path: entry.path, error: entry.reason };
    else if (streaming(o)) yield* recordsOf(entry, stdin, o);
    else if (entry.kind === 'stdin') yield { path: null, bytes: (stdinBytes ??= await readAll(stdin)) };
    else yield { path: entry.path, abs: entry.abs };
  }
}

export async function* tasks(entries: readonly InputEntry[], stdin: Readable, o: SourceOptions): AsyncGenerator<Task> {
  let index = 0;
  for await (const draft of drafts(entries, stdin, o)) {
    const i = index++;
    if (o.shard && i % o.shard.n !== o.shard.k - 1) continue;
    yield { index: i, ...draft };
  }
}

/** `k/n` with 1 ≤ k ≤ n, or null. */
export function parseShard(text: string): { k: number; n: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const [k, n] = [Number(m[1]), Number(m[2])];
  return k >= 1 && k <= n ? { k, n } : null;
}
