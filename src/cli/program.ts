/** The command line's options (commander), their help text, and their checks. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { INPUT_KINDS, type InputKind } from '../readers/sniff.js';
import { parseFormat } from './conventions.js';
import { oneLine, PROGRAM, UsageError } from './errors.js';
import { defaultJobs } from './pool.js';
import { DEFAULT_TIMEOUT_MS, type OutputFormat } from './process.js';
import { nestsUnboundedRepeats } from './split-pattern.js';
import { DEFAULT_MAX_BYTES, parseByteSize, parseDuration } from './read.js';
import { parseShard } from './sources.js';

export const EXAMPLES = `
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
  article-clean --from jsonl -f jsonl - < in.jsonl   a stream: one article per JSON line, as read
  article-clean --split '^-----$' -f jsonl < dump.txt
                                                     a text dump cut at lines of five dashes
  article-clean --shard 2/4 -f jsonl dumps/          the 2nd of 4 shares (every 4th input)

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

Streams are read as they come, each result written as soon as its turn comes:
--from jsonl - reads stdin one JSON line at a time, one article per line;
--split cuts text at form feeds, or at every line matching --split <regex> (the line is dropped).

Exit status: 0 every input cleaned, 1 some input failed (each failure is one
"article-clean: <path>: <reason>" line on stderr; the others still run), 2 usage error.
`;

export interface Options {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  force?: boolean;
  keepDirs?: boolean;
  frontMatter: boolean;
  fragment?: boolean;
  /** A stylesheet file (--css FILE), false for --no-css, undefined for the default. */
  css?: string | false;
  withBoilerplate?: boolean;
  /** Hidden -V, the old spelling of -v/--version. */
  V?: boolean;
  explain?: boolean;
  jobs: string;
  from?: InputKind;
  learnAcross?: boolean;
  /** false with --no-config. */
  config?: boolean;
  maxBytes: number;
  timeout: number;
  split?: string | true;
  shard?: string;
  progress?: boolean;
  quiet?: boolean;
}

interface Streams {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
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

export function buildProgram(io: Streams, version: string): Command {
  return new Command(PROGRAM)
    .description('Turn raw syndicated article text into a clean, structured article.')
    .usage('[options] [inputs...]')
    .argument('[inputs...]', 'files, directories, quoted globs, or - for stdin')
    .addOption(
      new Option('-f, --format <format>', 'json, jsonl, markdown (md) or html (htm); any case').argParser(parseFormat).default('markdown'),
    )
    .option('-o, --output <file>', 'write the output to <file> (exactly one input)')
    .option('--out-dir <dir>', 'write one <name>.<ext> file per input into <dir> (created if missing); inputs whose names collide are named by their path, a/x.txt → a__x.<ext>')
    .option('--keep-dirs', '--out-dir: mirror the input tree (a/x.txt → <dir>/a/x.<ext>)')
    .option('--force', 'let --out-dir replace existing output files')
    .option('--no-front-matter', 'markdown: put title and byline in the body, not in YAML front matter')
    .option('--fragment', 'html: print only the <article> element, not a whole document')
    .option('--css <file>', 'html: use the stylesheet in <file> instead of the built-in one')
    .option('--no-css', 'html: no stylesheet at all')
    .option('--with-boilerplate', 'html: list the removed boilerplate, muted, after the article')
    .option('--explain', 'for every input line, the class chosen and the evidence that decided it (a table on stderr; an "explain" field in json/jsonl); runs in-process')
    .addOption(new Option('--from <kind>', 'read every input as this kind instead of sniffing it (jsonl on stdin: streamed, a line at a time)').choices(INPUT_KINDS))
    .option('--no-config', 'do not read configuration files (.article-cleanrc and the like; see "Configuration")')
    .option('--learn-across', 'learn furniture across the whole batch: a block repeating in many inputs is boilerplate (results then depend on the batch; runs in-process)')
    .option('--split [regex]', 'cut text inputs into articles at form feeds, or at lines matching <regex>; streamed')
    .option('-j, --jobs <n>', 'worker threads (1: in-process; batches under 16 inputs run in-process)', String(defaultJobs()))
    .option('--shard <k/n>', 'process only the k-th of n shares of the inputs (every n-th, by input order)')
    .addOption(new Option('--max-bytes <size>', 'refuse inputs larger than <size> (k, M, G: powers of 1024); reading stops there').argParser(byteSize).default(DEFAULT_MAX_BYTES, '50M'))
    .addOption(new Option('--timeout <time>', 'give up on an input (a feed or JSON Lines: on one of its items) after <time> (s, ms, m; 0: no limit)').argParser(duration).default(DEFAULT_TIMEOUT_MS, '30s'))
    .option('--progress', 'show the progress bar and summary even when stderr is not a terminal')
    .option('-q, --quiet', 'print errors only: no progress bar, no summary')
    .version(version, '-v, --version', 'print the version')
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

export interface RunSettings {
  jobs: number;
  jsonl: boolean;
  /** undefined: no splitting; null: form feeds; else the delimiter line pattern. */
  split?: RegExp | null;
  shard?: { k: number; n: number };
  maxBytes: number;
}

/** Checks the batch options and turns them into settings; a UsageError for a bad one. */
export function runSettings(opts: Options): RunSettings {
  const jobs = Number(opts.jobs);
  if (!/^\d+$/.test(opts.jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number of at least 1, got '${opts.jobs}'`);
  const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
  if (shard === null) throw new UsageError(`--shard takes k/n with 1 ≤ k ≤ n, e.g. 1/4, got '${opts.shard}'`);
  if (opts.split !== undefined && opts.from !== undefined && opts.from !== 'text' && opts.from !== 'markdown') throw new UsageError(`--split cuts text; --from ${opts.from} is not text`);
  if (opts.split !== undefined && opts.learnAcross) throw new UsageError('--learn-across reads the whole batch first; it cannot take --split');
  let split: RegExp | null | undefined;
  if (opts.split === true) split = null;
  else if (opts.split !== undefined) {
    try {
      split = new RegExp(opts.split, 'u');
    } catch (error) {
      throw new UsageError(`--split: bad pattern: ${(error as Error).message}`);
    }
    if (nestsUnboundedRepeats(opts.split)) throw new UsageError(`--split: the pattern nests a repeat inside a repeat (like (a+)+), which can take exponential time on one line; write it without the nesting`);
  }
  // --learn-across reads stdin whole, as one input of the batch, instead of streaming it.
  return { jobs, jsonl: opts.from === 'jsonl' && opts.learnAcross !== true, split, shard, maxBytes: opts.maxBytes };
}
