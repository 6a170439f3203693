/**
 * The tree every reader produces and every pipeline stage annotates: mdast, with a few
 * typed `data` fields. Readers emit one `paragraph` per block; stages set `data.role`
 * (and turn headings and pull quotes into `heading` / `blockquote` nodes).
 */
import type { Root, RootContent } from 'mdast';
import { tickDeadline } from './deadline.js';
import type { BoilerplateKind, InputFormat, Position, Warning } from './types.js';

/** One physical input line of a block, trimmed, with its place in the decoded input. */
export interface SourceLine {
  text: string;
  position: Position;
}

/** What a block turned out to be. Unset means article body. */
export type BlockRole = 'headline' | 'byline' | 'boilerplate' | 'pullquote-credit';

export interface BlockData {
  /** The physical lines the block was unwrapped from. */
  lines?: SourceLine[];
  role?: BlockRole;
  /** For role 'boilerplate'. */
  kind?: BoilerplateKind;
  /** For pull quotes (blockquote with pull: true): the credit as shown. */
  pull?: boolean;
  attribution?: string | null;
  /** Name resolved from the attribution of a pull quote. */
  speaker?: string | null;
  /** Why the block got its role, for --explain: the deciding rule, a score and its evidence. */
  explain?: Explanation;
  /**
   * Set by the whole-page reader on a block its extractor kept as the article's content,
   * from the markup: the element it came from. The text stages re-mark such a block only
   * on strong evidence (see pipeline/boilerplate/extracted.ts).
   */
  extracted?: ExtractedType;
}

/** The element an extracted block came from (the page extractor's block types). */
export type ExtractedType = 'paragraph' | 'heading' | 'list' | 'blockquote' | 'figure' | 'table' | 'pre';

/** The element type the page extractor kept this block as, or undefined for any other block. */
export function extractedType(node: RootContent): ExtractedType | undefined {
  return (node.data as BlockData | undefined)?.extracted;
}

export interface Explanation {
  rule: string;
  /** Confidence in the decision, 0–1, when a weighed decision made it. */
  score: number | null;
  evidence: string[];
}

/**
 * What a feed, JSON or HTML reader knows about the article from its markup (feed item
 * fields, meta tags, JSON-LD). Applied to the compiled article by pipeline/metadata.ts,
 * where it wins over what the text stages guessed. Authors are as written (cleaned there).
 */
export interface ItemMeta {
  format: InputFormat;
  /** 0-based index of the item in its feed or JSON Lines input. */
  item?: number;
  id?: string | null;
  url?: string | null;
  title?: string | null;
  authors?: string[];
  /** ISO 8601 at the precision given. */
  published?: string | null;
  publication?: string | null;
  /** The feed's own title: the publication only when neither the item nor its text names one. */
  feedTitle?: string | null;
  language?: string | null;
  /** A summary the item gives besides its content, when it is not a part of it. */
  dek?: string | null;
  /** What the reader found wrong with the input as a whole (a page that is no article), for article.warnings. */
  warnings?: Warning[];
}

declare module 'mdast' {
  interface RootData {
    /** Hard-wrap width the text reader detected, or null. */
    wrapWidth?: number | null;
    /** Set by readers of structured inputs (feeds, JSON, HTML). */
    meta?: ItemMeta;
  }
  // Declaration merging needs interfaces, even empty ones.
  /* eslint-disable @typescript-eslint/no-empty-object-type */
  interface ParagraphData extends BlockData {}
  interface HeadingData extends BlockData {}
  interface BlockquoteData extends BlockData {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}

export type { Root, RootContent };

/** The plain text of a block node (paragraphs, headings, blockquotes hold text children). */
export function blockText(node: RootContent): string {
  // Every stage reads its blocks' text at least once a block: the per-block time check.
  tickDeadline();
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) {
    const children = node.children as RootContent[];
    // Most blocks hold one text node: its value, without an array and a join (this runs many times a block).
    if (children.length === 1) return blockText(children[0]);
    return children.map(blockText).join(node.type === 'blockquote' ? '\n' : '');
  }
  return '';
}

/** Lines of a block, or an empty list for nodes that carry none. */
export function blockLines(node: RootContent): SourceLine[] {
  return (node.data as BlockData | undefined)?.lines ?? [];
}

export function roleOf(node: RootContent): BlockRole | undefined {
  return (node.data as BlockData | undefined)?.role;
}

/** Body blocks: not headline, byline or boilerplate. */
export function isBody(node: RootContent): boolean {
  return roleOf(node) === undefined;
}

export function setRole(node: RootContent, role: BlockRole, kind?: BoilerplateKind, explain?: Explanation): void {
  const data = (node.data ??= {}) as BlockData;
  data.role = role;
  if (kind) data.kind = kind;
  if (explain) data.explain = explain;
}

/** Record why a block is what it is, without changing its role (headings, kept paragraphs). */
export function explainBlock(node: RootContent, explain: Explanation): void {
  ((node.data ??= {}) as BlockData).explain = explain;
}
