/**
 * What a batch says on stderr while it runs and when it ends:
 *
 *   - a progress bar (cli-progress) with count, rate and ETA, on a terminal, for batches of
 *     more than a few inputs (streams, whose size is unknown, show count and rate);
 *   - a summary line at the end: `2,000 articles · 3 failed · 4.1 s · 2.5 MB/s`.
 *
 * On a terminal both are on by default; elsewhere only with `--progress` (the bar then
 * prints a line now and then). `--quiet` turns both off: errors only.
 */
import type { Writable } from 'node:stream';

/** Batches of at most this many known inputs show no bar, only the summary. */
export const BAR_MIN_INPUTS = 5;

export type ProgressMode = 'off' | 'tty' | 'lines';

interface Bar {
  update(value: number, payload: Record<string, string>): void;
  stop(): void;
}

const number = (n: number): string => n.toLocaleString('en-US');

export function summaryLine(ok: number, failed: number, seconds: number, bytes: number): string {
  const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
  const parts = [`${number(ok)} article${ok === 1 ? '' : 's'}`];
  if (failed > 0) parts.push(`${number(failed)} failed`);
  parts.push(`${seconds.toFixed(1)} s`, `${rate.toFixed(rate < 1 ? 2 : 1)} MB/s`);
  return parts.join(' · ');
}

export class Progress {
  private ok = 0;
  private failed = 0;
  private bytes = 0;
  private readonly start = performance.now();
  private bar: Bar | null = null;

  private constructor(
    private readonly stderr: Writable,
    private readonly mode: ProgressMode,
  ) {}

  /** `total`: the number of tasks when known (inputs), null for a stream. */
  static async create(stderr: Writable, mode: ProgressMode, total: number | null): Promise<Progress> {
    const progress = new Progress(stderr, mode);
    if (mode !== 'off' && (total === null || total > BAR_MIN_INPUTS)) progress.bar = await makeBar(stderr, mode, total);
    return progress;
  }

  tick(ok: boolean, bytes: number): void {
    if (ok) this.ok++;
    else this.failed++;
    this.bytes += bytes;
    const seconds = (performance.now() - this.start) / 1000;
    this.bar?.update(this.ok + this.failed, { rate: seconds > 0 ? ((this.ok + this.failed) / seconds).toFixed(0) : '0' });
  }

  /** Stops the bar; prints the summary unless progress is off. */
  finish(): void {
    this.bar?.stop();
    if (this.mode === 'off') return;
    this.stderr.write(`${summaryLine(this.ok, this.failed, (performance.now() - this.start) / 1000, this.bytes)}\n`);
  }
}

async function makeBar(stderr: Writable, mode: ProgressMode, total: number | null): Promise<Bar> {
  const { SingleBar } = (await import('cli-progress')).default;
  const format = total === null ? '{value} articles · {rate}/s · {duration_formatted}' : '{bar} {value}/{total} · {rate}/s · ETA {eta_formatted}';
  const bar = new SingleBar({
    stream: stderr as unknown as NodeJS.WritableStream,
    format,
    hideCursor: false,
    clearOnComplete: true,
    noTTYOutput: mode === 'lines',
    notTTYSchedule: 2000,
    etaBuffer: 50,
  });
  bar.start(total ?? 0, 0, { rate: '0' });
  return bar;
}
