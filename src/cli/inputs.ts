/**
 * Expanding command-line inputs into the list of things to clean, in output order.
 *
 *   -              standard input (a pipe, a terminal, a device: whatever it is)
 *   a file         itself (any name); only regular files: a FIFO, socket or device given by
 *                  name is refused (checked with stat, never opened, so a FIFO cannot block)
 *   a directory    every file below it with a DIRECTORY_EXTENSIONS ending, recursively, sorted;
 *                  hidden entries (names starting with '.'), symlinked directories and a folder's
 *                  own notes (README, CHANGELOG, LICENSE…: PROJECT_FILES) are skipped; entries
 *                  with those endings that cannot be read as files (dangling or looping
 *                  symlinks, FIFOs, sockets, devices) are reported, one line each
 *   a glob         when no file has that literal name and it has glob syntax: the files it
 *                  matches (tinyglobby), sorted; matching nothing is an input error
 *
 * Problems with one argument (missing, unreadable, empty directory, glob without matches)
 * become `error` entries in place, so they are reported in input order and the rest still runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describeError } from './errors.js';

/** File name endings picked up when a directory is given. */
export const DIRECTORY_EXTENSIONS = ['.txt', '.text', '.md', '.xml', '.rss', '.atom', '.json', '.jsonl', '.html', '.htm'] as const;

/** Names (any case, any extension) of files about a folder rather than articles in it. Named explicitly, they are read. */
export const PROJECT_FILES = ['readme', 'changelog', 'changes', 'license', 'licence', 'copying'] as const;

export type InputEntry =
  /** Standard input; `path` is null (it is what cleanArticle records as source.path). */
  | { kind: 'stdin'; path: null }
  /** A file to read: `path` as the user gave it (or as expanded from a directory/glob), `abs` resolved. */
  | { kind: 'file'; path: string; abs: string }
  /** An argument that could not be turned into inputs; reported as `article-clean: <path>: <reason>`. */
  | { kind: 'error'; path: string; reason: string };

/** Expand the positional arguments (already defaulted to ['-'] for piped stdin). */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  extensions: readonly string[] = DIRECTORY_EXTENSIONS,
): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  for (const arg of args) {
    if (arg === '-') {
      out.push({ kind: 'stdin', path: null });
      continue;
    }
    if (arg === '') {
      out.push({ kind: 'error', path: arg, reason: 'empty file name' });
      continue;
    }
    const abs = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if ((code === 'ENOENT' || code === 'ENOTDIR') && (await isGlob(arg))) {
        for (const file of await expandGlob(arg, cwd)) out.push(file);
      } else {
        out.push({ kind: 'error', path: arg, reason: describeError(err) });
      }
      continue;
    }
    if (stat.isDirectory()) for (const file of expandDirectory(arg, abs, extensions)) out.push(file);
    else if (stat.isFile()) out.push({ kind: 'file', path: arg, abs });
    else out.push({ kind: 'error', path: arg, reason: notRegular(stat) });
  }
  return out;
}

/** Number of entries that will produce an output (files and stdin). */
export function countReadable(entries: readonly InputEntry[]): number {
  return entries.filter((e) => e.kind !== 'error').length;
}

/** The one-line reason for refusing something that is neither a file nor a directory. */
export function notRegular(stat: fs.Stats): string {
  const what = stat.isFIFO()
    ? 'a FIFO (named pipe)'
    : stat.isSocket()
      ? 'a socket'
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? 'a device'
        : 'not a regular file';
  return `is ${what}, not a regular file; to read it, give - and redirect it to standard input`;
}

const DIRECTORY_LINK = 'skipped: symbolic link to a directory';

/** Why a directory entry that looks like an input is skipped, or null to take it. */
function skipReason(file: string): string | null {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'skipped: dangling symbolic link';
    if (code === 'ELOOP') return 'skipped: symbolic link loop';
    return `skipped: ${describeError(err)}`;
  }
  if (st.isFile()) return null;
  if (st.isDirectory()) return DIRECTORY_LINK;
  return `skipped: ${notRegular(st).split(';')[0]}`;
}

// ------------------------------------------------------------------ directories

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((ext) => lower.endsWith(ext));
}

function isProjectFile(name: string): boolean {
  const stem = name.toLowerCase().split('.')[0];
  return (PROJECT_FILES as readonly string[]).includes(stem);
}

function expandDirectory(arg: string, abs: string, extensions: readonly string[]): InputEntry[] {
  const found: { rel: string; entry: InputEntry }[] = [];
  let skippedNotes = 0;
  const walk = (relDir: string): void => {
    let dirents: fs.Dirent[];
    try {
      dirents = fs.readdirSync(path.join(abs, relDir), { withFileTypes: true });
    } catch (err) {
      if (relDir === '') throw err;
      found.push({ rel: relDir, entry: { kind: 'error', path: path.join(arg, relDir), reason: describeError(err) } });
      return;
    }
    for (const d of dirents) {
      if (d.name.startsWith('.')) continue;
      const rel = relDir === '' ? d.name : path.join(relDir, d.name);
      if (d.isDirectory()) {
        walk(rel);
        continue;
      }
      if (!hasExtension(d.name, extensions)) continue;
      // Links to files are followed; links to directories never (no cycles, no surprises).
      const reason = d.isFile() ? null : skipReason(path.join(abs, rel));
      const shown = path.join(arg, rel);
      if (reason === DIRECTORY_LINK) continue; // documented: never followed, not reported
      if (reason) found.push({ rel, entry: { kind: 'error', path: shown, reason } });
      else if (isProjectFile(d.name)) skippedNotes++;
      else found.push({ rel, entry: { kind: 'file', path: shown, abs: path.join(abs, rel) } });
    }
  };
  try {
    walk('');
  } catch (err) {
    return [{ kind: 'error', path: arg, reason: describeError(err) }];
  }
  if (found.length === 0) {
    const note = skippedNotes > 0 ? ' but README, CHANGELOG or LICENSE files, which are skipped unless named' : '';
    return [{ kind: 'error', path: arg, reason: `is a directory with no ${extensions.join(' ')} files${note}` }];
  }
  found.sort((a, b) => comparePaths(a.rel, b.rel));
  return found.map((f) => f.entry);
}

// ------------------------------------------------------------------ globs

type Tinyglobby = typeof import('tinyglobby');
let tinyglobby: Promise<Tinyglobby> | undefined;
/** tinyglobby is loaded only when an argument is a glob: plain file runs start faster. */
function loadTinyglobby(): Promise<Tinyglobby> {
  tinyglobby ??= import('tinyglobby');
  return tinyglobby;
}

/** Cheap pre-check before loading tinyglobby: no glob syntax at all means not a glob. */
async function isGlob(arg: string): Promise<boolean> {
  if (!/[*?[\]{}]/.test(arg)) return false;
  return (await loadTinyglobby()).isDynamicPattern(arg);
}

async function expandGlob(pattern: string, cwd: string): Promise<InputEntry[]> {
  const { glob } = await loadTinyglobby();
  let matches: string[];
  try {
    matches = await glob(pattern, {
      cwd,
      absolute: path.isAbsolute(pattern),
      onlyFiles: true,
      expandDirectories: false,
    });
  } catch (err) {
    return [{ kind: 'error', path: pattern, reason: `bad pattern: ${describeError(err)}` }];
  }
  if (matches.length === 0) return [{ kind: 'error', path: pattern, reason: 'no files match this pattern' }];
  matches.sort(comparePaths);
  return matches.map((m) => ({ kind: 'file', path: m, abs: path.resolve(cwd, m) }));
}

// ------------------------------------------------------------------ order

/**
 * Locale-independent path order, segment by segment, so `a/z.txt` sorts with the other
 * entries of `a/` rather than by the code of '/'. Same result on every machine.
 */
export function comparePaths(a: string, b: string): number {
  const as = a.split(/[\\/]/);
  const bs = b.split(/[\\/]/);
  const n = Math.min(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    const x = as[i];
    const y = bs[i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}
