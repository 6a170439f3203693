/**
 * The main command reads the same configuration files as `check` (searched upward from each
 * input, the nearest wins) and gives the pipeline the `sources` settings that match the
 * input: outlets and curators, extra furniture, language and time zone. `--no-config` skips
 * the search. A configuration that is wrong is a usage error: exit 2 before any input runs.
 */
import path from 'node:path';
import type { SourceSettings } from '../pipeline/source-settings.js';
import { UsageError } from './errors.js';

type Finder = import('../config/load.js').ConfigFinder;

export class SourceConfig {
  private finder: Promise<Finder> | undefined;
  // By input path (stdin: '-').
  private readonly cache = new Map<string, SourceSettings | undefined>();

  constructor(private readonly cwd: string) {}

  /** The settings for an input file (undefined: stdin, read with the working directory's configuration). */
  async settingsFor(abs: string | undefined): Promise<SourceSettings | undefined> {
    const file = abs ?? null;
    const key = file ?? '-';
    if (this.cache.has(key)) return this.cache.get(key);
    const { sourceSettingsFor } = await import('../config/sources.js');
    const finder = await (this.finder ??= import('../config/load.js').then(({ ConfigFinder }) => new ConfigFinder()));
    try {
      const loaded = await finder.forDirectory(file ? path.dirname(file) : this.cwd);
      const settings = loaded.filepath ? sourceSettingsFor(loaded, file, this.cwd) : undefined;
      this.cache.set(key, settings);
      return settings;
    } catch (err) {
      // A ConfigError (config/schema.ts, loaded only once a file is found) names its file.
      if (!(err instanceof Error) || err.name !== 'ConfigError') throw err;
      const file = (err as Error & { file?: string }).file;
      throw new UsageError(`${file ? path.relative(this.cwd, file) || file : '<config>'}: ${err.message}`);
    }
  }
}
