/**
 * --explain in the CLI: the cleaner is asked for explanations, and they are printed as a
 * table on stderr where the JSON does not carry them (Markdown, HTML) or on a terminal.
 * Runs in-process: the table is written to this process's stderr.
 */
import type { Writable } from 'node:stream';
import type { Article } from '../types.js';
import type { CleanFn, OutputFormat, Renderer, TaskContext } from './process.js';

export async function withExplain(ctx: TaskContext, format: OutputFormat, stderr: Writable & { isTTY?: boolean }): Promise<TaskContext> {
  const { clean, render } = ctx;
  const { explainTable } = await import('../pipeline/explain.js');
  const table = !(format === 'json' || format === 'jsonl') || stderr.isTTY === true;
  const texts = new Map<Article, string>();
  const explaining: CleanFn = async (input, options) => {
    const articles = await clean(input, { ...options, explain: true });
    for (const article of articles) {
      if (table) texts.set(article, new TextDecoder(article.source.encoding ?? 'utf-8').decode(input));
    }
    return articles;
  };
  const explained: Renderer = (article, huge) => {
    const text = texts.get(article);
    if (text !== undefined && article.explain) {
      const lines = text.replace(/\r\n?/g, '\n').split('\n');
      stderr.write(explainTable(article.explain, article.source.path ?? 'stdin', (n) => lines[n - 1] ?? ''));
      texts.delete(article);
    }
    return render(article, huge);
  };
  return { ...ctx, clean: explaining, render: explained };
}
