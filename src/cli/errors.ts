/**
 * Turning failures into the one-line reasons the CLI prints:
 *
 *   article-clean: <path>: <reason>
 *
 * Reasons are short and human ("no such file", "permission denied", "is empty"); a stack
 * trace is never printed unless ARTICLE_CLEAN_DEBUG is set in the environment.
 */

export const PROGRAM = 'article-clean';

/** A failure whose message is already the short reason to print. */
export class InputError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InputError';
  }
}

/** A command-line mistake: one line on stderr and exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const ERRNO_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  EEXIST: 'already exists',
  EBUSY: 'resource busy',
  EINVAL: 'invalid argument',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  ETXTBSY: 'text file busy',
  ERR_STRING_TOO_LONG: 'too large to read',
  ERR_FS_FILE_TOO_LARGE: 'too large to read',
};

/** The short reason for any thrown value: errno codes get fixed wording, others their first message line. */
export function describeError(err: unknown): string {
  if (err instanceof InputError || err instanceof UsageError) return oneLine(err.message);
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && ERRNO_REASONS[code]) return ERRNO_REASONS[code];
  if (err instanceof Error) {
    const msg = oneLine(err.message);
    if (msg) return msg;
    return err.name || 'unknown error';
  }
  const msg = oneLine(String(err));
  return msg || 'unknown error';
}

/** First non-blank line, control characters removed, capped so one line stays one line. */
export function oneLine(text: string, max = 200): string {
  const first = text.split(/\r\n|[\n\r\u2028\u2029]/).find((l) => l.trim() !== '') ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = first.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** A path as shown in messages: control characters escaped so the message stays one line. */
export function displayPath(path: string | null): string {
  if (path === null) return '<stdin>';
  // eslint-disable-next-line no-control-regex
  return path.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** `article-clean: <path>: <reason>\n` */
export function errorLine(path: string | null, reason: string): string {
  // A name that is not valid UTF-8 reaches Node with U+FFFD in it, and opens nothing.
  if (reason === ERRNO_REASONS.ENOENT && path?.includes('\ufffd')) reason = `${reason} (its name is not valid UTF-8, which Node cannot open by name: rename the file)`;
  return `${PROGRAM}: ${displayPath(path)}: ${oneLine(reason)}\n`;
}

/** The stack, for ARTICLE_CLEAN_DEBUG=1 runs only. */
export function debugDetail(err: unknown): string | null {
  if (!process.env.ARTICLE_CLEAN_DEBUG) return null;
  return err instanceof Error && err.stack ? `${err.stack}\n` : `${String(err)}\n`;
}
