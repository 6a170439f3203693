/**
 * `check` over a list of inputs: expand them as the main command does (plus JSON exports),
 * find each input's configuration, skip ignored ones, read and check each once. Problems
 * that stop the check (a missing or unreadable input, a configuration error) are printed
 * as `article-clean: <file>: <reason>` and make the run fatal (exit 2).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import type { VFile } from 'vfile';
import { describeError, errorLine } from '../cli/errors.js';
import { expandInputs, type InputEntry } from '../cli/inputs.js';
import type { CliIO } from '../cli/main.js';
import { checkBytes as screenBytes } from '../cli/process.js';
import { ConfigFinder, type LoadedConfig } from '../config/load.js';
import { isIgnored, printable, resolveConfig } from '../config/resolve.js';
import { ConfigError } from '../config/schema.js';
import { CHECK_EXTENSIONS } from './formats/index.js';
import { checkBytes } from './runner.js';

export interface BatchResult {
  files: VFile[];
  /** The check could not run on everything: exit 2. */
  fatal: boolean;
}

function configLine(err: ConfigError, cwd: string): string {
  return errorLine(err.file ? path.relative(cwd, err.file) || err.file : '<config>', err.message);
}

async function readEntry(entry: Exclude<InputEntry, { kind: 'error' }>, io: CliIO): Promise<Uint8Array> {
  const bytes = entry.kind === 'stdin' ? await buffer(io.stdin) : fs.readFileSync(entry.abs);
  try {
    screenBytes(bytes);
  } catch (err) {
    // An empty file is checkable (it has no headline and no body); binary data is not.
    if (describeError(err) !== 'is empty') throw err;
  }
  return bytes;
}

function progress(io: CliIO, done: number, total: number): void {
  const err = io.stderr as CliIO['stderr'] & { isTTY?: boolean };
  if (err.isTTY !== true || total < 2) return;
  err.write(done < total ? `\rchecking ${done + 1}/${total}…` : '\r\x1b[K');
}

export async function runInputs(inputs: string[], io: CliIO, opts: { quiet: boolean }): Promise<BatchResult> {
  const entries = await expandInputs(inputs, io.cwd, CHECK_EXTENSIONS);
  const finder = new ConfigFinder();
  const files: VFile[] = [];
  let fatal = false;
  const named = new Set(inputs);
  for (const [i, entry] of entries.entries()) {
    progress(io, i, entries.length);
    if (entry.kind === 'error') {
      io.stderr.write(errorLine(entry.path, entry.reason));
      fatal = true;
      continue;
    }
    let loaded: LoadedConfig;
    try {
      loaded = await finder.forDirectory(entry.kind === 'stdin' ? io.cwd : path.dirname(entry.abs));
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      progress(io, entries.length, entries.length);
      io.stderr.write(configLine(err, io.cwd));
      return { files, fatal: true };
    }
    if (isIgnored(loaded, entry.path, io.cwd)) continue;
    let bytes: Uint8Array;
    try {
      bytes = await readEntry(entry, io);
    } catch (err) {
      io.stderr.write(errorLine(entry.path, describeError(err)));
      fatal = true;
      continue;
    }
    const base = resolveConfig(loaded, entry.path, io.cwd);
    let file: VFile | null;
    try {
      file = checkBytes(bytes, base, {
        path: entry.path,
        configFor: (article) => (article.url ? resolveConfig(loaded, entry.path, io.cwd, article.url) : base),
        // package.json and other data files a directory holds are not articles.
        skipForeign: entry.path !== null && !named.has(entry.path) ? true : undefined,
      } as Parameters<typeof checkBytes>[2]);
    } catch (err) {
      // A bug must not cost the batch: this input could not be checked, the others are.
      io.stderr.write(errorLine(entry.path, `cannot check: ${describeError(err)}`));
      fatal = true;
      continue;
    }
    if (!file) continue;
    if (opts.quiet) file.messages = file.messages.filter((m) => m.fatal === true);
    files.push(file);
  }
  progress(io, entries.length, entries.length);
  return { files, fatal };
}

/** `--print-config FILE`: the configuration file found for FILE and what it sets, as JSON. */
export async function printConfig(file: string, io: CliIO): Promise<number> {
  const abs = path.resolve(io.cwd, file);
  try {
    const loaded = await new ConfigFinder().forDirectory(path.dirname(abs));
    io.stdout.write(`${JSON.stringify(printable(loaded, file, io.cwd), null, 2)}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    io.stderr.write(configLine(err, io.cwd));
    return 2;
  }
}
