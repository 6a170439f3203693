/**
 * The input layer of `check`: bytes → decoded text → one CheckArticle per article, by the
 * file's kind. Each reader builds the pipeline's article tree with positions in the file
 * and runs the pipeline once.
 *
 * Seam for HTML and feeds: when main has the feeds branch's `readInput` (one tree per
 * item, `tree.data.meta` with what the markup said), add a case here that maps each ok
 * item through `articleFromTree(item.tree, text, path, encoding, item.tree.data?.meta)`
 * (text.ts) and each failed item to a `parse` problem; list its extensions in
 * FORMAT_BY_EXTENSION. Until then such files are read as text.
 */
import { decodeBytes } from '../../readers/decode.js';
import type { Position } from '../../types.js';
import type { CheckDocument } from '../types.js';
import { readJson } from './json.js';
import { readMarkdown } from './markdown.js';
import { readTextArticle } from './text.js';

export type CheckFormat = CheckDocument['format'];

const FORMAT_BY_EXTENSION: Record<string, CheckFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** File name endings `check` picks up in a directory. */
export const CHECK_EXTENSIONS = ['.txt', '.text', ...Object.keys(FORMAT_BY_EXTENSION)];

export function formatOf(path: string | null): CheckFormat {
  const ext = /\.[^./\\]+$/.exec(path ?? '')?.[0].toLowerCase() ?? '';
  return FORMAT_BY_EXTENSION[ext] ?? 'text';
}

function hasBom(b: Uint8Array): boolean {
  return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

export interface ReadResult {
  doc: CheckDocument;
  /** Input the reader could not make sense of (bad JSON, bad YAML): reported as `parse` errors. */
  problems: { message: string; position: Position }[];
  /** JSON that holds no article-clean export: skipped when a directory or glob found it. */
  foreign?: boolean;
}

export function readDocument(bytes: Uint8Array, path: string | null, format: CheckFormat = formatOf(path)): ReadResult {
  const { text, encoding } = decodeBytes(bytes);
  const base = { format, text, encoding, guessedEncoding: encoding !== 'utf-8' && !hasBom(bytes) };
  switch (format) {
    case 'markdown': {
      const { articles, markdownTree, problems } = readMarkdown(text, path, encoding);
      return { doc: { ...base, articles, markdownTree }, problems };
    }
    case 'json':
    case 'jsonl': {
      const { articles, problems, foreign } = readJson(text, path, encoding, format === 'jsonl');
      return { doc: { ...base, articles }, problems, foreign };
    }
    default:
      return { doc: { ...base, articles: readTextArticle(text, path, encoding) }, problems: [] };
  }
}
