/**
 * The `sources` entries of a configuration that apply to one input: those whose glob matches
 * its path (relative to the configuration file's directory) or whose URL prefix matches the
 * article's source URL, in file order, later ones adding to earlier ones. Shared by `check`
 * (resolve.ts) and the main command, whose pipeline takes them as its source settings; kept
 * apart from the rules so that cleaning never loads them.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { SourceSettings } from '../pipeline/source-settings.js';
import type { LoadedConfig } from './load.js';

export interface MergedSources {
  outlets: string[];
  curators: string[];
  furniture: { pattern: RegExp; source: string }[];
  language: string | null;
  timeZone: string | null;
}

const isUrl = (key: string) => /^https?:\/\//i.test(key);

export function relativeTo(loaded: LoadedConfig, file: string | null, cwd: string): string | null {
  if (file === null) return null;
  const base = loaded.filepath ? path.dirname(loaded.filepath) : cwd;
  return path.relative(base, path.resolve(cwd, file)).split(path.sep).join('/');
}

const matchers = new Map<string, picomatch.Matcher>();
export function matches(pattern: string, rel: string): boolean {
  let m = matchers.get(pattern);
  if (!m) matchers.set(pattern, (m = picomatch(pattern, { dot: true })));
  return m(rel);
}

export function mergeSources(loaded: LoadedConfig, file: string | null, cwd: string, url: string | null = null): MergedSources & { matched: number } {
  const rel = relativeTo(loaded, file, cwd);
  const merged = { outlets: [] as string[], curators: [] as string[], furniture: [] as MergedSources['furniture'], language: null as string | null, timeZone: null as string | null, matched: 0 };
  for (const [key, entry] of loaded.config.sources) {
    const applies = isUrl(key) ? url !== null && url.startsWith(key) : rel !== null && matches(key, rel);
    if (!applies) continue;
    merged.matched++;
    merged.outlets.push(...(entry.outlets ?? []));
    merged.curators.push(...(entry.curators ?? []));
    merged.furniture.push(...(entry.furniture ?? []));
    if (entry.language) merged.language = entry.language;
    if (entry.timeZone) merged.timeZone = entry.timeZone;
  }
  return merged;
}

/** The pipeline's settings for a file, or undefined when no `sources` entry applies to it. */
export function sourceSettingsFor(loaded: LoadedConfig, file: string | null, cwd: string): SourceSettings | undefined {
  const m = mergeSources(loaded, file, cwd);
  if (!m.matched) return undefined;
  return { outlets: m.outlets, curators: m.curators, furniture: m.furniture.map((f) => f.pattern), language: m.language, timeZone: m.timeZone };
}
