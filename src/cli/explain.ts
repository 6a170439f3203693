/**
 * --explain in the CLI: the cleaner is asked for explanations, and they are printed as a
 * table on stderr where the JSON does not carry them (Markdown, HTML) or on a terminal.
 * Runs in-process: the table is written to this process's stderr.
 */
import type { Writable } from 'node:stream';
import type { Article } from '../types.js';
import type { CleanFn, OutputFormat, ProcessContext, Renderer } from './process.js';

export async function withExplain({ clean, render }: ProcessContext, format: OutputFormat, stderr: Writable & { isTTY?: boolean }): Promise<ProcessContext> {
  const { explainTable } = await import('../pipeline/explain.js');
  const table = !(format === 'json' || format === 'jsonl') || stderr.isTTY === true;
  const texts = new Map<Article, string>();
  const explaining: CleanFn = (input, options) => {
    const article = clean(input, { ...options, explain: true });
    if (table) texts.set(article, typeof input === 'string' ? input : new TextDecoder().decode(input));
    return article;
  };
  const explained: Renderer = (article) => {
    const text = texts.get(article);
    if (text !== undefined && article.explain) {
      const lines = text.replace(/\r\n?/g, '\n').split('\n');
      stderr.write(explainTable(article.explain, article.source.path ?? 'stdin', (n) => lines[n - 1] ?? ''));
      texts.delete(article);
    }
    return render(article);
  };
  return { clean: explaining, render: explained };
}
