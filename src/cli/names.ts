/**
 * Output file names for `--out-dir`, chosen so that two outputs never collide:
 *
 *   - an input whose basename no other input shares: `<stem>.<ext>` (`a/story.txt` → `story.json`);
 *   - inputs whose basenames collide: their path relative to the inputs' common folder, with
 *     `__` for each `/` (`a/input.txt`, `b/input.txt` → `a__input.json`, `b__input.json`);
 *   - `--keep-dirs`: the input tree mirrored (`a/input.txt` → `a/input.json`);
 *   - a record of a stream or feed (a JSON line, a part of a split dump): `<name>-<index>.<ext>`;
 *     stdin is named `stdin`.
 */
import path from 'node:path';
import type { InputEntry } from './inputs.js';

const stemOf = (file: string): string => {
  const base = path.basename(file);
  return base.slice(0, base.length - path.extname(base).length) || base;
};

/** The folder every input is in (resolved paths). */
function commonRoot(files: readonly string[]): string {
  let root = path.dirname(files[0]);
  for (const f of files) while (!(f + path.sep).startsWith(root === path.sep ? root : root + path.sep)) root = path.dirname(root);
  return root;
}

export class OutputNames {
  /** Resolved input path → name without extension (may hold `/` with --keep-dirs). */
  private readonly stems = new Map<string, string>();

  constructor(entries: readonly InputEntry[], keepDirs: boolean) {
    const files = [...new Set(entries.flatMap((e) => (e.kind === 'file' ? [e.abs] : [])))];
    if (files.length === 0) return;
    const root = commonRoot(files);
    const relative = (f: string) => path.relative(root, f).split(path.sep);
    const count = new Map<string, number>();
    for (const f of files) count.set(stemOf(f), (count.get(stemOf(f)) ?? 0) + 1);
    for (const f of files) {
      const parts = relative(f);
      parts[parts.length - 1] = stemOf(f);
      if (keepDirs) this.stems.set(f, parts.join('/'));
      else this.stems.set(f, count.get(stemOf(f))! > 1 ? parts.join('__') : stemOf(f));
    }
  }

  /** Name, relative to the output folder, for a task of `abs` (undefined: stdin), `item` for records. */
  name(abs: string | undefined, item: number | undefined, ext: string): string {
    const stem = abs === undefined ? 'stdin' : (this.stems.get(abs) ?? stemOf(abs));
    return `${stem}${item === undefined ? '' : `-${item}`}${ext}`;
  }
}
