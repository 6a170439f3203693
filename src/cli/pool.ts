/**
 * Where tasks run: in this thread (`--jobs 1`, and batches too small to pay for starting
 * workers), or in a pool of worker threads (tinypool), each warmed once (worker.ts). The
 * pool's tasks are only those the ordered window (ordered.ts) lets in, so memory is bounded.
 */
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { describeError } from './errors.js';
import { loadContext, type Prepared, processTask, type TaskContext, type TaskOptions } from './process.js';
import type { Task, TaskResult } from './task.js';

/** Batches of fewer inputs than this run in-process: starting and warming workers costs more. */
export const POOL_MIN_INPUTS = 16;

const YOUNG_GENERATION_MB = 12;

/** The default of `--jobs`: the cores this process may use. */
export const defaultJobs = (): number => os.availableParallelism();

export interface Runner {
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

/**
 * `wrap` adapts the cleaner and renderer (--explain); `prepared` holds the articles of a
 * --learn-across batch, by task index (one task per input there).
 */
export async function inProcess(options: TaskOptions, wrap?: (ctx: TaskContext) => Promise<TaskContext>, prepared?: Map<number, Prepared>): Promise<Runner> {
  const loaded = await loadContext(options);
  const ctx = wrap ? await wrap(loaded) : loaded;
  return { run: (task) => processTask(task, ctx, prepared?.get(task.index)), close: async () => {} };
}

/** The built worker beside this module (dist/cli/); from the sources (tests), the built one. */
function workerFile(): string {
  const beside = fileURLToPath(new URL('./worker.js', import.meta.url));
  return fs.existsSync(beside) ? beside : fileURLToPath(new URL('../../dist/cli/worker.js', import.meta.url));
}

export async function workerPool(jobs: number, options: TaskOptions): Promise<Runner> {
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    workerData: { options },
    // A small young generation: each article's garbage is short-lived, and V8's default
    // lets it grow to tens of MB per worker (peak RSS up by a third, no speed gained).
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  // A worker that cannot start fails the tasks given to it (below); never the whole run.
  pool.on('error', () => {});
  return {
    // A worker that dies (out of memory, a crash) fails that task alone; tinypool replaces it.
    run: (task) => (send(pool, task) as Promise<TaskResult>).catch((error: unknown) => ({ ok: false, reason: `worker failed: ${describeError(error)}`, bytes: 0 })),
    close: () => pool.destroy(),
  };
}

/**
 * Bytes are moved to the worker, not copied: a copy of exactly their size is transferred, so
 * neither a shared 8 kB Buffer slab nor the stream's chunk is cloned, and the worker owns and
 * frees the memory.
 */
function send(pool: InstanceType<typeof import('tinypool').Tinypool>, task: Task): Promise<unknown> {
  if (task.bytes === undefined) return pool.run(task);
  const bytes = task.bytes.slice();
  return pool.run({ ...task, bytes }, { transferList: [bytes.buffer] });
}
