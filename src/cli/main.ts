/**
 * The article-clean command line: a thin shell over the library.
 *
 *   parse options (commander) → expand inputs (inputs.ts) → for each input in order:
 *   processInput (process.ts: read, check, clean, render) → output stage (output.ts)
 *
 * `main` never calls process.exit and never throws for a user mistake: it returns the
 * exit status (0 all inputs ok, 1 some input failed, 2 usage error). Its streams and cwd
 * can be injected, which is how the tests drive it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import tty from 'node:tty';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { defineCheck } from './check.js';
import { inapplicableOptionWarnings, parseFormat } from './conventions.js';
import { debugDetail, describeError, errorLine, oneLine, PROGRAM, UsageError } from './errors.js';
import { countReadable, expandInputs } from './inputs.js';
import { OutputNames } from './names.js';
import { FileSink, inputIdentities, OutDirSink, type OutputSink, StdoutSink, watch } from './output.js';
import { INPUT_KINDS, type InputKind } from '../readers/sniff.js';
import { type CleanFn, DEFAULT_TIMEOUT_MS, loadCleaner, loadRenderer, type OutputFormat, prepareBatch, processInput, type Renderer } from './process.js';
import { DEFAULT_MAX_BYTES, parseByteSize, parseDuration, readStreamLimited } from './read.js';
import type { Article } from '../types.js';

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

const EXAMPLES = `
Examples:
  article-clean article.txt                          Markdown to stdout
  article-clean -f json article.txt                  one pretty JSON object
  article-clean -f jsonl 'feeds/**/*.txt' > out.jsonl
                                                     a batch: one JSON line per input, in order
  cat a.txt | article-clean -f html --fragment       stdin to an HTML <article> fragment
  article-clean --out-dir clean/ dumps/              one clean/<name>.md per dumps/**/*.{txt,text,md}
  article-clean -f html -o a.html a.txt              one input to one file
  article-clean -f jsonl feed.xml items.jsonl        one JSON line per feed item / JSON line
  article-clean help                                 this help (-h too; -v prints the version)

Inputs are files, directories (searched recursively for .txt .text .md .xml .rss .atom
.json .jsonl .html .htm files; README, CHANGELOG and LICENSE files are skipped unless
named), quoted globs, or - for standard input (the default when stdin is piped).
Directories and globs expand in sorted order, and output follows input order. Each
input's kind (text, markdown, html, rss, atom, rdf, jsonfeed, jsonl) is sniffed from its
content; a feed or JSON Lines input gives one article per item (--out-dir names them
<basename>-<item>.<ext>).

For batches use -f jsonl (one line per article) or --out-dir (one file per article):
-f json prints one pretty object per input, one after another, each followed by a newline;
markdown documents are separated by a blank line; html documents are concatenated.

Exit status: 0 every input cleaned, 1 some input failed (each failure is one
"article-clean: <path>: <reason>" line on stderr; the others still run), 2 usage error.
`;

interface Options {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  force?: boolean;
  frontMatter: boolean;
  fragment?: boolean;
  from?: InputKind;
  learnAcross?: boolean;
  /** A stylesheet file (--css FILE), false for --no-css, undefined for the default. */
  css?: string | false;
  withBoilerplate?: boolean;
  /** Hidden -V, the old spelling of -v/--version. */
  V?: boolean;
  explain?: boolean;
  maxBytes: number;
  timeout: number;
  keepDirs?: boolean;
}

/** commander argParser for --max-bytes. */
function byteSize(value: string): number {
  const n = parseByteSize(value);
  if (n === null) throw new InvalidArgumentError('expected a size in bytes, e.g. 50000000, 500k, 50M or 1G');
  return n;
}

/** commander argParser for --timeout. */
function duration(value: string): number {
  const n = parseDuration(value);
  if (n === null) throw new InvalidArgumentError('expected seconds, e.g. 30, 2.5s, 500ms or 2m (0: no limit)');
  return n;
}

function buildProgram(io: CliIO): Command {
  return new Command(PROGRAM)
    .description('Turn raw syndicated article text into a clean, structured article.')
    .usage('[options] [inputs...]')
    .argument('[inputs...]', 'files, directories, quoted globs, or - for stdin')
    .addOption(
      new Option('-f, --format <format>', 'json, jsonl, markdown (md) or html (htm); any case').argParser(parseFormat).default('markdown'),
    )
    .option('-o, --output <file>', 'write the output to <file> (exactly one input)')
    .option('--out-dir <dir>', 'write one <input basename>.<ext> file per input into <dir> (created if missing)')
    .option('--force', 'let --out-dir replace existing output files')
    .option('--keep-dirs', '--out-dir: mirror the input tree (a/input.txt → a/input.<ext>) instead of flat names')
    .option('--no-front-matter', 'markdown: put title and byline in the body, not in YAML front matter')
    .option('--fragment', 'html: print only the <article> element, not a whole document')
    .addOption(new Option('--from <kind>', 'read every input as this kind instead of sniffing it').choices(INPUT_KINDS))
    .option('--learn-across', 'learn furniture across the whole batch: a block repeating in many inputs is boilerplate (results then depend on the batch)')
    .option('--css <file>', 'html: use the stylesheet in <file> instead of the built-in one')
    .option('--no-css', 'html: no stylesheet at all')
    .option('--with-boilerplate', 'html: list the removed boilerplate, muted, after the article')
    .option('--explain', 'for every input line, the class chosen and the evidence that decided it (a table on stderr; an "explain" field in json/jsonl)')
    .addOption(new Option('--max-bytes <size>', 'refuse inputs larger than <size> (k, M, G: powers of 1024); reading stops there').argParser(byteSize).default(DEFAULT_MAX_BYTES, '50M'))
    .addOption(new Option('--timeout <time>', 'give up on an input after <time> (s, ms, m; 0: no limit)').argParser(duration).default(DEFAULT_TIMEOUT_MS, '30s'))
    .version(version(), '-v, --version', 'print the version')
    .addOption(new Option('-V').hideHelp())
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // Commander's errors ("error: unknown option '--x'") become one line of ours.
      // Its "(Did you mean --out-dir?)" comes on a second line: keep it, on the same line.
      outputError: (s, write) => write(`${PROGRAM}: ${oneLine(s.replace(/^error:\s*/, '').replace(/(?<!\s)\s*\n\s*/g, ' '), 300)}\n`),
    });
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
  const program = buildProgram(io);
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

  const entries = await expandInputs(args, io.cwd);
  if (opts.output !== undefined && countReadable(entries) > 1) {
    throw new UsageError(`-o/--output takes exactly one input, but ${args[0]} expands to ${countReadable(entries)} files; use --out-dir or -f jsonl`);
  }

  const sink = makeSink(opts, io, entries);
  // An ignored --css (warned about above) is not read either.
  const cssApplies = opts.format === 'html' && opts.fragment !== true;
  const css = typeof opts.css === 'string' && cssApplies ? readStylesheet(opts.css, io.cwd) : opts.css;
  const loaded = await Promise.all([loadCleaner(), loadRenderer({ ...opts, css })]);
  const [clean, render] = opts.explain ? await withExplain(loaded, opts.format, io) : loaded;
  let stdinBytes: Promise<Uint8Array> | undefined;
  const readStdin = (): Promise<Uint8Array> => (stdinBytes ??= readStreamLimited(io.stdin, opts.maxBytes));

  const prepared = opts.learnAcross ? await prepareBatch(entries, { readStdin, from: opts.from, maxBytes: opts.maxBytes }) : undefined;

  let status = EXIT_OK;
  const fail = (entryPath: string | null, reason: string, error?: unknown): void => {
    status = EXIT_INPUT_FAILED;
    io.stderr.write(errorLine(entryPath, reason));
    const detail = error === undefined ? null : debugDetail(error);
    if (detail) io.stderr.write(detail);
  };

  // Sequential for now. A worker pool would run processInput (it only reads, cleans and
  // renders; it writes nothing) on several entries at once and feed the results to the sink
  // in input order.
  for (const entry of entries) {
    if (sink.stopped) break;
    const result = await processInput(entry, { clean, render, readStdin, from: opts.from, prepared, maxBytes: opts.maxBytes, timeoutMs: opts.timeout });
    if (!result.ok) {
      fail(entry.path, result.reason, result.error);
      continue;
    }
    // -o gets one file: the items' documents one after another, as on stdout.
    const separator = opts.format === 'markdown' ? '\n' : '';
    const outputs = opts.output !== undefined ? [{ item: undefined, output: result.outputs.map((o) => o.output).join(separator) }] : result.outputs;
    for (const { item, output } of outputs) {
      const problem = await sink.write(entry, output, item);
      if (problem) fail(entry.path, problem);
    }
    for (const { item, reason } of result.failed) fail(entry.path, `item ${item}: ${reason}`);
  }
  if (sink.fatal) {
    io.stderr.write(`${PROGRAM}: ${sink.fatal}\n`);
    status = EXIT_INPUT_FAILED;
  }
  return status;
}

/** --explain: ask the cleaner for explanations; print them as a table where JSON does not carry them, or on a terminal. */
async function withExplain([clean, render]: [CleanFn, Renderer], format: OutputFormat, io: CliIO): Promise<[CleanFn, Renderer]> {
  const { explainTable } = await import('../pipeline/explain.js');
  const table = !(format === 'json' || format === 'jsonl') || (io.stderr as { isTTY?: boolean }).isTTY === true;
  const texts = new Map<Article, string>();
  const explaining: CleanFn = async (input, options) => {
    const articles = await clean(input, { ...options, explain: true });
    for (const article of articles) {
      if (table) texts.set(article, new TextDecoder(article.source.encoding ?? 'utf-8').decode(input));
    }
    return articles;
  };
  const explained: Renderer = (article) => {
    const text = texts.get(article);
    if (text !== undefined && article.explain) {
      const lines = text.replace(/\r\n?/g, '\n').split('\n');
      io.stderr.write(explainTable(article.explain, article.source.path ?? 'stdin', (n) => lines[n - 1] ?? ''));
      texts.delete(article);
    }
    return render(article);
  };
  return [explaining, explained];
}

function makeSink(opts: Options, io: CliIO, entries: Parameters<typeof inputIdentities>[0]): OutputSink {
  if (opts.output !== undefined) {
    if (opts.output === '') throw new UsageError('-o/--output needs a file name');
    return new FileSink(opts.output, path.resolve(io.cwd, opts.output), inputIdentities(entries));
  }
  if (opts.outDir !== undefined) {
    if (opts.outDir === '') throw new UsageError('--out-dir needs a directory name');
    return new OutDirSink(opts.outDir, path.resolve(io.cwd, opts.outDir), opts.format, opts.force === true, inputIdentities(entries), new OutputNames(entries, opts.keepDirs === true));
  }
  return new StdoutSink(io.stdout, opts.format);
}

/** The --css file's text; a file that cannot be read is a usage error, before any input runs. */
function readStylesheet(file: string, cwd: string): string {
  try {
    return fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(`--css ${file}: ${describeError(err)}`);
  }
}
