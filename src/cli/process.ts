/**
 * The per-input work: read bytes, check them, clean, render. `processInput` takes one
 * InputEntry and returns a result; it never writes anything, so a worker pool can run it
 * later while the output stage (output.ts) keeps input order.
 *
 * Library code is loaded lazily: cleanArticle when the first input is processed, and only
 * the exporter the chosen format needs (an HTML run never loads the Markdown stack).
 */
import fs from 'node:fs';
import type { Article } from '../types.js';
import { describeError, InputError } from './errors.js';
import type { InputEntry } from './inputs.js';

export const FORMATS = ['json', 'jsonl', 'markdown', 'html'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** File extension of an output file per format (used by --out-dir). */
export const EXTENSIONS: Record<OutputFormat, string> = {
  json: '.json',
  jsonl: '.jsonl',
  markdown: '.md',
  html: '.html',
};

export interface RenderOptions {
  format: OutputFormat;
  /** Markdown: YAML front matter (default true). */
  frontMatter?: boolean;
  /** HTML: only the <article> element. */
  fragment?: boolean;
  /** HTML: the stylesheet's text instead of the built-in one, or false for none. */
  css?: string | false;
  /** HTML: list the removed boilerplate after the article. */
  withBoilerplate?: boolean;
}

/** Article → text of one output document, ending with exactly one newline. */
export type Renderer = (article: Article) => string;

export type CleanFn = typeof import('../clean.js').cleanArticle;

/** Loads only the exporter that `options.format` needs. */
export async function loadRenderer(options: RenderOptions): Promise<Renderer> {
  switch (options.format) {
    case 'json': {
      const { toJson } = await import('../exporters/json.js');
      return (a) => endLine(toJson(a, { pretty: true }));
    }
    case 'jsonl': {
      const { toJson } = await import('../exporters/json.js');
      return (a) => {
        const line = toJson(a, { pretty: false }).trim();
        // JSON Lines needs exactly one line per article, whatever the exporter does.
        return `${line.includes('\n') ? JSON.stringify(JSON.parse(line)) : line}\n`;
      };
    }
    case 'markdown': {
      const { toMarkdown } = await import('../exporters/markdown.js');
      const frontMatter = options.frontMatter ?? true;
      return (a) => endLine(toMarkdown(a, { frontMatter }));
    }
    case 'html': {
      const { toHtml } = await import('../exporters/html.js');
      const { fragment = false, css, withBoilerplate = false } = options;
      return (a) => endLine(toHtml(a, { fragment, css, withBoilerplate }));
    }
  }
}

export async function loadCleaner(): Promise<CleanFn> {
  return (await import('../clean.js')).cleanArticle;
}

function endLine(text: string): string {
  return `${text.trimEnd()}\n`;
}

export interface ProcessContext {
  clean: CleanFn;
  render: Renderer;
  /** Bytes of standard input (read once, on first use). */
  readStdin: () => Promise<Uint8Array>;
}

export type InputResult =
  | { ok: true; entry: InputEntry; output: string }
  | { ok: false; entry: InputEntry; reason: string; error?: unknown };

/** Read, check, clean and render one input. Never throws: failures become `{ ok: false }`. */
export async function processInput(entry: InputEntry, ctx: ProcessContext): Promise<InputResult> {
  if (entry.kind === 'error') return { ok: false, entry, reason: entry.reason };
  let bytes: Uint8Array;
  try {
    bytes = entry.kind === 'stdin' ? await ctx.readStdin() : readBytes(entry.abs);
    checkBytes(bytes);
  } catch (error) {
    return { ok: false, entry, reason: describeError(error), error };
  }
  let article: Article;
  try {
    article = ctx.clean(bytes, { path: entry.path });
  } catch (error) {
    return { ok: false, entry, reason: `cannot clean: ${describeError(error)}`, error };
  }
  try {
    return { ok: true, entry, output: ctx.render(article) };
  } catch (error) {
    return { ok: false, entry, reason: `cannot render: ${describeError(error)}`, error };
  }
}

function readBytes(file: string): Uint8Array {
  const buf = fs.readFileSync(file);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * Inputs the pipeline should not see: empty (or only whitespace) and binary data. NUL bytes
 * mark binary data, except in text that starts with a UTF-16/UTF-32 byte-order mark.
 */
export function checkBytes(bytes: Uint8Array): void {
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3; // UTF-8 BOM
  let blank = true;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0x0b && b !== 0x0c) {
      blank = false;
      break;
    }
  }
  if (blank) throw new InputError('is empty');
  const utf16or32 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff);
  if (!utf16or32 && bytes.indexOf(0) !== -1) throw new InputError('looks like binary data');
}
