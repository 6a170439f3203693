/**
 * Finding the configuration the cosmiconfig way (lilconfig): from an input's directory
 * upward, the first of
 *
 *   package.json ("article-clean" key), .article-cleanrc, .article-cleanrc.json,
 *   .article-cleanrc.yaml, .article-cleanrc.yml, .article-cleanrc.js, .article-cleanrc.mjs,
 *   article-clean.config.js, article-clean.config.mjs
 *
 * wins (no merging). `.article-cleanrc` is YAML or JSON. Loaded files are validated once.
 * The YAML parser and the validator (which knows every check rule) load only when a file is
 * found: the main command searches for one on every run.
 */
import path from 'node:path';
import { defaultLoaders, lilconfig, type Loader } from 'lilconfig';
import type { Config } from './schema.js';

export const NAME = 'article-clean';
export const SEARCH_PLACES = [
  'package.json',
  `.${NAME}rc`,
  `.${NAME}rc.json`,
  `.${NAME}rc.yaml`,
  `.${NAME}rc.yml`,
  `.${NAME}rc.js`,
  `.${NAME}rc.mjs`,
  `${NAME}.config.js`,
  `${NAME}.config.mjs`,
];

export interface LoadedConfig {
  /** Absolute path of the configuration file; null when none was found. */
  filepath: string | null;
  config: Config;
}

/** Wrap a loader so that a parse failure names the file. */
function named(loader: Loader, what: string): Loader {
  return async (filepath, content) => {
    try {
      return await loader(filepath, content);
    } catch (err) {
      const { ConfigError } = await import('./schema.js');
      throw new ConfigError(filepath, null, `${what}: ${(err as Error).message.split('\n')[0]}`);
    }
  };
}

const yaml: Loader = async (_file, content) => {
  const mod = (await import('yaml')) as typeof import('yaml') & { default?: typeof import('yaml') };
  return (mod.default ?? mod).parse(content) as unknown;
};

const EMPTY: Config = { rules: new Map(), ignorePatterns: [], sources: [] };

export class ConfigFinder {
  private readonly explorer = lilconfig(NAME, {
    searchPlaces: SEARCH_PLACES,
    stopDir: path.parse(process.cwd()).root,
    loaders: {
      '.json': named(defaultLoaders['.json'], 'is not valid JSON'),
      '.yaml': named(yaml, 'is not valid YAML'),
      '.yml': named(yaml, 'is not valid YAML'),
      '.js': named(defaultLoaders['.js'], 'cannot be loaded'),
      '.mjs': named(defaultLoaders['.mjs'], 'cannot be loaded'),
      noExt: named(yaml, 'is not valid YAML or JSON'),
    },
  });
  private readonly parsed = new Map<string, Promise<LoadedConfig>>();

  /** The configuration for a file in `dir` (searched upward). Throws ConfigError. */
  async forDirectory(dir: string): Promise<LoadedConfig> {
    const found = await this.explorer.search(dir);
    if (!found) return { filepath: null, config: EMPTY };
    let loaded = this.parsed.get(found.filepath);
    if (!loaded) {
      loaded = import('./schema.js').then(({ parseConfig }) => ({ filepath: found.filepath, config: parseConfig(found.filepath, found.config) }));
      this.parsed.set(found.filepath, loaded);
    }
    return loaded;
  }
}
