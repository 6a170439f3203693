/**
 * Running the rules over one input: read it (formats/), run every enabled rule on every
 * article, apply in-line comments, and return a VFile whose messages are the findings
 * (ruleId = rule name, source = 'article-clean', fatal = true for errors, false for
 * warnings), sorted by place. The pipeline runs once per article, inside the reader.
 */
import { VFile } from 'vfile';
import type { Point, Position } from '../types.js';
import { applyComments } from './control.js';
import { readDocument, type CheckFormat } from './formats/index.js';
import { DEFAULT_SETTINGS, RULE_PREFIX, type CheckRule, type SourceSettings } from './rule.js';
import { RULES } from './rules/index.js';
import type { CheckArticle, CheckDocument } from './types.js';
import './reporters/types.js';

export interface RuleSetting {
  severity: 'warn' | 'error';
  options: Record<string, unknown>;
}

/** What applies to one file: enabled rules (by name) and the source settings. */
export interface FileConfig {
  rules: Map<string, RuleSetting>;
  settings: SourceSettings;
}

/** Every rule at its default severity and options. */
export function defaultConfig(): FileConfig {
  const rules = new Map<string, RuleSetting>();
  for (const r of RULES) if (r.severity !== 'off') rules.set(r.name, { severity: r.severity, options: defaultOptions(r) });
  return { rules, settings: DEFAULT_SETTINGS };
}

export function defaultOptions(rule: CheckRule): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule.options ?? {}).map(([k, spec]) => [k, spec.default]));
}

/** The pseudo-rule for input a reader cannot make sense of (bad JSON, bad YAML front matter). */
export const PARSE_RULE = 'parse';

const NO_ARTICLE: CheckArticle = {
  start: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  headline: null,
  authors: [],
  publication: null,
  date: null,
  blocks: [],
  article: null as never,
  url: null,
};

export interface CheckOptions {
  /** Name shown in reports (the input as given); null for stdin. */
  path: string | null;
  format?: CheckFormat;
  /** Per article: its settings may depend on its source URL. */
  configFor?: (article: CheckArticle) => FileConfig;
}

/** Check one input; null for JSON that holds no export when `skipForeign` is set. */
export function checkBytes(bytes: Uint8Array, config: FileConfig, options: CheckOptions & { skipForeign: true }): VFile | null;
export function checkBytes(bytes: Uint8Array, config: FileConfig, options: CheckOptions): VFile;
export function checkBytes(bytes: Uint8Array, config: FileConfig, options: CheckOptions & { skipForeign?: boolean }): VFile | null {
  const { doc, problems, foreign } = readDocument(bytes, options.path, options.format);
  if (foreign && options.skipForeign) return null;
  const file = new VFile({ path: options.path ?? '<stdin>', value: doc.text });
  const add = (reason: string, place: Position | Point, ruleName: string, severity: 'warn' | 'error', suggestion?: string) => {
    const message = file.message(reason, { place: pointIfEmpty(place), ruleId: ruleName, source: RULE_PREFIX });
    message.fatal = severity === 'error';
    if (suggestion) message.expected = [suggestion];
  };
  for (const p of problems) add(p.message, p.position, PARSE_RULE, 'error');
  file.data.checkedRules = runRules(doc, config, options, add);
  if (doc.markdownTree) applyComments(doc.markdownTree, file, RULES.map((r) => r.name));
  file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId)));
  return file;
}

/** A span of no width is a point (reporters then show `1:1`, not `1:1-1:1`). */
function pointIfEmpty(place: Position | Point): Position | Point {
  if (!('start' in place)) return place;
  const { start, end } = place;
  return start.line === end.line && start.column === end.column ? start : place;
}

type Add = (reason: string, place: Position | Point, rule: string, severity: 'warn' | 'error', suggestion?: string) => void;

/** Runs the rules; returns the names of those that ran. */
function runRules(doc: CheckDocument, config: FileConfig, options: CheckOptions, add: Add): string[] {
  const ran = new Set<string>();
  const articles = doc.articles.length ? doc.articles : [NO_ARTICLE];
  articles.forEach((article, index) => {
    const own = options.configFor?.(article) ?? config;
    for (const rule of RULES) {
      const setting = own.rules.get(rule.name);
      if (!setting) continue;
      if (rule.scope === 'file' ? index > 0 : article === NO_ARTICLE) continue;
      ran.add(rule.name);
      rule.check({
        doc,
        article,
        options: setting.options,
        settings: own.settings,
        report: (reason, place, suggestion) => add(reason, place ?? article.start, rule.name, setting.severity, suggestion),
      });
    }
  });
  return RULES.filter((r) => ran.has(r.name)).map((r) => r.name);
}
