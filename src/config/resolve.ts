/**
 * What applies to one input: the rules (defaults, then the configuration's entries), the
 * `sources` entries whose glob matches the input's path (relative to the configuration
 * file's directory) or whose URL prefix matches the article's source URL, in file order,
 * later ones adding to earlier ones; and whether `ignorePatterns` skip the input.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_SETTINGS, type SourceSettings } from '../check/rule.js';
import { RULES } from '../check/rules/index.js';
import { defaultOptions, type FileConfig, type RuleSetting } from '../check/runner.js';
import type { LoadedConfig } from './load.js';

const isUrl = (key: string) => /^https?:\/\//i.test(key);

function relativeTo(loaded: LoadedConfig, file: string | null, cwd: string): string | null {
  if (file === null) return null;
  const base = loaded.filepath ? path.dirname(loaded.filepath) : cwd;
  return path.relative(base, path.resolve(cwd, file)).split(path.sep).join('/');
}

const matchers = new Map<string, picomatch.Matcher>();
function matches(pattern: string, rel: string): boolean {
  let m = matchers.get(pattern);
  if (!m) matchers.set(pattern, (m = picomatch(pattern, { dot: true })));
  return m(rel);
}

export function isIgnored(loaded: LoadedConfig, file: string | null, cwd: string): boolean {
  const rel = relativeTo(loaded, file, cwd);
  return rel !== null && !rel.startsWith('../') && loaded.config.ignorePatterns.some((p) => matches(p, rel));
}

export function resolveConfig(loaded: LoadedConfig, file: string | null, cwd: string, url: string | null = null): FileConfig {
  const rules = new Map<string, RuleSetting>();
  for (const rule of RULES) {
    const entry = loaded.config.rules.get(rule.name);
    const severity = entry?.severity ?? rule.severity;
    if (severity !== 'off') rules.set(rule.name, { severity, options: { ...defaultOptions(rule), ...entry?.options } });
  }
  const rel = relativeTo(loaded, file, cwd);
  const settings: SourceSettings = { ...DEFAULT_SETTINGS, outlets: [], curators: [], furniture: [] };
  for (const [key, entry] of loaded.config.sources) {
    const applies = isUrl(key) ? url !== null && url.startsWith(key) : rel !== null && matches(key, rel);
    if (!applies) continue;
    settings.outlets.push(...(entry.outlets ?? []));
    settings.curators.push(...(entry.curators ?? []));
    settings.furniture.push(...(entry.furniture ?? []));
    if (entry.language) settings.language = entry.language;
    if (entry.timeZone) settings.timeZone = entry.timeZone;
  }
  return { rules, settings };
}

/** The configuration for a file, as `--print-config` shows it. */
export function printable(loaded: LoadedConfig, file: string, cwd: string): object {
  const { rules, settings } = resolveConfig(loaded, file, cwd);
  return {
    configFile: loaded.filepath,
    ignored: isIgnored(loaded, file, cwd),
    rules: Object.fromEntries(
      RULES.map((r) => {
        const s = rules.get(r.name);
        return [`article-clean:${r.name}`, s ? (Object.keys(s.options).length ? [s.severity, s.options] : s.severity) : 'off'];
      }),
    ),
    settings: { ...settings, furniture: settings.furniture.map((f) => f.source) },
  };
}
