/**
 * One unit of work: an input file, standard input, or one record of a stream (a JSON line,
 * a part of a split text dump). Tasks are plain data, so they cross to worker threads.
 */
import type { SourceSettings } from '../pipeline/source-settings.js';
import type { RenderedArticle } from './process.js';

export interface Task {
  /** Place in the run's input order (0-based): output order and `--shard` use it. */
  index: number;
  /** As shown in messages and recorded as `source.path`; null for stdin. */
  path: string | null;
  /** A file to read (read where the task runs, in a worker for `--jobs` > 1). */
  abs?: string;
  /** Bytes already read: stdin, or a streamed record. */
  bytes?: Uint8Array;
  /** The bytes are one JSON Lines record. */
  jsonl?: boolean;
  /** 0-based place of the record in its input, for records of a stream; names --out-dir files. */
  item?: number;
  /** Known to fail before any work (a missing file, a bad argument): the reason. */
  error?: string;
  /** What the configuration file says about this input's source (`sources` entries that match it). */
  settings?: SourceSettings;
}

export type TaskResult =
  /** `outputs`: one per article the input gave, in order; `failed`: items that failed alone. */
  | { ok: true; outputs: RenderedArticle[]; failed: { item: number; reason: string }[]; bytes: number }
  | { ok: false; reason: string; bytes: number; /** Stack, for ARTICLE_CLEAN_DEBUG runs. */ detail?: string };
