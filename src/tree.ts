/**
 * The tree every reader produces and every pipeline stage annotates: mdast, with a few
 * typed `data` fields. Readers emit one `paragraph` per block; stages set `data.role`
 * (and turn headings and pull quotes into `heading` / `blockquote` nodes).
 */
import type { Root, RootContent } from 'mdast';
import type { BoilerplateKind, Position } from './types.js';

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
}

export interface Explanation {
  rule: string;
  /** Confidence in the decision, 0–1, when a weighed decision made it. */
  score: number | null;
  evidence: string[];
}

declare module 'mdast' {
  interface RootData {
    /** Hard-wrap width the text reader detected, or null. */
    wrapWidth?: number | null;
  }
  interface ParagraphData extends BlockData {}
  interface HeadingData extends BlockData {}
  interface BlockquoteData extends BlockData {}
}

export type { Root, RootContent };

/** The plain text of a block node (paragraphs, headings, blockquotes hold text children). */
export function blockText(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(blockText).join(node.type === 'blockquote' ? '\n' : '');
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
