/** Word tokens and stopword density of a block, with the text pipeline's language evidence (stopwords-iso lists). */
import { stopwordsOf } from '../../pipeline/evidence/language.js';

/** Stopwords of a language tag ("en-GB" → en), or null when there is no list. */
export function stopwordsFor(lang: string | null | undefined): Set<string> | null {
  const code = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  const set = code ? stopwordsOf(code) : null;
  return set && set.size ? set : null;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;

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
