/**
 * What applies to one input for `check`: the rules (defaults, then the configuration's
 * entries), the `sources` entries that match it (sources.ts); and whether `ignorePatterns`
 * skip the input.
 */
import { DEFAULT_SETTINGS, type SourceSettings } from '../check/rule.js';
import { RULES } from '../check/rules/index.js';
import { defaultOptions, type FileConfig, type RuleSetting } from '../check/runner.js';
import type { LoadedConfig } from './load.js';
import { matches, mergeSources, relativeTo } from './sources.js';

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
  const { outlets, curators, furniture, language, timeZone } = mergeSources(loaded, file, cwd, url);
  const settings: SourceSettings = { ...DEFAULT_SETTINGS, outlets, curators, furniture, language: language ?? DEFAULT_SETTINGS.language, timeZone: timeZone ?? DEFAULT_SETTINGS.timeZone };
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
