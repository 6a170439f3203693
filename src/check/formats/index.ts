/**
 * The input layer of `check`: bytes → decoded text → one CheckArticle per article, by the
 * file's kind. Each reader builds the pipeline's article tree with positions in the file
 * and runs the pipeline once.
 *
 * Feeds and HTML go through the main command's reader (readers/input.ts: one tree per
 * item, `tree.data.meta` with what the markup said), each item's tree through
 * `articleFromTree` (text.ts); an item the reader could not build is a `parse` problem.
 */
import { decodeBytes } from '../../readers/decode.js';
import { readInput } from '../../readers/input.js';
import type { Position } from '../../types.js';
import type { CheckArticle, CheckBlock, CheckDocument } from '../types.js';
import { placeDate } from './feed-date.js';
import { readJson } from './json.js';
import { MAX_MARKDOWN_NESTING, readMarkdown, tooDeepLine } from './markdown.js';
import { articleFromTree, readTextArticle, START } from './text.js';

export type CheckFormat = CheckDocument['format'];

const FORMAT_BY_EXTENSION: Record<string, CheckFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
  '.html': 'feed',
  '.htm': 'feed',
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

const WHOLE_PAGE = /<body[\s>]/i;

/** Lines of the page's `<article>` (else `<main>`) element, when it has one. */
function storyLines(text: string): [number, number] | null {
  for (const tag of ['article', 'main']) {
    const open = new RegExp(`<${tag}[\\s>]`, 'i').exec(text)?.index;
    const close = text.toLowerCase().lastIndexOf(`</${tag}>`);
    if (open !== undefined && close > open) return [text.slice(0, open).split('\n').length, text.slice(0, close).split('\n').length];
  }
  return null;
}

/**
 * A whole web page: the furniture outside its `<article>` (or `<main>`), or else before the
 * headline and after the story's last block, is the page's chrome (navigation, footer),
 * which the page extractor leaves out. It is no furniture left in the imported text; what
 * stands in the story is.
 */
function withoutChrome(article: CheckArticle, text: string): CheckArticle {
  const lines = storyLines(text);
  if (lines) {
    const inside = (b: CheckBlock) => b.kind !== 'boilerplate' || (b.position.start.line >= lines[0] && b.position.end.line <= lines[1]);
    return { ...article, blocks: article.blocks.filter(inside) };
  }
  const story = article.blocks.map((b, i) => (b.kind === 'boilerplate' ? -1 : i)).filter((i) => i >= 0);
  if (!story.length) return article;
  return { ...article, blocks: article.blocks.slice(story[0], story.at(-1)! + 1) };
}

export function readDocument(bytes: Uint8Array, path: string | null, format: CheckFormat = formatOf(path)): ReadResult {
  const { text, encoding } = decodeBytes(bytes);
  const base = { format, text, encoding, guessedEncoding: encoding !== 'utf-8' && !hasBom(bytes) };
  switch (format) {
    case 'markdown': {
      const deep = tooDeepLine(text);
      if (deep) {
        // Too deep for remark-parse in reasonable time: checked as plain text, and said so.
        const message = `Markdown nested more than ${MAX_MARKDOWN_NESTING} levels deep (line ${deep}): checked as plain text`;
        const position = { start: { line: deep, column: 1 }, end: { line: deep, column: 1 } };
        return { doc: { ...base, articles: readTextArticle(text, path, encoding) }, problems: [{ message, position }] };
      }
      const { articles, markdownTree, problems } = readMarkdown(text, path, encoding);
      return { doc: { ...base, articles, markdownTree }, problems };
    }
    case 'json':
    case 'jsonl': {
      const { articles, problems, foreign } = readJson(text, path, encoding, format === 'jsonl');
      return { doc: { ...base, articles }, problems, foreign };
    }
    case 'feed': {
      const read = readInput(bytes, { path });
      const problems: ReadResult['problems'] = [];
      const articles = read.items.flatMap((item) => {
        if (!item.ok) {
          problems.push({ message: `Item ${item.item} cannot be read: ${item.reason}`, position: START });
          return [];
        }
        const meta = item.tree.data?.meta;
        const article = placeDate(articleFromTree(item.tree, read.text, path, read.encoding, meta ?? {}), read.text, meta?.item);
        if (meta?.format !== 'html') return [article];
        // An HTML file holds one article: a message about the whole of it goes on line 1.
        const page = { ...article, start: START };
        return [WHOLE_PAGE.test(read.text) ? withoutChrome(page, read.text) : page];
      });
      return { doc: { ...base, text: read.text, encoding: read.encoding, articles }, problems };
    }
    default:
      return { doc: { ...base, articles: readTextArticle(text, path, encoding) }, problems: [] };
  }
}
