/**
 * The article-clean command line: a thin shell over the library.
 *
 *   parse options (program.ts) → expand inputs (inputs.ts) → tasks in input order, one per
 *   input or streamed record (sources.ts, records.ts) → run in-process or in a worker pool
 *   (pool.ts; process.ts reads, checks, cleans, renders: cleanInput, one article per feed item
 *   or JSON line), a bounded window in flight, results
 *   back in input order (ordered.ts) → output stage (output.ts), progress (progress.ts)
 *
 * `article-clean check` is a subcommand of its own (check.ts).
 *
 * `main` never calls process.exit and never throws for a user mistake: it returns the
 * exit status (0 all inputs ok, 1 some input failed, 2 usage error). Its streams and cwd
 * can be injected, which is how the tests drive it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import tty from 'node:tty';
import { CommanderError } from 'commander';
import { defineCheck } from './check.js';
import { stdoutLooksClosed } from './closed-stdout.js';
import { inapplicableOptionWarnings } from './conventions.js';
import { debugDetail, describeError, errorLine, oneLine, PROGRAM, UsageError } from './errors.js';
import { countReadable, expandInputs, type InputEntry } from './inputs.js';
import { OutputNames } from './names.js';
import { withExplain } from './explain.js';
import { ordered } from './ordered.js';
import { FileSink, inputIdentities, OutDirSink, type OutputSink, StdoutSink, watch } from './output.js';
import { inProcess, POOL_MIN_INPUTS, workerPool } from './pool.js';
import { outputText, prepareBatch, type Prepared, type TaskContext } from './process.js';
import { buildProgram, type Options, runSettings } from './program.js';
import { Progress, type ProgressMode } from './progress.js';
import { readStreamLimited } from './read.js';
import { SourceConfig } from './source-config.js';
import { tasks } from './sources.js';
import type { Task } from './task.js';

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface CliIO {
  stdout: Writable;
  stderr: Writable;
  stdin: Readable & { isTTY?: boolean };
  /** Directory that relative inputs, globs and output paths are resolved against. */
  cwd: string;
}

/** Replaced by the build (esbuild `define`) with package.json's version. */
declare const __ARTICLE_CLEAN_VERSION__: string | undefined;

/** The version: baked in by the build; read from package.json only when run from source (tests). */
export function version(): string {
  if (typeof __ARTICLE_CLEAN_VERSION__ === 'string') return __ARTICLE_CLEAN_VERSION__;
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** The given streams, else the process's; process.stdin is only touched when it is needed. */
function withDefaults(io: Partial<CliIO>): CliIO {
  return {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    get stdin() {
      return io.stdin ?? process.stdin;
    },
    cwd: io.cwd ?? process.cwd(),
  };
}

function stdinIsTTY(io: Partial<CliIO>): boolean {
  return io.stdin ? io.stdin.isTTY === true : tty.isatty(0);
}

/** Run the CLI with `argv` (without node and script) and return the exit status. */
export async function main(argv: string[], io: Partial<CliIO> = {}): Promise<number> {
  const streams = withDefaults(io);
  watch(streams.stdout);
  watch(streams.stderr);
  try {
    return await run(argv, streams, stdinIsTTY(io));
  } catch (err) {
    if (err instanceof UsageError) {
      streams.stderr.write(`${PROGRAM}: ${oneLine(err.message, 300)}\n`);
      return EXIT_USAGE;
    }
    // Not expected: still one line, never a stack trace (unless ARTICLE_CLEAN_DEBUG is set).
    streams.stderr.write(`${PROGRAM}: internal error: ${describeError(err)}\n`);
    const detail = debugDetail(err);
    if (detail) streams.stderr.write(detail);
    return EXIT_INPUT_FAILED;
  }
}

async function run(argv: string[], io: CliIO, interactive: boolean): Promise<number> {
  const program = buildProgram(io, version());
  // The `check` subcommand (check.ts). Root options stay before it; the root needs an action once it has one.
  let checkStatus: number | undefined;
  defineCheck(program.enablePositionalOptions().action(() => undefined), io, interactive, version(), (s) => (checkStatus = s));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    throw err;
  }
  if (checkStatus !== undefined) return checkStatus;
  const opts = program.opts<Options>();
  let args = program.args;
  if (opts.V) {
    io.stdout.write(`${version()}\n`);
    return EXIT_OK;
  }
  // `article-clean help` is the help, as with git and npm (a file named help: ./help).
  if (args[0] === 'help') {
    io.stdout.write(program.helpInformation());
    return EXIT_OK;
  }
  for (const warning of inapplicableOptionWarnings(program, opts.format)) io.stderr.write(warning);
  // `--split -`: the dash is the input (stdin), not a pattern.
  if (opts.split === '-') [opts.split, args] = [true, [...args, '-']];
  const settings = runSettings(opts);

  if (opts.output !== undefined && opts.outDir !== undefined) throw new UsageError('use either -o/--output or --out-dir, not both');
  if (args.length === 0) {
    if (interactive) {
      io.stderr.write(program.helpInformation());
      return EXIT_USAGE;
    }
    args = ['-'];
  }
  if (opts.output !== undefined && args.length !== 1) {
    throw new UsageError(`-o/--output takes exactly one input, got ${args.length}; use --out-dir or -f jsonl for several`);
  }
  if (opts.output !== undefined && (settings.split !== undefined || (settings.jsonl && args[0] === '-'))) {
    throw new UsageError('-o/--output takes one input, not a stream of records (--split, --from jsonl -); use --out-dir or -f jsonl');
  }

  const entries = await expandInputs(args, io.cwd);
  if (opts.output !== undefined && countReadable(entries) > 1) {
    throw new UsageError(`-o/--output takes exactly one input, but ${args[0]} expands to ${countReadable(entries)} files; use --out-dir or -f jsonl`);
  }
  // Configuration files are read (and a wrong one refused) before any output is made.
  const config = opts.config === false ? null : new SourceConfig(io.cwd);
  for (const entry of entries) if (config && entry.kind !== 'error') await config.settingsFor(entry.kind === 'file' ? entry.abs : undefined);
  const streamed = settings.split !== undefined || (settings.jsonl && entries.some((e) => e.kind === 'stdin'));
  // Output bound for a closed stdout would be lost: one line and exit 1, before any work.
  if (opts.output === undefined && opts.outDir === undefined && io.stdout === process.stdout && stdoutLooksClosed()) {
    io.stderr.write(`${PROGRAM}: cannot write output: standard output is closed (to discard it, redirect to /dev/null)\n`);
    return EXIT_INPUT_FAILED;
  }
  const sink = makeSink(opts, io, entries);
  const total = streamed ? null : Math.ceil(entries.length / (settings.shard?.n ?? 1));
  const usePool = settings.jobs > 1 && !opts.explain && !opts.learnAcross && (streamed || entries.length >= POOL_MIN_INPUTS);
  // An ignored --css (warned about above) is not read either.
  const cssApplies = opts.format === 'html' && opts.fragment !== true;
  const css = typeof opts.css === 'string' && cssApplies ? readStylesheet(opts.css, io.cwd) : opts.css;
  const render = { format: opts.format, frontMatter: opts.frontMatter, fragment: opts.fragment, css, withBoilerplate: opts.withBoilerplate };
  const options = { render, from: opts.from, maxBytes: opts.maxBytes, timeoutMs: opts.timeout };
  const explain = opts.explain ? (ctx: TaskContext) => withExplain(ctx, opts.format, io.stderr) : undefined;
  let stdinBytes: Promise<Uint8Array> | undefined;
  const readStdin = (): Promise<Uint8Array> => (stdinBytes ??= readStreamLimited(io.stdin, opts.maxBytes));
  const prepared = opts.learnAcross ? await learnAcross(entries, readStdin, opts, settings.shard) : undefined;
  const runner = usePool ? await workerPool(settings.jobs, options) : await inProcess(options, explain, prepared);
  const progress = await Progress.create(io.stderr, progressMode(opts, io.stderr), total);

  let status = EXIT_OK;
  const fail = (task: Task, reason: string, detail?: string): void => {
    status = EXIT_INPUT_FAILED;
    io.stderr.write(errorLine(task.path, task.item === undefined || task.error !== undefined ? reason : `record ${task.item + 1}: ${reason}`));
    if (detail) io.stderr.write(detail);
  };
  try {
    const work = withSourceSettings(tasks(entries, io.stdin, { ...settings, readStdin }), config);
    for await (const [task, result] of ordered(work, (t) => runner.run(t), settings.jobs * 4)) {
      if (sink.stopped) break;
      progress.tick(result.ok, result.bytes);
      if (!result.ok) {
        fail(task, result.reason, result.detail);
        continue;
      }
      // -o gets one file: the items' documents one after another, as on stdout.
      const separator = opts.format === 'markdown' ? '\n' : '';
      const joined = () => (result.outputs.length === 1 ? result.outputs[0].output : result.outputs.map((o) => outputText(o.output)).join(separator));
      const outputs = opts.output !== undefined ? [{ item: undefined, output: joined() }] : result.outputs;
      for (const { item, output } of outputs) {
        const problem = await sink.write(task, output, item);
        if (problem) fail(task, problem);
      }
      for (const { item, reason } of result.failed) {
        if (task.item !== undefined) fail(task, reason);
        else fail(task, `item ${item}: ${reason}`);
      }
    }
  } finally {
    await runner.close();
  }
  progress.finish();
  if (sink.fatal) {
    io.stderr.write(`${PROGRAM}: ${sink.fatal}\n`);
    status = EXIT_INPUT_FAILED;
  }
  return status;
}

/** Each task with its source settings from the configuration files (none with --no-config). */
async function* withSourceSettings(work: AsyncIterable<Task>, config: SourceConfig | null): AsyncGenerator<Task> {
  for await (const task of work) {
    const settings = config && task.error === undefined ? await config.settingsFor(task.abs) : undefined;
    yield settings ? { ...task, settings } : task;
  }
}

/**
 * --learn-across: every input is read first and cleaned as one batch (prepareBatch), in this
 * process; the articles are then taken by task index (one task per input, in input order).
 * Only the inputs of this --shard are the batch.
 */
async function learnAcross(entries: readonly InputEntry[], readStdin: () => Promise<Uint8Array>, opts: Options, shard?: { k: number; n: number }): Promise<Map<number, Prepared>> {
  const mine = entries.map((entry, index) => ({ entry, index })).filter(({ index }) => !shard || index % shard.n === shard.k - 1);
  const batch = await prepareBatch(mine.map((m) => m.entry), { readStdin, from: opts.from, maxBytes: opts.maxBytes });
  const byIndex = new Map<number, Prepared>();
  for (const { entry, index } of mine) {
    const prepared = batch.get(entry);
    if (prepared) byIndex.set(index, prepared);
  }
  return byIndex;
}

/** The --css file's text; a file that cannot be read is a usage error, before any input runs. */
function readStylesheet(file: string, cwd: string): string {
  try {
    return fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(`--css ${file}: ${describeError(err)}`);
  }
}

function progressMode(opts: Options, stderr: Writable & { isTTY?: boolean }): ProgressMode {
  if (opts.quiet) return 'off';
  if (stderr.isTTY === true) return 'tty';
  return opts.progress ? 'lines' : 'off';
}

function makeSink(opts: Options, io: CliIO, entries: readonly InputEntry[]): OutputSink {
  if (opts.output !== undefined) {
    if (opts.output === '') throw new UsageError('-o/--output needs a file name');
    return new FileSink(opts.output, path.resolve(io.cwd, opts.output), inputIdentities(entries));
  }
  if (opts.outDir !== undefined) {
    if (opts.outDir === '') throw new UsageError('--out-dir needs a directory name');
    const names = new OutputNames(entries, opts.keepDirs === true);
    return new OutDirSink(opts.outDir, path.resolve(io.cwd, opts.outDir), opts.format, opts.force === true, inputIdentities(entries), names);
  }
  return new StdoutSink(io.stdout, opts.format);
}
