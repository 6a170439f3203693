/** Types of the whole-page extractor (src/readers/page). */
import type { Element } from 'domhandler';
import type { BoilerplateKind } from '../../types.js';

export type PageBlockType = 'paragraph' | 'heading' | 'list' | 'blockquote' | 'figure' | 'table' | 'pre';

/** One text-bearing piece of the page, in document order. */
export interface PageBlock {
  type: PageBlockType;
  /** Heading level 1–6. */
  level?: number;
  /** The visible text, whitespace collapsed; list items joined by newlines. */
  text: string;
  /** For lists: the item texts. */
  items?: string[];
  ordered?: boolean;
  /** The element the block was read from (for a run of inline content: its container). */
  element: Element;
  /** Offsets into the source of the first and last character of the block (inclusive, as htmlparser2 gives them). */
  startIndex: number;
  endIndex: number;
  /** Set when the block is page furniture, not article content. */
  boilerplate?: BoilerplateKind;
  /** Content-side roles: the title repeated as a heading, or a byline line. */
  role?: 'headline' | 'byline';
}

export interface PageMeta {
  headline: string | null;
  authors: string[];
  publication: string | null;
  /** ISO 8601 as the page gives it (date, local date-time, or date-time with offset). */
  published: string | null;
  /** Canonical URL. */
  url: string | null;
  language: string | null;
  description: string | null;
}

export interface PageWarning {
  rule: string;
  message: string;
  startIndex?: number;
}

export interface PageResult {
  /** The element holding the article, or null for pages that are not articles. */
  main: Element | null;
  blocks: PageBlock[];
  meta: PageMeta;
  warnings: PageWarning[];
}

export interface PageOptions {
  /** Stop looking for the article after this many ms and keep every block as content (default 5000). */
  timeoutMs?: number;
  /** Pages with more elements than this are not scored: every block is kept, with a warning (default 400,000). */
  maxElements?: number;
}
