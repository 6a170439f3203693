/**
 * A worker of the `--jobs` pool (tinypool loads this file once per worker thread). The
 * worker is warmed once, when it starts: the cleaner, the exporter and the pipeline's lazily
 * built tables are loaded by cleaning one small article, so no real input pays for that.
 */
import { workerData } from 'node:worker_threads';
import { loadContext, processTask, type RenderOptions } from './process.js';
import type { Task, TaskResult } from './task.js';

const WARM_UP = 'Warm-up headline\n\nBy Jane Doe\nMarch 3, 2024\n\nA first paragraph, said "quoted words" with a date of 4 May 2023.\n';

// tinypool passes [its own data, the pool's workerData].
const options = (workerData as [unknown, { render: RenderOptions }])[1].render;
const ctx = await loadContext(options);
ctx.render(ctx.clean(WARM_UP));

export default function run(task: Task): TaskResult {
  return processTask(task, ctx);
}
