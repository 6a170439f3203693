/**
 * The per-input work: read bytes, check them, clean, render. `processInput` takes one
 * InputEntry and returns a result; it never writes anything, so a worker pool can run it
 * later while the output stage (output.ts) keeps input order.
 *
 * Library code is loaded lazily: cleanArticle when the first input is processed, and only
 * the exporter the chosen format needs (an HTML run never loads the Markdown stack).
 */
import { checkDeadline, deadlineIn, TimeoutError } from '../deadline.js';
import { looksBinary } from '../readers/decode.js';
import type { Article } from '../types.js';
import { describeError, InputError } from './errors.js';
import type { InputEntry } from './inputs.js';
import { DEFAULT_MAX_BYTES, readFileLimited } from './read.js';

/** Default --timeout per input, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;

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
  /** Bytes of standard input (read once, on first use, at most maxBytes of them). */
  readStdin: () => Promise<Uint8Array>;
  /** --max-bytes: larger inputs are refused, and never read whole (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  /** --timeout per input in ms, reading included; 0 or undefined: no limit. */
  timeoutMs?: number;
}

export type InputResult =
  | { ok: true; entry: InputEntry; output: string }
  | { ok: false; entry: InputEntry; reason: string; error?: unknown };

/** Read, check, clean and render one input. Never throws: failures become `{ ok: false }`. */
export async function processInput(entry: InputEntry, ctx: ProcessContext): Promise<InputResult> {
  if (entry.kind === 'error') return { ok: false, entry, reason: entry.reason };
  const deadline = deadlineIn(ctx.timeoutMs);
  let bytes: Uint8Array;
  try {
    bytes = entry.kind === 'stdin' ? await ctx.readStdin() : readFileLimited(entry.abs, ctx.maxBytes ?? DEFAULT_MAX_BYTES);
    checkBytes(bytes);
    checkDeadline(deadline);
  } catch (error) {
    return { ok: false, entry, reason: describeError(error), error };
  }
  let article: Article;
  try {
    article = ctx.clean(bytes, { path: entry.path, deadline });
  } catch (error) {
    if (error instanceof TimeoutError) return { ok: false, entry, reason: describeError(error), error };
    return { ok: false, entry, reason: `cannot clean: ${describeError(error)}`, error };
  }
  try {
    const output = ctx.render(article);
    checkDeadline(deadline);
    return { ok: true, entry, output };
  } catch (error) {
    if (error instanceof TimeoutError) return { ok: false, entry, reason: describeError(error), error };
    return { ok: false, entry, reason: `cannot render: ${describeError(error)}`, error };
  }
}

/**
 * Inputs the pipeline should not see: empty (or only whitespace) and binary data. UTF-16 and
 * UTF-32 (with or without BOM) are text; a few stray NULs in text are dropped by the decoder
 * with a warning, not refused here (see looksBinary).
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
  if (looksBinary(bytes)) throw new InputError('looks like binary data');
}
