/**
 * Blocks the whole-page extractor kept as the article's content (data.extracted): the page's
 * markup already set its furniture aside, so the text stages trust that decision and remove
 * such a block only on strong evidence — a whole line that is a furniture formula
 * ("Advertisement", "Read more", "Sign up for our newsletter", "Photo: …"). Weaker evidence
 * that serves plain text well (a short line in brackets, a price with no story words, a
 * line that repeats, a © inside a sentence) is no reason to overrule the markup: there it
 * mostly hits dialogue, table cells, code and captions.
 */
import type { RootContent } from 'mdast';
import { blockText, extractedType } from '../../tree.js';
import { isProse } from '../../text/words.js';

// Rules and weighed signals that read a whole line as one furniture formula.
const STRONG = new Set([
  'configured-furniture',
  // line rules (rules.ts, rules-tail.ts)
  'ad-marker',
  'layout-marker',
  'page-marker',
  'tool-signature',
  'device-signature',
  'shared-from',
  'ad-label',
  'sponsor-read',
  'sponsor-line',
  'share-buttons',
  'view-in-browser',
  'navigation-label',
  'subscription',
  'read-more',
  'promo-label',
  'listen-on',
  'app-promo',
  'social-follow',
  'credit-formula',
  'source-line',
  'media-credit',
  'rule-line',
  'page-number',
  'commerce-imperative',
  // weighed signals (signals.ts), when they reach STRONG_SCORE
  'share-bar',
  'breadcrumb',
  'tag-list',
  'comments',
  'page-jump',
  'reading-time',
  'share-word',
  'share-line',
  'call-to-action',
  'legal-formula',
  'subscribe',
  'post-marker',
  'hashtags',
  'reactions',
]);

/** A weighed signal must score this much to remove an extracted block. */
const STRONG_SCORE = 0.8;

// Elements whose text is never furniture by its wording: code, data and its headings.
const NEVER = new Set(['pre', 'table']);

/** May the boilerplate stage mark this block with this rule? Always, unless the page extractor kept it. */
export function overrulesExtractor(node: RootContent, rule: string, score: number): boolean {
  const type = extractedType(node);
  if (type === undefined) return true;
  if (NEVER.has(type) || !STRONG.has(rule) || score < STRONG_SCORE) return false;
  // A credit label heads a caption or a section title too ("Map: Flow of fighters…", a
  // "Picture-in-Picture" heading): only a credit that is not a sentence and not a heading goes.
  if (rule === 'media-credit') return type !== 'heading' && !isProse(blockText(node));
  return true;
}

/** May the byline stage take this block for a credit line? Not a heading, list, table, figure or code the extractor kept. */
export function mayBeCreditLine(node: RootContent): boolean {
  const type = extractedType(node);
  return type === undefined || type === 'paragraph';
}
