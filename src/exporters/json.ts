/**
 * JSON exporter: the Article as-is, so the output validates against article.schema.json.
 */
import type { Article } from '../types.js';

export interface JsonOptions {
  /** Two-space indentation (default true); false gives one compact line, as JSON Lines needs. */
  pretty?: boolean;
}

/** Serialise an article. No trailing newline: the CLI adds it. */
export function toJson(article: Article, options: JsonOptions = {}): string {
  const pretty = options.pretty ?? true;
  return JSON.stringify(article, null, pretty ? 2 : undefined);
}
