/**
 * A per-input time budget (the CLI's --timeout). cleanArticle is synchronous, so nothing can
 * interrupt a stage from outside in the same thread: stages that loop over the input call
 * `checkDeadline(file)` between units of work, and cleanArticle checks between reading,
 * the stages and compiling. A stage stuck inside one call (a regex, say) is only ended by
 * running the input in a worker that is terminated (the worker pool's part).
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

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

declare module 'vfile' {
  interface DataMap {
    deadline?: Deadline;
  }
}
