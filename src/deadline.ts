/**
 * A per-input time budget (the CLI's --timeout). cleanArticle is synchronous, so nothing can
 * interrupt a stage from outside in the same thread: cleanArticle checks between reading,
 * the stages and compiling, and inside them the per-block loops tick (`tickDeadline`): the
 * tree's helpers that every stage calls once or more per block (blockText, evidenceOf) do,
 * and so do the loops that call none of them. So one stage on a huge input stops within a
 * few hundred blocks of the limit. A stage stuck inside one call (a regex, say) is only ended
 * by running the input in a worker that is terminated (the worker pool's part).
 */
export class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`took longer than the ${formatMs(ms)} limit (--timeout)`);
    this.name = 'TimeoutError';
  }
}

export interface Deadline {
  /** Date.now() value after which work stops. */
  readonly at: number;
  /** The budget it was made from, for the message. */
  readonly ms: number;
}

/** A deadline `ms` from now; undefined (no limit) for 0, negative or non-finite budgets. */
export function deadlineIn(ms: number | undefined): Deadline | undefined {
  if (ms === undefined || !Number.isFinite(ms) || ms <= 0) return undefined;
  return { at: Date.now() + ms, ms };
}

/** Throws TimeoutError once the deadline has passed; accepts a Deadline or a vfile carrying one in data. */
export function checkDeadline(where: Deadline | { data: { deadline?: Deadline } } | undefined): void {
  const d = where && 'at' in where ? where : where?.data.deadline;
  if (d && Date.now() > d.at) throw new TimeoutError(d.ms);
}

/** The budget of the work running now (see withDeadline); the pipeline is synchronous, so there is one. */
let active: Deadline | undefined;
let ticks = 0;

/** Run `work` under `deadline`: tickDeadline calls inside it check that one. Nests (the outer one is restored). */
export function withDeadline<T>(deadline: Deadline | undefined, work: () => T): T {
  const outer = active;
  active = deadline;
  try {
    return work();
  } finally {
    active = outer;
  }
}

/**
 * The check for a per-block loop: a counter, and the clock read once every 256 calls, so it
 * costs nothing measurable however often it runs. A no-op outside withDeadline.
 */
export function tickDeadline(): void {
  if (active !== undefined && (++ticks & 255) === 0 && Date.now() > active.at) throw new TimeoutError(active.ms);
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

declare module 'vfile' {
  interface DataMap {
    deadline?: Deadline;
  }
}
