/**
 * The speech vocabulary of every language (src/lang/<code>/speech.json) as regex sources
 * and lookups for the quotes stage. Alternations are built from the data, longest first,
 * with any run of spaces between the words of a phrase.
 */
import { languageCodes, vocabulary, type Gender, type LanguageCode } from '../../lang/index.js';
import { LETTER } from '../../text/letters.js';
import { matchesOf } from '../../text/matches.js';

const speech = vocabulary('speech');
const all = <T>(pick: (s: (typeof speech)[number]) => T[]) => [...new Set(speech.flatMap(pick))];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of words and phrases, longest first so "said in a statement" beats "said". */
export function alternation(words: string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => escape(w).replace(/ +/g, String.raw`\s+`)).join('|')})`;
}
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const bothCases = (words: string[]) => [...words, ...words.map(capitalised)];

/** A gender map merged over languages; a word the languages disagree on tells nothing. */
function merged(pick: (s: (typeof speech)[number]) => Record<string, Gender | null>): Map<string, Gender | null> {
  const out = new Map<string, Gender | null>();
  for (const s of speech) {
    for (const [word, gender] of Object.entries(pick(s))) {
      const key = word.toLowerCase();
      out.set(key, out.has(key) && out.get(key) !== gender ? null : gender);
    }
  }
  return out;
}

const verbs = all((s) => s.verbs);
const listener = new Set(all((s) => s.listenerVerbs));
export const VERB_LIST = alternation(verbs);
export const SAYING_VERBS: readonly string[] = verbs;
/** The last word of each verb of saying ("said in a statement" → "statement"): a text ending in none ends in no verb. */
export const VERB_LAST_WORDS = new Set(verbs.map((v) => v.trim().split(/\s+/).at(-1)!));
// First words of the verbs and formulas, to find candidates by word lookup before any big alternation runs.
const firstWords = new Set([...verbs, ...all((s) => s.according)].map((v) => v.toLowerCase().split(/\s+/)[0]));
const WORD = new RegExp(`[${LETTER}]+`, 'g');
const VERB_AT = new RegExp(`${VERB_LIST}(?![${LETTER}])`, 'y');
/** Offsets of the verbs of saying in a text: a word lookup, then one sticky match per candidate. */
export function verbOffsets(text: string): number[] {
  const out: number[] = [];
  for (const m of matchesOf(WORD, text)) {
    if (!firstWords.has(m[0].toLowerCase())) continue;
    VERB_AT.lastIndex = m.index;
    if (VERB_AT.test(text)) out.push(m.index);
  }
  return out;
}
// Two-word verbs of saying by their first word: "legt uit" may hold the speaker between ("legt Visser uit").
const particleVerbs = new Map<string, [string, string][]>();
for (const v of verbs) {
  const words = v.toLowerCase().trim().split(/\s+/);
  if (words.length !== 2) continue;
  particleVerbs.set(words[0], [...(particleVerbs.get(words[0]) ?? []), [words[0], words[1]]]);
}
/** The two-word verbs of saying that open with a word, as [first word, second word]. */
export const verbsWithParticle = (first: string): [string, string][] => particleVerbs.get(first) ?? [];
/** Does a text hold any word that can open a verb of saying or an "according to"? */
export function mayHoldSpeech(text: string): boolean {
  for (const m of matchesOf(WORD, text)) if (firstWords.has(m[0].toLowerCase())) return true;
  return false;
}
/** Verbs that put the speaker after them ("…,” says Seitz"); after "told" comes the listener. */
export const INVERTING_VERBS = verbs.filter((v) => !listener.has(v));
export const INVERTING_LIST = alternation(INVERTING_VERBS);

const LEADING_LETTERS = new RegExp(`^[${LETTER}]*`);
/**
 * A sticky regex per word of the text, built on first use from the verbs of `list` that open
 * with that word's letters. Where a verb matches at a word, the word's run of letters is
 * exactly the verb's opening run (a verb's letters end where the word's do: at a space, an
 * apostrophe or its end), so only those verbs can match there; and an alternation of a few
 * verbs is tried far faster than one of every language's (thousands, each tried in turn).
 * The verbs keep their order, longest first, so the same one wins as in the whole list.
 */
export function byLeadingWord(list: readonly string[], build: (alternation: string) => RegExp): (word: string) => RegExp | null {
  const groups = new Map<string, string[]>();
  for (const v of list) {
    const key = LEADING_LETTERS.exec(v)![0].toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const built = new Map<string, RegExp | null>();
  return (word) => {
    const key = word.toLowerCase();
    let re = built.get(key);
    if (re === undefined) {
      const group = groups.get(key);
      built.set(key, (re = group ? build(alternation(group)) : null));
    }
    return re;
  };
}
export const ACCORDING_LIST = alternation(bothCases(all((s) => s.according)));

const titles = merged((s) => s.titles);
/** A personal title before a name, with or without its full stop ("Dr. ", "Mme ", "Herr "). */
export const TITLE = String.raw`(?:${alternation(bothCases([...titles.keys()]).filter((t) => /^\p{Lu}/u.test(t)))}\.?\s+)`;
export const TITLE_AT_START = new RegExp(`^${TITLE}`);

const pronouns = merged((s) => s.pronouns);
export const PRONOUN = alternation(bothCases([...pronouns.keys()]));

const key = (word: string) => word.toLowerCase().replace(/\.$/, '');
const lowered = (r: Record<string, Gender | null>) => new Map(Object.entries(r).map(([w, g]) => [w.toLowerCase(), g]));
// Gendered nouns and pronoun forms are read in the text's own language only: "director"
// is masculine in Spanish and tells nothing in English.
const byLanguage = new Map(
  languageCodes.map((code) => {
    const s = vocabulary('speech', code)[0];
    return [code, { nouns: lowered({ ...s.gendered, ...s.titles }), forms: lowered({ ...s.pronouns, ...s.pronounForms }) }];
  }),
);
/** The gender a title or a gendered noun of `lang` tells ("Ms.", "spokeswoman", "ministra"), if any. */
export const nounGender = (word: string, lang: LanguageCode) => byLanguage.get(lang)!.nouns.get(key(word)) ?? null;
/** The gender any form of a pronoun of `lang` tells ("she", "his", "herself"), if any. */
export const pronounFormGender = (word: string, lang: LanguageCode) => byLanguage.get(lang)!.forms.get(key(word)) ?? null;

// The language whose articles, prepositions and pronouns are the most frequent words of a text.
const functionWords = languageCodes.map((code) => {
  const s = vocabulary('speech', code)[0];
  return { code, words: new Set([...s.articles, ...s.prepositions, ...Object.keys(s.pronouns)].map((w) => w.toLowerCase())) };
});
export function languageOf(text: string): LanguageCode {
  const counts = new Map<LanguageCode, number>(languageCodes.map((c) => [c, 0]));
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) for (const f of functionWords) if (f.words.has(w)) counts.set(f.code, counts.get(f.code)! + 1);
  return [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}
const roleWords = new Set([...merged((s) => s.gendered).keys()]);
/** A noun of any language that names a role ("Bürgermeisterin", "spokeswoman"), not a person. */
const roleEndings = all((s) => s.roleEndings ?? []).map((w) => w.toLowerCase());
export const isRoleWord = (word: string) => {
  const w = word.toLowerCase();
  return roleWords.has(w) || roleEndings.some((e) => w.endsWith(e));
};
export const isPronounWord = (word: string) => pronouns.has(word.toLowerCase());
/** The gender of a pronoun: m, f, or null for one that may mean anybody ("they"). */
export const pronounGender = (word: string) => pronouns.get(word.toLowerCase()) ?? null;

export const ARTICLE_LIST = alternation(bothCases(all((s) => s.articles)));
const articleWords = new Set(all((s) => s.articles).map((w) => w.toLowerCase()));
/** An article or determiner of any language ("La", "Mein", "The"). */
export const isArticleWord = (word: string) => articleWords.has(word.toLowerCase());
export const PREPOSITION_LIST = alternation(all((s) => s.prepositions));
export const ADVERB_LIST = alternation(all((s) => s.adverbs));
const definite = new Set(all((s) => s.definite).map((w) => w.toLowerCase()));
/** Does a description open with a definite article ("the fishmonger", "le mareyeur", "l’assessora")? */
export const isDefinite = (description: string) => definite.has(description.toLowerCase().split(/\s+|(?<=['’])/u)[0]);
const accordingWords = new Set(all((s) => s.according).map((w) => w.toLowerCase()));
/** A one-word "according to" of any language ("Pour", "Según", "Laut"), never part of a name. */
export const isAccordingWord = (word: string) => accordingWords.has(word.toLowerCase());
export const DESCRIBER_LIST = alternation(bothCases(all((s) => s.describers)));
