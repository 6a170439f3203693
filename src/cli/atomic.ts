/**
 * Output files written atomically, with temp files nobody can mistake for output.
 *
 *   --out-dir DIR   temp files go in DIR/.article-clean-tmp/ (hidden, and not an output name)
 *   -o FILE         the temp file is .FILE.article-clean-<pid>-<n>.tmp beside FILE
 *
 * Temp files carry the writer's pid; a run sweeps the temp files of runs that are no longer
 * alive (kill -9, power loss) before it writes, so nothing is left behind for long. Output
 * directories are created level by level, each failure (EACCES, EROFS, ENOTDIR, ...) a
 * clear error: never a retry loop.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describeError } from './errors.js';

export const TEMP_DIR = '.article-clean-tmp';
const TEMP_FILE = /^\..*\.article-clean-(\d+)-\d+\.tmp$/;
let counter = 0;

/** Create `absDir` and its missing parents, one mkdir per level; the reason it failed, or null. */
export function makeDirectory(absDir: string): string | null {
  const missing: string[] = [];
  let dir = absDir;
  for (;;) {
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(dir);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') return describeError(err);
    }
    if (st) {
      if (!st.isDirectory()) return `${dir === absDir ? 'it' : dir} is not a directory`;
      break;
    }
    missing.push(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of missing.reverse()) {
    try {
      fs.mkdirSync(d);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && isDirectory(d)) continue;
      return describeError(err);
    }
  }
  return null;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove temp files left in `dir` by runs that are gone. Best effort: errors are ignored. */
export function sweepTemps(dir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_FILE.exec(name);
    if (m && !alive(Number(m[1]))) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Temp path for writing `target`: inside `tempDir` when given, else a hidden file beside it. */
function tempPath(target: string, tempDir: string | null): string {
  const name = `.${path.basename(target)}.article-clean-${process.pid}-${++counter}.tmp`;
  return path.join(tempDir ?? path.dirname(target), name);
}

/**
 * Write `data` to `target` through a temp file + fsync + rename; the temp file is removed on
 * failure, and `tempDir` (created on demand) once it is empty again.
 */
export async function writeAtomic(target: string, data: string | { pieces: Iterable<string> }, tempDir: string | null = null): Promise<void> {
  if (tempDir && !isDirectory(tempDir)) fs.mkdirSync(tempDir, { mode: 0o700 });
  const tmp = tempPath(target, tempDir);
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(tmp, 'wx', 0o666);
    // Pieces (a huge article's output) are written one after another, never joined.
    if (typeof data === 'string') await handle.writeFile(data);
    else for (const piece of data.pieces) await handle.writeFile(piece);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.promises.rename(tmp, target);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.promises.rm(tmp, { force: true });
    throw err;
  } finally {
    if (tempDir) await fs.promises.rmdir(tempDir).catch(() => undefined); // only when empty
  }
}
