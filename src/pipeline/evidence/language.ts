/**
 * The article's language, detected once from its prose (franc's trigram statistics, see trigrams.ts, over the
 * languages below: franc-min lacks Danish, Norwegian, Finnish, Slovak and Catalan), and
 * that language's stopwords (stopwords-iso), so "shares no word with the story" means
 * content words in any language, not only English.
 */
import { franc } from './trigrams.js';
import { createRequire } from 'node:module';

// ISO 639-3 codes franc gives → the BCP 47 (ISO 639-1) codes of the schema.
const TWO_LETTER: Record<string, string> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', pol: 'pl', kor: 'ko', jpn: 'ja',
  rus: 'ru', ukr: 'uk', cmn: 'zh', arb: 'ar', heb: 'he', tur: 'tr', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi',
  ces: 'cs', slk: 'sk', hun: 'hu', ron: 'ro', bul: 'bg', ell: 'el', hrv: 'hr', srp: 'sr', slv: 'sl', cat: 'ca',
  ind: 'id', zlm: 'ms', vie: 'vi', tha: 'th', hin: 'hi', ben: 'bn', pes: 'fa', urd: 'ur', swh: 'sw', tgl: 'tl',
  lit: 'lt', lvs: 'lv', ekk: 'et', glg: 'gl', eus: 'eu', afr: 'af', bel: 'be', kaz: 'kk', uzn: 'uz', azj: 'az',
  nno: 'nn', isl: 'is', mkd: 'mk', bos: 'bs', tam: 'ta', kat: 'ka', mar: 'mr', npi: 'ne', als: 'sq',
};
// Trigrams are compared only with these: a language we cannot name is no answer, and a
// rare one near a common one (Malay dialects, Scots) would take its texts.
const ONLY = Object.keys(TWO_LETTER);

// Scripts that name their language outright, checked before trigrams (which need more text).
const SCRIPTS: [RegExp, string][] = [
  [/[\uAC00-\uD7AF]/g, 'ko'],
  [/[\u3040-\u30FF]/g, 'ja'],
  [/[\u0590-\u05FF]/g, 'he'],
  [/[\u0E00-\u0E7F]/g, 'th'],
];

/** BCP 47 code of the text's language, or null when it cannot be told. */
export function detectLanguage(sample: string): string | null {
  const letters = sample.replace(/\P{L}/gu, '').length;
  if (letters < 20) return null;
  for (const [re, code] of SCRIPTS) if ((sample.match(re)?.length ?? 0) > letters * 0.2) return code;
  // Most input is English, and English says so through its function words at once; trigrams are for the rest.
  if (looksEnglish(sample)) return 'en';
  const code = franc(sample.slice(0, 600), { minLength: 20, only: ONLY });
  return TWO_LETTER[code] ?? null;
}

// The commonest English function words: a third of running English text, rare as words elsewhere.
const ENGLISH = new Set('the of and to in is that for it was on with as are be by this at from have has not but they which were their'.split(' '));

function looksEnglish(sample: string): boolean {
  // eslint-disable-next-line no-control-regex -- the range is 'all of ASCII', not a control character
  const words = sample.toLowerCase().match(/[a-z']+|[^\s\x00-\x7F]+/g) ?? [];
  if (words.length < 12) return false;
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w)) hits++;
  return hits / words.length >= 0.2;
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
