/**
 * `article-clean check [options] [inputs...]`: run the check rules over the inputs and
 * report, ESLint style. Same inputs as the main command (files, directories, globs, -);
 * nothing cleaned is written. Exit status: 0 no errors; 1 errors, or more warnings than
 * --max-warnings; 2 the check could not run (usage, configuration, an input missing or
 * unreadable). The engine (src/check, src/config) is loaded only when `check` runs.
 */
import path from 'node:path';
import type { Writable } from 'node:stream';
import { Command, Option } from 'commander';
import type { VFile } from 'vfile';
import { errorLine, PROGRAM, UsageError } from './errors.js';
import type { CliIO } from './main.js';

const REPORTER_NAMES = ['stylish', 'json', 'github', 'junit', 'sarif'] as const;

export interface CheckCliOptions {
  reporter: (typeof REPORTER_NAMES)[number];
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  printConfig?: string;
}

const HELP = `
Exit status: 0 no errors; 1 errors found, or more warnings than --max-warnings;
2 the check could not run (bad usage, a configuration error, an input missing or unreadable).

Configuration: .article-cleanrc{,.json,.yaml,.yml,.js,.mjs}, article-clean.config.{js,mjs}
or an "article-clean" key in package.json, searched upward from each input.
`;

/** Adds the `check` subcommand to `program`; `done` receives its exit status. */
export function defineCheck(program: Command, io: CliIO, interactive: boolean, version: string, done: (status: number) => void): Command {
  return program
    .command('check')
    .description('Check imported content (text, Markdown, JSON exports, feeds, HTML) and report problems; writes no cleaned output.')
    .usage('[options] [inputs...]')
    .argument('[inputs...]', 'files, directories, quoted globs, or - for stdin')
    .addOption(new Option('--reporter <name>', 'report format').choices(REPORTER_NAMES).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to <file> instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more than <n> warnings')
    .option('--quiet', 'report errors only')
    .option('--print-config <file>', 'print the configuration that applies to <file>, and exit')
    .addHelpText('after', HELP)
    .action(async (inputs: string[], opts: CheckCliOptions) => done(await runCheck(inputs, opts, io, interactive, version)));
}

function maxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--max-warnings takes a whole number, got '${value}'`);
  return Number(value);
}

async function runCheck(inputs: string[], opts: CheckCliOptions, io: CliIO, interactive: boolean, version: string): Promise<number> {
  const limit = maxWarnings(opts.maxWarnings);
  if (opts.outputFile === '') throw new UsageError('-o/--output-file needs a file name');
  const { printConfig, runInputs } = await import('../check/batch.js');
  if (opts.printConfig !== undefined) return printConfig(opts.printConfig, io);
  if (inputs.length === 0) {
    if (interactive) throw new UsageError(`check needs inputs (files, directories, globs, or - for stdin); see ${PROGRAM} check --help`);
    inputs = ['-'];
  }
  const batch = await runInputs(inputs, io, { quiet: opts.quiet === true });
  if (batch.fatal) return 2;
  const { REPORTERS } = await import('../check/reporters/index.js');
  const color = opts.outputFile === undefined && opts.reporter === 'stylish' && (io.stdout as Writable & { isTTY?: boolean }).isTTY === true;
  const report = REPORTERS[opts.reporter](batch.files, { cwd: io.cwd, version, color });
  if (!(await writeReport(report, opts.outputFile, io))) return 2;
  return exitStatus(batch.files, limit, io);
}

async function writeReport(report: string, outputFile: string | undefined, io: CliIO): Promise<boolean> {
  if (outputFile === undefined) {
    // A full disk or a closed stdout (ENOSPC, EBADF) loses the report: exit 2, one line. A
    // reader gone away (EPIPE, `| head`) is not an error.
    const err = await new Promise<NodeJS.ErrnoException | null | undefined>((resolve) => io.stdout.write(report, resolve));
    if (!err || err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return true;
    const { describeError } = await import('./errors.js');
    io.stderr.write(`${PROGRAM}: cannot write the report to standard output: ${describeError(err)}\n`);
    return false;
  }
  const { writeAtomic } = await import('./atomic.js');
  try {
    await writeAtomic(path.resolve(io.cwd, outputFile), report);
    return true;
  } catch (err) {
    const { describeError } = await import('./errors.js');
    io.stderr.write(errorLine(outputFile, `cannot write the report: ${describeError(err)}`));
    return false;
  }
}

function exitStatus(files: readonly VFile[], limit: number, io: CliIO): number {
  let errors = 0;
  let warnings = 0;
  for (const f of files) for (const m of f.messages) if (m.fatal) errors++; else warnings++;
  if (errors > 0) return 1;
  if (limit >= 0 && warnings > limit) {
    io.stderr.write(`${PROGRAM}: too many warnings (${warnings}; the maximum is ${limit})\n`);
    return 1;
  }
  return 0;
}
