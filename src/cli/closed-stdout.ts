/**
 * A closed standard output (`article-clean x.txt >&-`). Node never sees it closed: at
 * start-up it reopens a closed fd 1 on the null device, read-write, so the output would be
 * thrown away and the run would exit 0. On Linux the reopened descriptor can be told from a
 * shell's `> /dev/null`, which opens the device write-only. A parent that hands over the
 * null device read-write (Python's DEVNULL, Node's stdio 'ignore') looks the same as a
 * closed stdout and is refused too: use `> /dev/null` or `--out-dir` to discard output.
 */
import fs from 'node:fs';

const O_ACCMODE = 0o3;
const O_RDWR = 0o2;

export function stdoutLooksClosed(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const out = fs.fstatSync(1);
    if (!out.isCharacterDevice() || out.rdev !== fs.statSync('/dev/null').rdev) return false;
    const flags = /^flags:\s*([0-7]+)/m.exec(fs.readFileSync('/proc/self/fdinfo/1', 'utf8'))?.[1];
    return flags !== undefined && (parseInt(flags, 8) & O_ACCMODE) === O_RDWR;
  } catch {
    return false;
  }
}
