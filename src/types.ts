/**
 * The cleaned article: TypeScript mirror of `article.schema.json` (schema version 1).
 * Every required field is always present (null or [] when the input has none).
 */

/** A place in the decoded input (unist style: 1-based line and column, 0-based offset). */
export interface Point {
  line: number;
  column: number;
  offset?: number;
}

export interface Position {
  start: Point;
  end: Point;
}

/** One input line that carried byline or date information. */
export interface Span {
  text: string;
  position?: Position;
}

export type InputFormat = 'text' | 'markdown' | 'html' | 'rss' | 'atom' | 'jsonfeed' | 'jsonl';

export interface Source {
  /** Input path as given on the command line; null for stdin or library calls. */
  path?: string | null;
  format: InputFormat;
  /** 0-based index of the item inside a feed or JSON Lines input. */
  item?: number;
  url?: string | null;
  /** Character encoding the input was decoded from, e.g. utf-8, windows-1252. */
  encoding?: string;
}

export interface Byline {
  /** Personal names only: no 'By', no roles, no site names. */
  authors: string[];
  publication: string | null;
  curator: string | null;
  /** ISO 8601: date, local date-time, or date-time with offset, at the precision given. */
  published: string | null;
  lines?: Span[];
}

export type BlockType = 'paragraph' | 'blockquote' | 'pullquote' | 'list' | 'preformatted' | 'figure';

export interface Block {
  type: BlockType;
  /** Plain text; for a list, its items joined by newlines. */
  text: string;
  items?: string[];
  ordered?: boolean;
  /** For pullquote and blockquote: the credit line as shown, e.g. 'sex therapist Sari Cooper, LCSW'. */
  attribution?: string | null;
  position?: Position;
}

export interface Section {
  heading: string | null;
  level?: number;
  position?: Position;
  blocks: Block[];
}

export type QuoteKind = 'direct' | 'block' | 'pull';

export interface Quote {
  /** The quoted words without the enclosing quotation marks. */
  text: string;
  speaker: string | null;
  role?: string | null;
  credentials?: string | null;
  kind: QuoteKind;
  /** Index into `sections`. */
  section?: number;
  /** Index into that section's `blocks`. */
  block?: number;
}

export type BoilerplateKind =
  | 'ad'
  | 'read-more'
  | 'promo'
  | 'attribution'
  | 'share'
  | 'navigation'
  | 'subscription'
  | 'legal'
  | 'tracking'
  | 'duplicate'
  | 'other';

export interface Boilerplate {
  kind: BoilerplateKind;
  text: string;
  position?: Position;
}

export type Severity = 'info' | 'warning' | 'error';

export interface Warning {
  rule: string;
  message: string;
  severity?: Severity;
  position?: Position;
}

/** What --explain gives per input line. */
export type ExplainClass = 'headline' | 'dek' | 'byline' | 'heading' | 'paragraph' | 'list' | 'quote' | 'pullquote' | 'boilerplate';

export interface ExplainEntry {
  /** 1-based line in the decoded input. */
  line: number;
  class: ExplainClass;
  /** For boilerplate, its kind. */
  kind: BoilerplateKind | null;
  /** Confidence in the class chosen, when a weighed decision gave one. */
  score: number | null;
  /** Short reasons, most decisive first. */
  evidence: string[];
}

export interface Article {
  schemaVersion: 1;
  id: string;
  source: Source;
  headline: string | null;
  dek?: string | null;
  byline: Byline;
  sections: Section[];
  quotes: Quote[];
  boilerplate: Boilerplate[];
  warnings: Warning[];
  /** BCP 47 language of the article text, as declared or detected; null when unknown. */
  language?: string | null;
  /** Present only when asked for: one entry per non-blank input line. */
  explain?: ExplainEntry[];
}
