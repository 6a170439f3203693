/**
 * A worker of the `--jobs` pool (tinypool loads this file once per worker thread). It runs
 * the same cleaning as in-process (processTask: cleanInput with the run's options). The
 * worker is warmed once, when it starts: the cleaner, the exporter and the pipeline's lazily
 * built tables are loaded by cleaning one small article, so no real input pays for that.
 */
import { workerData } from 'node:worker_threads';
import { loadContext, processTask, type TaskOptions } from './process.js';
import type { Task, TaskResult } from './task.js';

const WARM_UP = 'Warm-up headline\n\nBy Jane Doe\nMarch 3, 2024\n\nA first paragraph, said "quoted words" with a date of 4 May 2023.\n';

// tinypool passes [its own data, the pool's workerData].
const options = (workerData as [unknown, { options: TaskOptions }])[1].options;
const ctx = await loadContext(options);
await processTask({ index: 0, path: null, bytes: new TextEncoder().encode(WARM_UP) }, { ...ctx, from: undefined });

// Results cross back to the main thread as plain data: whole strings, never pieces.
const strings = { ...ctx, render: (article: Parameters<typeof ctx.render>[0]) => ctx.render(article) };

export default function run(task: Task): Promise<TaskResult> {
  return processTask(task, strings);
}
