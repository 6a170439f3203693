/**
 * The per-input work: read bytes, check them, clean, render. `processInput` takes one
 * InputEntry and returns a result; it never writes anything, so a worker pool can run it
 * later while the output stage (output.ts) keeps input order.
 *
 * Library code is loaded lazily: cleanArticle when the first input is processed, and only
 * the exporter the chosen format needs (an HTML run never loads the Markdown stack).
 */
import v8 from 'node:v8';
import { checkDeadline, deadlineIn, TimeoutError } from '../deadline.js';
import { looksBinary } from '../readers/decode.js';
import { binaryKind } from '../readers/magic.js';
import type { SourceSettings } from '../pipeline/source-settings.js';
import type { Article } from '../types.js';
import { debugDetail, describeError, InputError } from './errors.js';
import type { InputEntry } from './inputs.js';
import { DEFAULT_MAX_BYTES, readFileLimited, tooLarge } from './read.js';
import type { Task, TaskResult } from './task.js';

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

/**
 * A rendered document: its text, or its text piece by piece, made as it is written (a huge
 * article: its output is never one string, nor one buffer of bytes).
 */
export type Output = string | { pieces: Iterable<string> };

/** The whole text of an output (pieces joined). */
export function outputText(output: Output): string {
  return typeof output === 'string' ? output : Array.from(output.pieces).join('');
}

/** Inputs of at least this many bytes an article are rendered in pieces (json, jsonl, markdown). */
export const PIECES_FROM = 1 << 20;

/** Article → one output document, ending with exactly one newline; in pieces when `huge` (and the format can). */
export type Renderer = (article: Article, huge?: boolean) => Output;

type CleanInputOptions = import('../clean-input.js').CleanInputOptions;
/** Input bytes → its articles (one per feed item or JSON line). */
export type CleanFn = (input: Uint8Array, options: CleanInputOptions) => Promise<Article[]>;

/** Loads only the exporter that `options.format` needs. */
export async function loadRenderer(options: RenderOptions): Promise<Renderer> {
  switch (options.format) {
    case 'json': {
      const { toJson, toJsonPieces } = await import('../exporters/json.js');
      return (a, huge) => (huge ? { pieces: endLinePieces(toJsonPieces(a, { pretty: true })) } : endLine(toJson(a, { pretty: true })));
    }
    case 'jsonl': {
      const { toJson, toJsonPieces } = await import('../exporters/json.js');
      return (a, huge) => {
        // Compact JSON has no white space around it and no raw newline: the pieces need no trimming.
        if (huge) return { pieces: lineOf(toJsonPieces(a, { pretty: false })) };
        const line = toJson(a, { pretty: false }).trim();
        // JSON Lines needs exactly one line per article, whatever the exporter does.
        return `${line.includes('\n') ? JSON.stringify(JSON.parse(line)) : line}\n`;
      };
    }
    case 'markdown': {
      const { toMarkdown, toMarkdownPieces } = await import('../exporters/markdown.js');
      const frontMatter = options.frontMatter ?? true;
      return (a, huge) => (huge ? { pieces: endLinePieces(toMarkdownPieces(a, { frontMatter })) } : endLine(toMarkdown(a, { frontMatter })));
    }
    case 'html': {
      const { toHtml } = await import('../exporters/html.js');
      const { fragment = false, css, withBoilerplate = false } = options;
      return (a) => endLine(toHtml(a, { fragment, css, withBoilerplate }));
    }
  }
}

/**
 * The cleaner. Text and Markdown (sniffed, or --from) take cleanArticle; the feed, JSON and
 * HTML readers (clean-input.js, with their XML and HTML parsers) load on the first input
 * that needs them, so a run over text never pays for them.
 */
export async function loadCleaner(): Promise<CleanFn> {
  const [{ cleanDecoded }, { sniffKind }, { decodeBytes }] = await Promise.all([import('../clean.js'), import('../readers/sniff.js'), import('../readers/decode.js')]);
  let structured: Promise<typeof import('../clean-input.js')> | undefined;
  return async (input, options) => {
    // Decoded once: the text the kind is sniffed from is the text cleaned (no second copy of a huge input).
    let decoded = options.from === undefined || options.from === 'text' || options.from === 'markdown' ? decodeBytes(input) : null;
    const kind = options.from ?? sniffKind(decoded!.text, options.path);
    if (kind !== 'text' && kind !== 'markdown') {
      decoded = null; // the readers decode as they need
      return (await (structured ??= import('../clean-input.js'))).cleanInput(input, options);
    }
    const article = cleanDecoded(decoded!, { path: options.path, explain: options.explain, source: options.source, deadline: options.deadline });
    article.source.format = kind;
    return [article];
  };
}

function endLine(text: string): string {
  return `${text.trimEnd()}\n`;
}

function* lineOf(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

/** endLine over pieces: white space at the end, held back across pieces, becomes one newline. */
function* endLinePieces(pieces: Iterable<string>): Generator<string> {
  let held = '';
  for (const piece of pieces) {
    const text = held + piece;
    const kept = text.trimEnd();
    if (kept) yield kept;
    held = text.slice(kept.length);
  }
  yield '\n';
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
  /** Input kind forced by --from; sniffed when absent. */
  from?: import('../readers/sniff.js').InputKind;
  /** --learn-across: articles already cleaned as one batch (prepareBatch), by entry. */
  prepared?: Map<InputEntry, Prepared>;
}

/** What a task needs where it runs (this thread or a worker): no stdin, no batch. */
export type TaskContext = Omit<ProcessContext, 'readStdin' | 'prepared'>;

/** The options a worker is started with: all it needs to build its TaskContext. */
export interface TaskOptions {
  render: RenderOptions;
  from?: import('../readers/sniff.js').InputKind;
  maxBytes?: number;
  timeoutMs?: number;
}

/** The cleaner and the renderer a run needs, loaded once (per worker, for a pool). */
export async function loadContext(options: TaskOptions): Promise<TaskContext> {
  const [clean, render] = await Promise.all([loadCleaner(), loadRenderer(options.render)]);
  return { clean, render, from: options.from, maxBytes: options.maxBytes, timeoutMs: options.timeoutMs };
}

export type Prepared = ReturnType<typeof import('../clean-input.js').cleanBatch>[number];

/**
 * --learn-across: read every input first and clean them as one batch, so that blocks
 * repeating across the batch count as furniture. Inputs that cannot be read are left out
 * (processInput then reports them as usual).
 */
export async function prepareBatch(entries: readonly InputEntry[], ctx: Pick<ProcessContext, 'readStdin' | 'from' | 'maxBytes'>): Promise<Map<InputEntry, Prepared>> {
  const readable: { entry: InputEntry; input: Uint8Array }[] = [];
  for (const entry of entries) {
    if (entry.kind === 'error') continue;
    try {
      const input = entry.kind === 'stdin' ? await ctx.readStdin() : readFileLimited(entry.abs, ctx.maxBytes ?? DEFAULT_MAX_BYTES);
      checkBytes(input);
      readable.push({ entry, input });
    } catch {
      // reported when processInput reads it again
    }
  }
  const { cleanBatch } = await import('../clean-input.js');
  const results = cleanBatch(readable.map((r) => ({ input: r.input, path: r.entry.path })), { from: ctx.from });
  return new Map(readable.map((r, i) => [r.entry, results[i]]));
}

/** One rendered article; `item` is its index in a feed or JSON Lines input. */
export interface RenderedArticle {
  item?: number;
  output: Output;
}

export type InputResult =
  /** `outputs`: one per article the input gave, in order; `failed`: items that failed alone. */
  | { ok: true; entry: InputEntry; outputs: RenderedArticle[]; failed: { item: number; reason: string }[] }
  | { ok: false; entry: InputEntry; reason: string; error?: unknown };

/** Read, check, clean and render one input. Never throws: failures become `{ ok: false }`. */
export async function processInput(entry: InputEntry, ctx: ProcessContext): Promise<InputResult> {
  if (entry.kind === 'error') return { ok: false, entry, reason: entry.reason };
  const prepared = ctx.prepared?.get(entry);
  if (prepared && 'error' in prepared) return { ok: false, entry, reason: `cannot clean: ${describeError(prepared.error)}`, error: prepared.error };
  if (prepared) return { entry, ...renderAll(prepared.articles, [...prepared.failed], ctx, false) };
  return { entry, ...(await cleanAndRender(entry.path, () => (entry.kind === 'stdin' ? ctx.readStdin() : readFileLimited(entry.abs, ctx.maxBytes ?? DEFAULT_MAX_BYTES)), ctx)) };
}

type Outcome = { ok: true; outputs: RenderedArticle[]; failed: { item: number; reason: string }[] } | { ok: false; reason: string; error?: unknown };

/**
 * The same work for a task of the CLI's runner (a file, stdin's bytes, or one record of a
 * stream), in-process or in a worker. A record is cleaned as its own input (a JSON line with
 * `--from jsonl`), and numbered by its place in the stream.
 */
export async function processTask(task: Task, ctx: TaskContext, prepared?: Prepared): Promise<TaskResult> {
  if (task.error !== undefined) return { ok: false, reason: task.error, bytes: 0 };
  if (prepared && 'error' in prepared) return failure(`cannot clean: ${describeError(prepared.error)}`, 0, prepared.error);
  if (prepared) return { ...(renderAll(prepared.articles, [...prepared.failed], ctx, false) as Extract<Outcome, { ok: true }>), bytes: 0 };
  let size = task.bytes?.length ?? 0;
  const read = async (): Promise<Uint8Array> => {
    const bytes = task.bytes ?? readFileLimited(task.abs!, ctx.maxBytes ?? DEFAULT_MAX_BYTES);
    if (task.bytes && bytes.length > (ctx.maxBytes ?? DEFAULT_MAX_BYTES)) throw tooLarge(ctx.maxBytes ?? DEFAULT_MAX_BYTES, bytes.length);
    size = bytes.length;
    return bytes;
  };
  const from = task.jsonl ? 'jsonl' : ctx.from;
  const render = task.item === undefined ? ctx.render : (a: Article) => ctx.render(recordOf(a, task));
  const outcome = await cleanAndRender(task.path, read, { ...ctx, from, render }, task.settings);
  if (!outcome.ok) return failure(outcome.reason, size, outcome.error);
  if (task.item === undefined) return { ...outcome, bytes: size };
  // A record is one line or part of a stream: its "line 1" is the record itself (the caller names the record).
  const item = task.item;
  return { ok: true, outputs: outcome.outputs.map((o) => ({ ...o, item })), failed: outcome.failed.map((f) => ({ item, reason: f.reason.replace(/^line 1 /, '') })), bytes: size };
}

function failure(reason: string, bytes: number, error: unknown): TaskResult {
  const detail = error === undefined ? null : debugDetail(error);
  return detail ? { ok: false, reason, bytes, detail } : { ok: false, reason, bytes };
}

/** A record of a file keeps its place in it; stdin records do not, so any split of a stream gives the same output. */
function recordOf(article: Article, task: Task): Article {
  // In place: --explain keeps its texts by article.
  if (task.path !== null) article.source.item = task.item;
  else delete article.source.item;
  return article;
}

/** From an input of this many bytes on, the heap grows in small steps (see tightHeap). */
const TIGHT_HEAP_FROM = 8 << 20;
let tight = false;

/**
 * V8 lets its heap grow to up to four times what it held at the last full collection before it
 * collects again: after reading a huge input, four times the input's text and more. From the
 * first huge input on, it grows by a quarter at most (measured on a 50 MB text, -f json: peak
 * RSS 681 -> 565 MB, no slower). Small inputs never set it: their heap is small, and a tight one costs time.
 */
function tightHeap(size: number): void {
  if (tight || size < TIGHT_HEAP_FROM) return;
  tight = true;
  v8.setFlagsFromString('--heap-growing-percent=25');
}

async function cleanAndRender(path: string | null, read: () => Uint8Array | Promise<Uint8Array>, ctx: TaskContext, source?: SourceSettings): Promise<Outcome> {
  const deadline = deadlineIn(ctx.timeoutMs);
  let bytes: Uint8Array;
  try {
    bytes = await read();
    tightHeap(bytes.length);
    checkBytes(bytes);
    checkDeadline(deadline);
  } catch (error) {
    return { ok: false, reason: describeError(error), error };
  }
  let articles: Article[];
  const failed: { item: number; reason: string }[] = [];
  try {
    articles = await ctx.clean(bytes, { path, from: ctx.from, onItemError: (item, reason) => failed.push({ item, reason }), deadline, source });
  } catch (error) {
    if (error instanceof TimeoutError) return { ok: false, reason: describeError(error), error };
    return { ok: false, reason: `cannot clean: ${describeError(error)}`, error };
  }
  // A huge article is rendered as it is written (its pieces, outside the time budget: rendering is linear).
  const result = renderAll(articles, failed, ctx, bytes.length >= PIECES_FROM * Math.max(1, articles.length));
  // A feed's items each had their own budget (clean-input.ts): its rendering is not held to the input's.
  if (articles.length + failed.length > 1) return result;
  try {
    checkDeadline(deadline);
  } catch (error) {
    return { ok: false, reason: describeError(error), error };
  }
  return result;
}

function renderAll(articles: Article[], failed: { item: number; reason: string }[], ctx: Pick<ProcessContext, 'render'>, huge: boolean): Outcome {
  if (!articles.length && !failed.length) return { ok: false, reason: 'has no items' };
  const outputs: RenderedArticle[] = [];
  for (const article of articles) {
    try {
      outputs.push({ item: article.source.item, output: ctx.render(article, huge) });
    } catch (error) {
      failed.push({ item: article.source.item ?? 0, reason: `cannot render: ${describeError(error)}` });
    }
  }
  return { ok: true, outputs, failed };
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
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(`looks like binary data (${kind})`);
  if (looksBinary(bytes)) throw new InputError('looks like binary data');
}
