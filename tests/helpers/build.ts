/**
 * dist/ as the tests that spawn the CLI or pack the package need it: rebuilt first when it is
 * missing or older than src/ (npm install / npm ci build it through `prepare`). Test files run
 * in parallel, so a lock file keeps two of them from building, or packing, at once.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './shared.js';

const LOCK = path.join(ROOT, 'dist/.test-build.lock');
const STALE_LOCK_MS = 5 * 60_000;

/** Newest modification time of the files the build reads. */
function newestSource(): number {
  let newest = fs.statSync(path.join(ROOT, 'package.json')).mtimeMs;
  for (const entry of fs.readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function fresh(): boolean {
  const built = ['dist/cli/main.js', 'dist/lib/index.js', 'dist/types/index.d.ts'].map((f) => path.join(ROOT, f));
  return built.every((f) => fs.existsSync(f) && fs.statSync(f).mtimeMs >= newestSource());
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function lock(): void {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      fs.closeSync(fs.openSync(LOCK, 'wx'));
      return;
    } catch {
      const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) fs.rmSync(LOCK, { force: true });
      else sleep(200);
    }
  }
}

/** Run `fn` with dist/ built and nobody else rebuilding it. */
export function withBuilt<T>(fn: () => T): T {
  lock();
  try {
    if (!fresh()) {
      const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
    }
    return fn();
  } finally {
    fs.rmSync(LOCK, { force: true });
  }
}
