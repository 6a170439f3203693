/**
 * The output stage: takes rendered results in input order and puts them somewhere.
 *
 *   stdout     json: one pretty object per input, each followed by a newline
 *              jsonl: one compact line per input
 *              markdown: documents separated by one blank line
 *              html: documents concatenated
 *   -o FILE    the single input's document, written atomically; replaces FILE if present
 *   --out-dir  one file per input, <basename>.<ext>, written atomically (temp + rename, see
 *              atomic.ts); an existing file is kept unless --force
 *
 * No sink ever writes over an input file (checked by device + inode, so symlinks and hard
 * links count too). A broken stdout pipe (EPIPE, e.g. `| head`) stops the run quietly; any
 * other stdout error (EBADF, ENOSPC for a full disk) is fatal: exit 1. A stdout closed before
 * start (`>&-`) cannot be told apart: Node reopens it as /dev/null read-write, exactly as a
 * parent's DEVNULL (Node 'ignore', Python subprocess.DEVNULL) opens it, which must work.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { makeDirectory, sweepTemps, TEMP_DIR, writeAtomic } from './atomic.js';
import { describeError } from './errors.js';
import type { InputEntry } from './inputs.js';
import type { OutputNames } from './names.js';
import { EXTENSIONS, type Output, type OutputFormat } from './process.js';

/** What an output came from: an input's shown path (null: stdin) and, for a file, its absolute path. */
export interface OutputSource {
  path: string | null;
  abs?: string;
}

export interface OutputSink {
  /** Write one input's document; resolves to null, or the reason it failed for that input. */
  write(source: OutputSource, document: Output, item?: number): Promise<string | null>;
  /** True once further output is pointless (stdout closed or broken): stop processing. */
  readonly stopped: boolean;
  /** A failure of the sink itself (not of one input), to report once; null when none. */
  readonly fatal: string | null;
}

// ------------------------------------------------------------------ stdout

const watched = new WeakSet<Writable>();
const brokenStreams = new WeakMap<Writable, NodeJS.ErrnoException>();

/**
 * One 'error' listener per stream, kept for its lifetime: a late EPIPE (the reader went
 * away, e.g. `| head`) must never crash with a stack trace. main() calls this for stdout and
 * stderr before anything is written, help and version included.
 */
export function watch(stream: Writable): void {
  if (watched.has(stream)) return;
  watched.add(stream);
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (!brokenStreams.has(stream)) brokenStreams.set(stream, err);
  });
}

export class StdoutSink implements OutputSink {
  private count = 0;

  constructor(
    private readonly stream: Writable,
    private readonly format: OutputFormat,
  ) {
    watch(stream);
  }

  get stopped(): boolean {
    return brokenStreams.has(this.stream) || this.stream.destroyed || this.stream.writableEnded;
  }

  get fatal(): string | null {
    const err = brokenStreams.get(this.stream);
    if (!err || err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return null;
    return `cannot write output: ${describeError(err)}`;
  }

  async write(_source: OutputSource, document: Output): Promise<string | null> {
    if (this.stopped) return null;
    let lead = this.format === 'markdown' && this.count > 0 ? '\n' : '';
    this.count++;
    if (typeof document === 'string') {
      if (!this.stream.write(lead + document)) await drained(this.stream);
      return null;
    }
    // Piece by piece, each written (and its bytes let go) before the next is made.
    try {
      for (const piece of document.pieces) {
        if (this.stopped) return null;
        if (!this.stream.write(lead + piece)) await drained(this.stream);
        lead = '';
      }
    } catch (error) {
      return `cannot render: ${describeError(error)}`;
    }
    return null;
  }
}

/** Resolves on 'drain', or when the stream errors or closes (never hangs on a dead pipe). */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

// ------------------------------------------------------------------ files

/** Device + inode of every input file, so an output path can be checked against all of them. */
export function inputIdentities(entries: readonly InputEntry[]): Set<string> {
  const ids = new Set<string>();
  for (const e of entries) {
    if (e.kind !== 'file') continue;
    try {
      const st = fs.statSync(e.abs);
      ids.add(`${st.dev}:${st.ino}`);
    } catch {
      // Unreadable inputs fail on their own; they cannot be overwritten by us either way.
    }
  }
  return ids;
}

/** Why writing an output file failed; ENOENT there means its directory is missing. */
function writeFailure(shown: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return `cannot write ${shown}: ${code === 'ENOENT' ? 'no such directory' : describeError(err)}`;
}

/** The stat of `file`, or null when it does not exist. */
function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** `-o FILE`: exactly one input; replaces FILE atomically, but never an input file. */
export class FileSink implements OutputSink {
  readonly stopped = false;
  readonly fatal = null;

  constructor(
    private readonly file: string,
    private readonly abs: string,
    private readonly inputs: Set<string>,
  ) {}

  async write(_source: OutputSource, document: Output): Promise<string | null> {
    const st = statOrNull(this.abs);
    if (st && this.inputs.has(`${st.dev}:${st.ino}`)) return `output ${this.file} is an input file; not overwriting it`;
    if (st?.isDirectory()) return `cannot write ${this.file}: is a directory`;
    sweepTemps(path.dirname(this.abs));
    try {
      await writeAtomic(this.abs, document);
    } catch (err) {
      return writeFailure(this.file, err);
    }
    return null;
  }
}

/** `--out-dir DIR`: one `<basename><ext>` per input, never clobbering without --force. */
export class OutDirSink implements OutputSink {
  /** Set when the directory cannot be created: one fatal line, and the run stops. */
  fatal: string | null = null;
  private dirReady: string | null | undefined; // undefined: not tried; null: ok; string: reason
  /** Output files written in this run → the input that produced them. */
  private readonly written = new Map<string, string>();

  constructor(
    private readonly dir: string,
    private readonly absDir: string,
    private readonly format: OutputFormat,
    private readonly force: boolean,
    private readonly inputs: Set<string>,
    private readonly names: OutputNames | null = null,
  ) {}

  /**
   * Output file name for an input: its basename with the format's extension (by its path from
   * the inputs' common folder when basenames collide, or mirrored with --keep-dirs; see
   * names.ts); stdin → stdin.<ext>; a feed item → <name>-<item>.<ext>.
   */
  outputName(entry: OutputSource, item?: number): string {
    const ext = EXTENSIONS[this.format];
    if (this.names) return this.names.name(entry.abs, item, ext);
    const suffix = item === undefined ? '' : `-${item}`;
    if (entry.abs === undefined || entry.path === null) return `stdin${suffix}${ext}`;
    const base = path.basename(entry.path);
    const stem = base.slice(0, base.length - path.extname(base).length) || base;
    return stem + suffix + ext;
  }

  private ensureDir(): string | null {
    if (this.dirReady === undefined) {
      const problem = makeDirectory(this.absDir);
      this.dirReady = problem && `cannot create output directory ${this.dir}: ${problem}`;
      this.fatal = this.dirReady;
      if (!problem) sweepTemps(path.join(this.absDir, TEMP_DIR));
    }
    return this.dirReady;
  }

  get stopped(): boolean {
    return this.fatal !== null;
  }

  async write(entry: OutputSource, document: Output, item?: number): Promise<string | null> {
    if (this.ensureDir()) return null; // fatal: reported once by the caller
    const name = this.outputName(entry, item);
    const shown = path.join(this.dir, name);
    const abs = path.join(this.absDir, name);
    const earlier = this.written.get(abs);
    if (earlier !== undefined) {
      return `output ${shown} was already written for ${earlier} in this run (same basename); not overwriting it`;
    }
    // Checked, then written: a file created by someone else in between is replaced.
    const st = statOrNull(abs);
    if (st) {
      if (this.inputs.has(`${st.dev}:${st.ino}`)) return `output ${shown} is an input file; not overwriting it`;
      if (st.isDirectory()) return `cannot write ${shown}: is a directory`;
      if (!this.force) return `output ${shown} already exists (use --force to overwrite)`;
    }
    try {
      // --keep-dirs names hold folders: make them (inside the output folder) first.
      if (name.includes('/') && makeDirectory(path.dirname(abs))) return `cannot create ${path.dirname(shown)}`;
      await writeAtomic(abs, document, path.join(this.absDir, TEMP_DIR));
    } catch (err) {
      return writeFailure(shown, err);
    }
    this.written.set(abs, entry.path ?? '<stdin>');
    return null;
  }
}
