/**
 * What people type without reading the help: format names in any case and their usual short
 * forms, and options given with a format they do not apply to (a warning, never silence).
 */
import { type Command, InvalidArgumentError } from 'commander';
import { PROGRAM } from './errors.js';
import { FORMATS, type OutputFormat } from './process.js';

/** Other names accepted for -f, compared case-insensitively. */
const FORMAT_ALIASES: Record<string, OutputFormat> = {
  md: 'markdown',
  htm: 'html',
  ndjson: 'jsonl',
};

/** commander argParser for -f/--format. */
export function parseFormat(value: string): OutputFormat {
  const name = value.trim().toLowerCase();
  if ((FORMATS as readonly string[]).includes(name)) return name as OutputFormat;
  const alias = FORMAT_ALIASES[name];
  if (alias) return alias;
  throw new InvalidArgumentError('Use json, jsonl, markdown (or md) or html (or htm).');
}

/** An option, the formats it changes, and why it does nothing elsewhere. */
interface Applicability {
  key: string;
  flag: (value: unknown) => string;
  formats: readonly OutputFormat[];
  /** When it applies to the format but still does nothing with these other options. */
  alsoIgnored?: (opts: Record<string, unknown>) => string | null;
}

const RULES: Applicability[] = [
  { key: 'fragment', flag: () => '--fragment', formats: ['html'] },
  { key: 'frontMatter', flag: () => '--no-front-matter', formats: ['markdown'] },
  {
    key: 'css',
    flag: (value) => (value === false ? '--no-css' : '--css'),
    formats: ['html'],
    alsoIgnored: (opts) => (opts.fragment === true ? 'a --fragment has no stylesheet' : null),
  },
  { key: 'withBoilerplate', flag: () => '--with-boilerplate', formats: ['html'] },
];

/**
 * One `article-clean: warning: …` line per option given on the command line that the
 * chosen format ignores. Options at their defaults are never mentioned.
 */
export function inapplicableOptionWarnings(program: Command, format: OutputFormat): string[] {
  const opts = program.opts<Record<string, unknown>>();
  const warnings: string[] = [];
  for (const rule of RULES) {
    if (program.getOptionValueSource(rule.key) !== 'cli') continue;
    const flag = rule.flag(opts[rule.key]);
    let reason: string | null = null;
    if (!rule.formats.includes(format)) {
      reason = `applies to -f ${rule.formats.join(', ')} only, not ${format}`;
      if (rule.key === 'withBoilerplate' && (format === 'json' || format === 'jsonl')) reason += ' (the JSON always lists the boilerplate)';
    } else {
      reason = rule.alsoIgnored?.(opts) ?? null;
    }
    if (reason) warnings.push(`${PROGRAM}: warning: ${flag} ignored: ${reason}\n`);
  }
  return warnings;
}
