/**
 * The article's language, detected once from its prose (franc, trigram statistics), and
 * that language's stopwords (stopwords-iso), so "shares no word with the story" means
 * content words in any language, not only English.
 */
import { franc } from 'franc-min';
import { createRequire } from 'node:module';

// ISO 639-3 codes franc gives → the BCP 47 (ISO 639-1) codes of the schema.
const TWO_LETTER: Record<string, string> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', pol: 'pl', kor: 'ko', jpn: 'ja',
  rus: 'ru', ukr: 'uk', cmn: 'zh', arb: 'ar', heb: 'he', tur: 'tr', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi',
  ces: 'cs', slk: 'sk', hun: 'hu', ron: 'ro', bul: 'bg', ell: 'el', hrv: 'hr', srp: 'sr', slv: 'sl', cat: 'ca',
  ind: 'id', zlm: 'ms', vie: 'vi', tha: 'th', hin: 'hi', ben: 'bn', pes: 'fa', urd: 'ur', swh: 'sw', tgl: 'tl',
  lit: 'lt', lvs: 'lv', ekk: 'et', glg: 'gl', eus: 'eu', afr: 'af', bel: 'be', kaz: 'kk', uzn: 'uz', azj: 'az',
};

// Scripts that name their language outright, checked before trigrams (which need more text).
const SCRIPTS: [RegExp, string][] = [
  [/[\uAC00-\uD7AF]/g, 'ko'],
  [/[\u3040-\u30FF]/g, 'ja'],
  [/[\u0590-\u05FF]/g, 'he'],
  [/[\u0E00-\u0E7F]/g, 'th'],
];

/** BCP 47 code of the text's language, or null when it cannot be told. */
export function detectLanguage(sample: string): string | null {
  const letters = sample.replace(/[^\p{L}]/gu, '').length;
  if (letters < 20) return null;
  for (const [re, code] of SCRIPTS) if ((sample.match(re)?.length ?? 0) > letters * 0.2) return code;
  const code = franc(sample, { minLength: 20 });
  return TWO_LETTER[code] ?? null;
}

let lists: Record<string, string[]> | null = null;
const sets = new Map<string, Set<string>>();

/** Stopwords of a language (lower case), or an empty set when the package has none. */
export function stopwordsOf(language: string | null): Set<string> {
  if (!language) return new Set();
  let set = sets.get(language);
  if (!set) {
    lists ??= createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
    set = new Set((lists[language] ?? []).map((w) => w.toLowerCase()));
    sets.set(language, set);
  }
  return set;
}
