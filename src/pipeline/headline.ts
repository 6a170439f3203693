/**
 * Stage: headline. The article's title is the first line that is still body once
 * wrapper furniture (view-in-browser lines, byline and date lines) is set aside: a short
 * single line, not a paragraph of prose. Runs before the byline stage, which then knows
 * where the story starts.
 */
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { blockLines, blockText, isBody, setRole } from '../tree.js';
import { wordCount } from '../text/words.js';
import { parseBylineLine } from './byline/line.js';

declare module 'vfile' {
  interface DataMap {
    headline: string | null;
  }
}

export interface HeadlineOptions {
  /** Longest headline, in words; a longer first block is taken as the opening paragraph. */
  maxWords?: number;
}

/** Short, and not a sentence of prose: titles rarely end with a full stop or hold two sentences. */
function looksLikeTitle(text: string, maxWords: number): boolean {
  const n = wordCount(text);
  if (n === 0 || n > maxWords) return false;
  // Prose: a long line that ends like a sentence or holds several ("Slow. That’s the Point." is still a title).
  const sentence = /[.!?]\s+\p{Lu}.*[.!?]$/u.test(text) || (/\.["”’)]*$/.test(text) && !/\b(?:\p{Lu}\.){2,}$/u.test(text));
  return !(sentence && n > 16);
}

export const headline: Plugin<[HeadlineOptions?], Root> = function (options = {}) {
  const maxWords = options.maxWords ?? 30;
  return (tree: Root, file: VFile) => {
    // Date and credit lines may stand above the title in some wrappers.
    const [first0, next] = firstCandidates(tree, 2);
    let first = first0;
    // A section label above the title ("POLITICS", "Opinion |") is a kicker, not the headline.
    if (first && next && isKicker(blockText(first).trim()) && looksLikeTitle(blockText(next).trim(), maxWords) && wordCount(blockText(next)) >= 4) {
      setRole(first, 'boilerplate', 'navigation');
      first = next;
    }
    // "Title: …" / "Subject: …" in exports and mail alerts: the title is what follows the label.
    const text = first ? blockText(first).trim().replace(/^(?:title|headline|subject)\s*:\s+(?=\S)/i, '') : '';
    if (first && blockLines(first).length <= 2 && looksLikeTitle(text, maxWords)) {
      setRole(first, 'headline');
      file.data.headline = text;
    } else {
      file.data.headline = null;
      file.message('No headline found: the first line reads like a paragraph', first, 'article-clean:headline-missing');
    }
  };
};

/** The first `n` body blocks that are not date or credit lines (looked at lazily: parsing dates is costly). */
function firstCandidates(tree: Root, n: number): RootContent[] {
  const out: RootContent[] = [];
  for (const node of tree.children) {
    if (out.length === n) break;
    if (isBody(node) && !parseBylineLine(blockText(node))) out.push(node);
  }
  return out;
}

/** One to three words in capitals, or ending in a separator: a section label. */
function isKicker(text: string): boolean {
  const n = wordCount(text);
  return n >= 1 && n <= 3 && (!/\p{Ll}/u.test(text) || /[:|›»/]$/.test(text)) && !/[.!?]$/.test(text);
}
