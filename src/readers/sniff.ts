/**
 * The kind of an input, sniffed from its first characters; the file extension only
 * breaks ties (a .txt that starts with a tag is still text, unless it is a feed).
 */
import type { InputFormat } from '../types.js';

/** What `--from` accepts: the output's source.format, plus 'rdf' (RSS 1.0, reported as rss). */
export type InputKind = InputFormat | 'rdf';
export const INPUT_KINDS: readonly InputKind[] = ['text', 'markdown', 'html', 'rss', 'atom', 'rdf', 'jsonfeed', 'jsonl'];

const EXTENSION_KINDS: Record<string, InputKind> = {
  '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.rss': 'rss', '.atom': 'atom', '.rdf': 'rdf', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.md': 'markdown', '.markdown': 'markdown',
};

function extension(path: string | null | undefined): string {
  const m = /\.[A-Z0-9]+$/i.exec(path ?? '');
  return m ? m[0].toLowerCase() : '';
}

/** The name of the first element, after the XML declaration, comments, doctype and processing instructions. */
function rootElement(head: string): string | null {
  const rest = head.replace(/^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/i, '');
  return /^<([A-Z][\w:.-]*)/i.exec(rest)?.[1].toLowerCase() ?? null;
}

export function sniffKind(text: string, path?: string | null): InputKind {
  const ext = extension(path);
  const head = text.slice(0, 4096).replace(/^\ufeff/, '');
  const start = head.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    if (/^\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(start)) return 'jsonfeed';
    if (isOneFeedObject(text)) return 'jsonfeed';
    if (ext === '.json' || ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
    if (start.startsWith('{') && firstLineIsJson(start)) return 'jsonl';
    if (start.startsWith('[') && isListOfObjects(text)) return 'jsonl';
  }
  if (start.startsWith('<')) {
    const root = rootElement(head);
    if (root === 'rss') return 'rss';
    if (root === 'feed' || root === 'atom:feed') return 'atom';
    if (root === 'rdf:rdf' || root === 'rdf') return 'rdf';
    if (root === 'html' || /^<!doctype\s+html/i.test(start)) return 'html';
    if (EXTENSION_KINDS[ext] === 'html' || ext === '.xml' || ext === '') return 'html';
  }
  const byExt = EXTENSION_KINDS[ext];
  if (byExt === 'markdown') return 'markdown';
  if (byExt === 'html' && /<[a-z][\s\S]*>/i.test(head)) return 'html';
  return 'text';
}

/** One JSON object with an "items" list (a JSON Feed without its version URL), not JSON Lines. */
function isOneFeedObject(text: string): boolean {
  if (!/"items"\s*:\s*\[/.test(text)) return false;
  try {
    const value = JSON.parse(text) as unknown;
    return !!value && typeof value === 'object' && Array.isArray((value as { items?: unknown }).items);
  } catch {
    return false;
  }
}

/** JSON Lines start with a line that is a JSON object (or with one pretty-printed object). */
function firstLineIsJson(start: string): boolean {
  const first = start.slice(0, start.indexOf('\n') >>> 0);
  for (const candidate of [first, start]) {
    try {
      const value = JSON.parse(candidate) as unknown;
      if (value && typeof value === 'object') return true;
    } catch {
      // not this one
    }
  }
  return false;
}

/** A JSON list of objects: read as JSON Lines, one record per object. */
function isListOfObjects(text: string): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) && value.length > 0 && value.every((v) => v && typeof v === 'object' && !Array.isArray(v));
  } catch {
    return false;
  }
}
