/** Stopword lists of stopwords-iso, loaded on first use, one Set per language. */
import { createRequire } from 'node:module';

let lists: Record<string, string[]> | null = null;
const sets = new Map<string, Set<string> | null>();

function load(): Record<string, string[]> {
  if (!lists) {
    try {
      lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
    } catch {
      lists = {};
    }
  }
  return lists;
}

/** Stopwords of a language tag ("en-GB" → en), or null when there is no list. */
export function stopwordsFor(lang: string | null | undefined): Set<string> | null {
  const code = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  if (!code) return null;
  if (sets.has(code)) return sets.get(code)!;
  const list = load()[code];
  const set = list && list.length ? new Set(list) : null;
  sets.set(code, set);
  return set;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Lower-cased word tokens of a text. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** Share of tokens that are stopwords, or null when the text is too short to say. */
export function stopwordDensity(text: string, stop: Set<string>): number | null {
  const toks = tokens(text);
  if (toks.length < 8) return null;
  let n = 0;
  for (const t of toks) if (stop.has(t)) n++;
  return n / toks.length;
}

/** Guess a language from the text: the list that covers most tokens, if it covers enough. */
export function guessLanguage(text: string, candidates = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'no', 'fi', 'pl', 'cs', 'ro', 'tr', 'ru', 'id']): string | null {
  const toks = tokens(text).slice(0, 400);
  if (toks.length < 30) return null;
  let best: string | null = null;
  let bestShare = 0;
  for (const lang of candidates) {
    const stop = stopwordsFor(lang);
    if (!stop) continue;
    let n = 0;
    for (const t of toks) if (stop.has(t)) n++;
    if (n / toks.length > bestShare) [best, bestShare] = [lang, n / toks.length];
  }
  return bestShare >= 0.3 ? best : null;
}
