import { VFile } from 'vfile';
import { createProcessor, type PipelineOptions } from './pipeline/processor.js';
import { decodeBytes, normaliseNewlines } from './readers/decode.js';
import type { Article, InputFormat } from './types.js';

export interface CleanOptions extends PipelineOptions {
  /** Recorded as `source.path`; null for stdin and library calls. */
  path?: string | null;
  /** Input kind; only 'text' is read for now. */
  format?: InputFormat;
  /** Add `explain`: for every input line, the class chosen and the evidence that decided it. */
  explain?: boolean;
}

let processor: ReturnType<typeof createProcessor> | null = null;

/** Clean one article from raw text or bytes. Synchronous and pure. */
export function cleanArticle(input: string | Uint8Array, options: CleanOptions = {}): Article {
  const { text, encoding } = typeof input === 'string' ? { text: normaliseNewlines(input), encoding: 'utf-8' } : decodeBytes(input);
  const proc = options.boilerplate ? createProcessor(options) : (processor ??= createProcessor());
  const file = new VFile({ value: text, data: { path: options.path ?? null, encoding, explain: options.explain === true } });
  const tree = proc.parse(file);
  const article = proc.stringify(proc.runSync(tree, file), file) as unknown as Article;
  return article;
}
