/** Every check rule, in the order of the README's table. */
import type { CheckRule } from '../rule.js';
import duplicateParagraph from './duplicate-paragraph.js';
import emptyBody from './empty-body.js';
import encodingFallback from './encoding-fallback.js';
import htmlRemnants from './html-remnants.js';
import implausibleDate from './implausible-date.js';
import missingByline from './missing-byline.js';
import missingDate from './missing-date.js';
import missingHeadline from './missing-headline.js';
import mojibake from './mojibake.js';
import residualBoilerplate from './residual-boilerplate.js';
import suspiciousHeadline from './suspicious-headline.js';
import tooShortBody from './too-short-body.js';
import truncatedBody from './truncated-body.js';
import unattributedQuote from './unattributed-quote.js';
import unbalancedQuotes from './unbalanced-quotes.js';

export const RULES: readonly CheckRule[] = [
  residualBoilerplate,
  missingHeadline,
  missingByline,
  missingDate,
  implausibleDate,
  suspiciousHeadline,
  duplicateParagraph,
  mojibake,
  htmlRemnants,
  unbalancedQuotes,
  unattributedQuote,
  emptyBody,
  tooShortBody,
  truncatedBody,
  encodingFallback,
];

export const RULES_BY_NAME = new Map(RULES.map((r) => [r.name, r]));
