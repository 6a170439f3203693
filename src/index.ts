/**
 * article-clean as a library.
 *
 *   import { cleanArticle, toMarkdown, toHtml } from 'article-clean';
 */
export type * from './types.js';
export { cleanArticle, type CleanOptions } from './clean.js';
export type { SourceSettings } from './pipeline/source-settings.js';
export { cleanBatch, cleanInput, type BatchInput, type CleanInputOptions } from './clean-input.js';
export { INPUT_KINDS, type InputKind } from './readers/sniff.js';
export { toJson, type JsonOptions } from './exporters/json.js';
export { toMarkdown, type MarkdownOptions } from './exporters/markdown.js';
export { toHtml, type HtmlOptions } from './exporters/html.js';
export { extractPage, loadPage, type PageBlock, type PageMeta, type PageOptions, type PageResult } from './readers/page/index.js';
