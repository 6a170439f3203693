/**
 * One JSON Lines record → the text the pipeline reads, and the fields that go straight into
 * the article. Fields: `id`, `url`, `title`, `author` or `authors`, `date`, and the body in
 * `text` or `content` (plain text). The title, authors and date become the first lines, as a
 * syndicated dump has them, so the pipeline finds them where it looks.
 *
 * Seam: the feeds readers (`cleanInput(bytes, { from: 'jsonl' })`) map records, HTML bodies
 * included, onto the tree directly; once they are on main this module should defer to them.
 */
import { InputError } from './errors.js';

export interface RecordFields {
  text: string;
  id?: string;
  url?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined);

function authorsOf(record: Record<string, unknown>): string[] {
  const raw = record.authors ?? record.author;
  const list = Array.isArray(raw) ? raw : [raw];
  return list.map((a) => str(a) ?? str((a as { name?: unknown } | null)?.name)).filter((a): a is string => a !== undefined);
}

export function recordFields(bytes: Uint8Array): RecordFields {
  let record: unknown;
  try {
    record = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new InputError(`not a JSON line: ${(error as Error).message}`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) throw new InputError('a JSON line must be an object');
  const r = record as Record<string, unknown>;
  const body = str(r.text) ?? str(r.content);
  if (body === undefined) {
    throw new InputError(str(r.html) ? 'has only an html field: HTML bodies need the HTML reader' : 'has no text or content field');
  }
  const authors = authorsOf(r);
  const head = [str(r.title), authors.length ? `By ${authors.join(' and ')}` : undefined, str(r.date)].filter((l) => l !== undefined);
  return { text: head.length ? `${head.join('\n')}\n\n${body}` : body, id: str(r.id), url: str(r.url) };
}
