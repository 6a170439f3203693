/**
 * The shapes `check` works with. An input file is read into a CheckDocument: its decoded
 * text, and one CheckArticle per article in it (a text dump or a Markdown file holds one;
 * a JSON Lines export or a feed holds several). Every located thing carries a position in
 * the file being checked, so rules never translate coordinates themselves.
 */
import type { Article, BoilerplateKind, Position } from '../types.js';

export type RuleSeverity = 'off' | 'warn' | 'error';

/** A run of text with its place in the checked file; `lines` are its physical lines, raw. */
export interface Located {
  text: string;
  position: Position;
  /** The block's physical lines as written in the file (entities, tags and all), when known. */
  lines?: { text: string; position: Position }[];
}

export type BlockKind = 'headline' | 'byline' | 'heading' | 'paragraph' | 'quote' | 'list' | 'html' | 'boilerplate';

export interface CheckBlock extends Located {
  kind: BlockKind;
  /** For blocks the pipeline would remove: what furniture it is. */
  furniture?: BoilerplateKind;
  /** The pipeline's evidence for its verdict on this block (its --explain reasons). */
  evidence?: string[];
}

export interface CheckArticle {
  /** Where the article starts (line 1 for a one-article file; the item's line in a batch). */
  start: Position;
  /** The headline as declared (front matter, JSON member) or as the pipeline found it. */
  headline: Located | null;
  authors: string[];
  /** Publication or curator: a byline without a person still names who published it. */
  publication: string | null;
  /** The date as written (front matter, JSON member, or the pipeline's reading of a byline line). */
  date: Located | null;
  /** Every block of the input, in order, with what it is. */
  blocks: CheckBlock[];
  /** The pipeline's result over this article (positions in the checked file). */
  article: Article;
  /** The source URL, when the input records one (JSON exports, feeds). */
  url: string | null;
}

export interface CheckDocument {
  format: 'text' | 'markdown' | 'json' | 'jsonl' | 'feed';
  /** The decoded file (newlines normalised). */
  text: string;
  encoding: string;
  /** True when the encoding was guessed (no BOM, not valid UTF-8). */
  guessedEncoding: boolean;
  articles: CheckArticle[];
  /** Markdown inputs: the parsed mdast, for `<!-- article-clean-disable -->` comments. */
  markdownTree?: import('mdast').Root;
}

/** Body blocks: what a reader of the article would read. */
export function bodyBlocks(a: CheckArticle): CheckBlock[] {
  return a.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'quote' || b.kind === 'list');
}
