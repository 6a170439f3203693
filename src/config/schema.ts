/**
 * The configuration format, and its validation into typed settings. Every problem is a
 * ConfigError naming the key, e.g. `rules.mojibake: "warning" is not one of off, warn, error`.
 *
 *   rules           { "<rule>" | "article-clean:<rule>": "off" | "warn" | "error" | 0 | 1 | 2
 *                     | [severity, { option: value }] }
 *   ignorePatterns  [glob, …]       relative to the configuration file's directory
 *   sources         { "<glob>" | "<URL prefix>": { outlets, curators, furniture, language, timeZone } }
 */
import { RULE_PREFIX, type CheckRule } from '../check/rule.js';
import { RULES_BY_NAME } from '../check/rules/index.js';
import type { RuleSeverity } from '../check/types.js';

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string | null,
    reason: string,
  ) {
    super(key ? `${key}: ${reason}` : reason);
    this.name = 'ConfigError';
  }
}

export interface RuleEntry {
  severity: RuleSeverity;
  options: Record<string, unknown>;
}

export interface SourceEntry {
  outlets?: string[];
  curators?: string[];
  furniture?: { pattern: RegExp; source: string }[];
  language?: string;
  timeZone?: string;
}

export interface Config {
  rules: Map<string, RuleEntry>;
  ignorePatterns: string[];
  sources: [string, SourceEntry][];
}

const SEVERITIES: Record<string, RuleSeverity> = { off: 'off', warn: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error' };
const TOP_KEYS = new Set(['rules', 'ignorePatterns', 'sources', '$schema']);
const SOURCE_KEYS = new Set(['outlets', 'curators', 'furniture', 'language', 'timeZone']);

const show = (v: unknown) => JSON.stringify(v) ?? String(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function stringList(file: string, key: string, v: unknown): string[] {
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new ConfigError(file, key, `expected a list of strings, got ${show(v)}`);
  return v as string[];
}

function ruleOptions(file: string, key: string, rule: CheckRule, v: unknown): Record<string, unknown> {
  if (v === undefined) return {};
  if (!isObject(v)) throw new ConfigError(file, key, `options must be an object, got ${show(v)}`);
  for (const [name, value] of Object.entries(v)) {
    const spec = rule.options?.[name];
    if (!spec) throw new ConfigError(file, `${key}.${name}`, `unknown option of ${rule.name}${rule.options ? ` (known: ${Object.keys(rule.options).join(', ')})` : ' (it has none)'}`);
    if (typeof value !== spec.type) throw new ConfigError(file, `${key}.${name}`, `expected a ${spec.type}, got ${show(value)}`);
  }
  return v;
}

function parseRules(file: string, v: unknown): Map<string, RuleEntry> {
  const out = new Map<string, RuleEntry>();
  if (v === undefined) return out;
  if (!isObject(v)) throw new ConfigError(file, 'rules', `expected an object, got ${show(v)}`);
  for (const [id, value] of Object.entries(v)) {
    const key = `rules.${id}`;
    const name = id.startsWith(`${RULE_PREFIX}:`) ? id.slice(RULE_PREFIX.length + 1) : id;
    const rule = RULES_BY_NAME.get(name);
    if (!rule) throw new ConfigError(file, key, 'no such rule');
    const [severity, options] = Array.isArray(value) ? value : [value];
    const level = SEVERITIES[String(severity)];
    if (level === undefined || (typeof severity !== 'string' && typeof severity !== 'number')) {
      throw new ConfigError(file, key, `${show(severity)} is not one of "off", "warn", "error" (or [severity, options])`);
    }
    out.set(name, { severity: level, options: ruleOptions(file, `${key}[1]`, rule, options) });
  }
  return out;
}

function parseSource(file: string, key: string, v: unknown): SourceEntry {
  if (!isObject(v)) throw new ConfigError(file, key, `expected an object, got ${show(v)}`);
  const out: SourceEntry = {};
  for (const [name, value] of Object.entries(v)) {
    const k = `${key}.${name}`;
    if (!SOURCE_KEYS.has(name)) throw new ConfigError(file, k, `unknown setting (known: ${[...SOURCE_KEYS].join(', ')})`);
    if (name === 'outlets' || name === 'curators') out[name] = stringList(file, k, value);
    else if (name === 'furniture') {
      out.furniture = stringList(file, k, value).map((source, i) => {
        try {
          return { pattern: new RegExp(source, 'iu'), source };
        } catch (err) {
          throw new ConfigError(file, `${k}[${i}]`, `not a regular expression: ${(err as Error).message}`);
        }
      });
    } else if (typeof value !== 'string' || !value) throw new ConfigError(file, k, `expected a string, got ${show(value)}`);
    else if (name === 'timeZone') {
      try {
        new Intl.DateTimeFormat('en', { timeZone: value });
      } catch {
        throw new ConfigError(file, k, `unknown time zone ${show(value)}`);
      }
      out.timeZone = value;
    } else out.language = value;
  }
  return out;
}

/** Validate a loaded configuration object (from `file`). */
export function parseConfig(file: string, raw: unknown): Config {
  if (raw === null || raw === undefined) return { rules: new Map(), ignorePatterns: [], sources: [] };
  if (!isObject(raw)) throw new ConfigError(file, null, `expected an object, got ${show(raw)}`);
  for (const key of Object.keys(raw)) if (!TOP_KEYS.has(key)) throw new ConfigError(file, key, 'unknown key (known: rules, ignorePatterns, sources)');
  const sources = raw.sources ?? {};
  if (!isObject(sources)) throw new ConfigError(file, 'sources', `expected an object, got ${show(sources)}`);
  return {
    rules: parseRules(file, raw.rules),
    ignorePatterns: raw.ignorePatterns === undefined ? [] : stringList(file, 'ignorePatterns', raw.ignorePatterns),
    sources: Object.entries(sources).map(([k, v]) => [k, parseSource(file, `sources.${k}`, v)]),
  };
}
