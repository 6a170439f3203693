import { VFile } from 'vfile';
import { createProcessor, type PipelineOptions } from './pipeline/processor.js';
import { checkDeadline, type Deadline, withDeadline } from './deadline.js';
import { type Decoded, decodeBytes, normaliseNewlines } from './readers/decode.js';
import { applySourceSettings } from './pipeline/source-settings.js';
import type { Article, InputFormat } from './types.js';
import { withoutStack } from './pipeline/messages.js';

export interface CleanOptions extends PipelineOptions {
  /** Recorded as `source.path`; null for stdin and library calls. */
  path?: string | null;
  /** Input kind; cleanArticle reads text only (cleanInput reads every kind). */
  format?: InputFormat;
  /** Stop with a TimeoutError once past it (see deadline.ts); stages may check it too. */
  deadline?: Deadline;
  /** Add `explain`: for every input line, the class chosen and the evidence that decided it. */
  explain?: boolean;
}

let processor: ReturnType<typeof createProcessor> | null = null;
// One processor per language and furniture a source configures (the only settings the
// stages read), built once each: a batch, or a worker given copies of them, shares a few.
const bySettings = new Map<string, ReturnType<typeof createProcessor>>();
export function processorFor(options: PipelineOptions): ReturnType<typeof createProcessor> {
  if (options.boilerplate) return createProcessor(options);
  const { language, furniture = [] } = options.source ?? {};
  if (!language && !furniture.length) return (processor ??= createProcessor());
  const key = [language ?? '', ...furniture.map((re) => `${re.flags}/${re.source}`)].join('\u0000');
  let proc = bySettings.get(key);
  if (!proc) bySettings.set(key, (proc = createProcessor({ source: { language, furniture } })));
  return proc;
}

/** Clean one article from raw text or bytes. Synchronous and pure. */
export function cleanArticle(input: string | Uint8Array, options: CleanOptions = {}): Article {
  return cleanDecoded(typeof input === 'string' ? { text: normaliseNewlines(input), encoding: 'utf-8' } : decodeBytes(input), options);
}

/** cleanArticle on input already decoded (decodeBytes): the CLI decodes once, to sniff the kind and to clean. */
export function cleanDecoded(decoded: Decoded, options: CleanOptions = {}): Article {
  const { text, encoding, dropped } = decoded;
  const proc = processorFor(options);
  const file = new VFile({ value: text, data: { path: options.path ?? null, encoding, explain: options.explain === true, deadline: options.deadline } });
  if (dropped) {
    const { count, first } = dropped;
    const reason = `Dropped ${count} stray control character${count === 1 ? '' : 's'} (NUL and the like); the first at line ${first.line}, column ${first.column}`;
    withoutStack(() => file.message(reason, { start: first, end: first }, 'article-clean:control-characters'));
  }
  checkDeadline(file);
  const tree = proc.parse(file);
  checkDeadline(file);
  const done = proc.runSync(tree, file);
  checkDeadline(file);
  // Compiling reads every block too (blockText): it ticks the same budget.
  const article = withDeadline(options.deadline, () => proc.stringify(done, file)) as unknown as Article;
  return applySourceSettings(article, options.source);
}
