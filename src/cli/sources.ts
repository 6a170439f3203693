/**
 * The run's tasks, in input order: one per input file (or stdin), or, when reading a stream
 * (stdin with `--from jsonl`, or `--split`), one per record as it is read. A file given with
 * `--from jsonl` is one task (cleanInput gives one article per line); with `--split` it is
 * read (within --max-bytes, regular files only) and cut the same way. `--shard k/n` keeps every n-th
 * task, starting at the k-th, by input order: the same share on every machine.
 */
import type { Readable } from 'node:stream';
import { describeError } from './errors.js';
import type { InputEntry } from './inputs.js';
import { readFileLimited, readStreamLimited } from './read.js';
import { jsonRecords, textRecords } from './records.js';
import type { Task } from './task.js';

export interface SourceOptions {
  /** Read inputs as JSON Lines, one article per line. */
  jsonl: boolean;
  /** Cut text inputs into records: null for form feeds, or a line pattern; undefined: one article per input. */
  split?: RegExp | null;
  shard?: { k: number; n: number };
  /** --max-bytes for standard input and split files. */
  maxBytes: number;
  /** Standard input read whole (shared with --learn-across, so it is read once); else read here. */
  readStdin?: () => Promise<Uint8Array>;
}

export type TaskDraft = Omit<Task, 'index'>;

/** The records of stdin (--from jsonl, --split) or of a file (--split), read as they go. */
async function* recordsOf(entry: InputEntry & { kind: 'stdin' | 'file' }, stdin: Readable, o: SourceOptions): AsyncGenerator<TaskDraft> {
  let item = 0;
  try {
    const stream = entry.kind === 'stdin' ? stdin : [readFileLimited(entry.abs, o.maxBytes)];
    const records = o.jsonl ? jsonRecords(stream) : textRecords(stream, o.split ?? null);
    const abs = entry.kind === 'file' ? entry.abs : undefined;
    for await (const bytes of records) yield { path: entry.path, abs, bytes, jsonl: o.jsonl, item: item++ };
  } catch (error) {
    yield { path: entry.path, error: describeError(error) };
  }
}

async function* drafts(entries: readonly InputEntry[], stdin: Readable, o: SourceOptions): AsyncGenerator<TaskDraft> {
  let stdinBytes: Promise<Uint8Array> | undefined; // `-` given twice reads stdin once
  const readStdin = o.readStdin ?? (() => (stdinBytes ??= readStreamLimited(stdin, o.maxBytes)));
  for (const entry of entries) {
    if (entry.kind === 'error') yield { path: entry.path, error: entry.reason };
    else if (o.split !== undefined || (o.jsonl && entry.kind === 'stdin')) yield* recordsOf(entry, stdin, o);
    else if (entry.kind === 'stdin') {
      try {
        yield { path: null, bytes: await readStdin() };
      } catch (error) {
        yield { path: null, error: describeError(error) };
      }
    } else yield { path: entry.path, abs: entry.abs };
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
