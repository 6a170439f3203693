/**
 * What a check rule is: an id `article-clean:<name>`, a default severity, a one-line
 * description, typed options with defaults, and docs whose `valid` and `invalid` examples
 * are run by the tests (so the README's rule table and the code cannot drift apart).
 */
import type { Point, Position } from '../types.js';
import type { CheckArticle, CheckDocument, RuleSeverity } from './types.js';

export const RULE_PREFIX = 'article-clean';

/** Settings that apply to one input, from the `sources` entries of the configuration. */
export interface SourceSettings {
  /** Names of outlets and curators: a headline ending with one carries a site-name suffix. */
  outlets: string[];
  curators: string[];
  /** Extra furniture: a body block matching one is residual boilerplate. */
  furniture: { pattern: RegExp; source: string }[];
  /** BCP 47 language of the text (quotation marks differ: „…“, «…»); null: as the pipeline detects it. */
  language: string | null;
  /** IANA time zone for dates without an offset. */
  timeZone: string | null;
}

export const DEFAULT_SETTINGS: SourceSettings = { outlets: [], curators: [], furniture: [], language: null, timeZone: null };

export interface OptionSpec {
  type: 'number' | 'string' | 'boolean';
  default: number | string | boolean;
  description: string;
}

export interface RuleExample {
  /** File name: its extension picks the reader (.txt, .md, .json). */
  file: string;
  text: string;
  /** For invalid examples: the lines the rule must report, in order. */
  lines?: number[];
  options?: Record<string, unknown>;
}

export interface RuleContext {
  doc: CheckDocument;
  article: CheckArticle;
  options: Record<string, unknown>;
  settings: SourceSettings;
  /** Report at a place in the checked file (a position, a point, or the article's start). */
  report(reason: string, place?: Position | Point, suggestion?: string): void;
}

export interface CheckRule {
  name: string;
  severity: RuleSeverity;
  description: string;
  /** 'file' rules run once per file (on its first article); others once per article. */
  scope?: 'file' | 'article';
  options?: Record<string, OptionSpec>;
  docs: { valid: RuleExample[]; invalid: RuleExample[] };
  check(ctx: RuleContext): void;
}

export function ruleId(rule: Pick<CheckRule, 'name'>): string {
  return `${RULE_PREFIX}:${rule.name}`;
}

export function defineRule(rule: CheckRule): CheckRule {
  return rule;
}
