import { checkBytes, defaultOptions, type FileConfig } from '../../src/check/runner.js';
import { DEFAULT_SETTINGS, type CheckRule, type RuleExample } from '../../src/check/rule.js';

/** Only `rule` enabled (at error, even when off by default), with the example's options. */
export function onlyRule(rule: CheckRule, options: Record<string, unknown> = {}): FileConfig {
  return { rules: new Map([[rule.name, { severity: 'error', options: { ...defaultOptions(rule), ...options } }]]), settings: DEFAULT_SETTINGS };
}

/** Bytes of an example: UTF-8, except files named latin1.* (windows-1252, for encoding-fallback). */
export function exampleBytes(example: RuleExample): Uint8Array {
  return example.file.startsWith('latin1.') ? Buffer.from(example.text, 'latin1') : Buffer.from(example.text, 'utf8');
}

export function runExample(rule: CheckRule, example: RuleExample) {
  return checkBytes(exampleBytes(example), onlyRule(rule, example.options), { path: example.file });
}
