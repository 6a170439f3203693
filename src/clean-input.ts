/**
 * Every input kind (feeds, JSON Lines, HTML, text) to articles: one per feed item or JSON
 * line. Kept apart from clean.ts so that cleaning plain text never loads the XML, HTML and
 * JSON readers (the CLI loads this module only for inputs that need it).
 */
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { processorFor } from './clean.js';
import { checkDeadline, type Deadline, deadlineIn, TimeoutError } from './deadline.js';
import { applyMetadata } from './pipeline/metadata.js';
import { applySourceSettings } from './pipeline/source-settings.js';
import type { createProcessor, PipelineOptions } from './pipeline/processor.js';
import { readInput, type ReadInput } from './readers/input.js';
import { learnAcrossItems } from './readers/learn.js';
import type { InputKind } from './readers/sniff.js';
import type { Article } from './types.js';

export interface CleanInputOptions extends PipelineOptions {
  /** Recorded as `source.path`; its extension helps tell the input's kind. */
  path?: string | null;
  /** Force the input kind instead of sniffing it. */
  from?: InputKind;
  /** Called for an item that cannot be read or cleaned; the other items go on. Default: ignored. */
  onItemError?: (item: number, reason: string) => void;
  /** Add `explain` to each article (see CleanOptions). */
  explain?: boolean;
  /** Stop with a TimeoutError once past it (see deadline.ts). With several items it bounds the reading, and each item then gets a budget of `deadline.ms` of its own: an item past it is reported through onItemError, the others go on. */
  deadline?: Deadline;
}

/**
 * Clean every article of an input: one per feed item or JSON line, one for HTML or text.
 * The kind is sniffed from the content (the path's extension helps) unless `from` is given.
 */
export function cleanInput(input: string | Uint8Array, options: CleanInputOptions = {}): Article[] {
  return cleanRead(readInput(input, { path: options.path, from: options.from }), options);
}

export interface BatchInput {
  input: string | Uint8Array;
  path?: string | null;
}

/**
 * Clean a batch of inputs, learning across all of them which blocks are furniture (a block
 * that stands in many items of the batch, as within one feed). Opt-in (--learn-across):
 * one article's result then depends on the rest of the batch. An input that cannot be read
 * gives its error; the others go on.
 */
export function cleanBatch(inputs: readonly BatchInput[], options: Omit<CleanInputOptions, 'path' | 'onItemError'> = {}): ({ articles: Article[]; failed: { item: number; reason: string }[] } | { error: unknown })[] {
  const reads = inputs.map((i) => {
    try {
      return readInput(i.input, { path: i.path, from: options.from });
    } catch (error) {
      return { error };
    }
  });
  learnAcrossItems(reads.flatMap((r) => ('items' in r ? r.items.flatMap((it) => (it.ok ? [it.tree] : [])) : [])));
  return reads.map((r, n) => {
    if (!('items' in r)) return r;
    const failed: { item: number; reason: string }[] = [];
    const articles = cleanRead(r, { ...options, path: inputs[n].path, onItemError: (item, reason) => failed.push({ item, reason }) });
    return { articles, failed };
  });
}

function cleanRead(read: ReadInput, options: CleanInputOptions): Article[] {
  const proc = processorFor(options);
  const articles: Article[] = [];
  // Reading is under the input's budget; each item of a feed (or JSON Lines) then has a
  // budget of its own, and one that overruns it fails alone: the items done are kept.
  const many = read.items.length > 1;
  if (many) checkDeadline(options.deadline);
  for (const item of read.items) {
    if (!item.ok) {
      options.onItemError?.(item.item, item.reason);
      continue;
    }
    const deadline = many && options.deadline ? deadlineIn(options.deadline.ms) : options.deadline;
    checkDeadline(deadline);
    try {
      articles.push(applySourceSettings(cleanTree(proc, item.tree, read.text, { path: options.path ?? null, encoding: read.encoding, explain: options.explain === true, deadline }), options.source));
    } catch (error) {
      if (error instanceof TimeoutError && !many) throw error;
      options.onItemError?.(item.tree.data?.meta?.item ?? 0, error instanceof Error ? error.message : String(error));
    }
  }
  return articles;
}

function cleanTree(proc: ReturnType<typeof createProcessor>, tree: Root, text: string, data: { path: string | null; encoding: string; explain: boolean; deadline?: Deadline }): Article {
  // The item's own stretch of the input (its blocks' span): what its fallback id hashes.
  const first = tree.children[0]?.position?.start.offset;
  const last = tree.children.at(-1)?.position?.end.offset;
  const own = tree.data?.meta?.item !== undefined && first !== undefined && last !== undefined ? text.slice(first, last) : text;
  const file = new VFile({ value: own, data });
  const done = proc.runSync(tree, file);
  checkDeadline(file);
  const article = proc.stringify(done, file) as unknown as Article;
  return applyMetadata(article, tree.data?.meta, own);
}
