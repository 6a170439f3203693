/**
 * franc's language guess (franc 6, MIT, by Titus Wormer), with its trigram models built
 * lazily, one script at a time, and only for the languages asked about. franc itself
 * builds the models of all its 400-odd languages when it is imported, about 20 ms of every
 * start-up, though most runs never call it (English is told by its function words first).
 * Same data (franc/data.js, franc/expressions.js), same arithmetic, same answers as
 * `franc(value, { minLength, only })`.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** Models per script, each a map trigram → rank, for the languages of `only` (built on first use). */
const models = new Map<string, [string, Map<string, number>][]>();

function modelsOf(script: string, only: readonly string[]): [string, Map<string, number>][] {
  const key = `${script}\n${only.join(',')}`;
  let found = models.get(key);
  if (!found) {
    found = [];
    const languages = data[script];
    for (const name in languages) {
      if (!Object.hasOwn(languages, name) || (only.length > 0 && !only.includes(name))) continue;
      const model = languages[name].split('|');
      const ranks = new Map<string, number>();
      for (let weight = model.length; weight--; ) ranks.set(model[weight], weight);
      found.push([name, ranks]);
    }
    models.set(key, found);
  }
  return found;
}

/** trigram-utils' asTuples: the text's trigrams with their counts, rarest first. */
function asTuples(value: string): [string, number][] {
  const clean = value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const source = ` ${clean} `;
  const counts: Record<string, number> = {};
  for (let i = 0; i + 3 <= source.length; i++) {
    const t = source.slice(i, i + 3);
    counts[t] = Object.hasOwn(counts, t) ? counts[t] + 1 : 1;
  }
  const tuples: [string, number][] = [];
  for (const t in counts) if (Object.hasOwn(counts, t)) tuples.push([t, counts[t]]);
  return tuples.sort((a, b) => a[1] - b[1]);
}

function distance(trigrams: [string, number][], model: Map<string, number>): number {
  let sum = 0;
  for (const [trigram, count] of trigrams) {
    const rank = model.get(trigram);
    sum += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
  }
  return sum;
}

/** The ISO 639-3 code of the likeliest language among `only` (all when empty), or 'und'. */
export function franc(text: string, options: { minLength: number; only: readonly string[] }): string {
  const { minLength, only } = options;
  if (!text || text.length < minLength) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  let script: string | undefined;
  let top = -1;
  for (const name in expressions) {
    if (!Object.hasOwn(expressions, name)) continue;
    const count = (value.match(expressions[name])?.length ?? 0) / value.length || 0;
    if (count > top) [top, script] = [count, name];
  }
  if (!script || !(script in data)) {
    return !script || top === 0 || (only.length > 0 && !only.includes(script)) ? 'und' : script;
  }
  const trigrams = asTuples(value);
  let best = 'und';
  let least = Infinity;
  for (const [name, model] of modelsOf(script, only)) {
    const d = distance(trigrams, model);
    if (d < least) [least, best] = [d, name];
  }
  return best;
}
