/**
 * Vocabulary as data: one folder per language (src/lang/<code>/), one JSON file per kind
 * of vocabulary. `vocabulary(kind)` gives a kind for one language or, without a code, for
 * every language at once (the texts mix languages, and closed formulas rarely collide).
 * To add a kind: put `<kind>.json` in each folder and name it in `Vocabulary`.
 */
import deSpeech from './de/speech.json' with { type: 'json' };
import enSpeech from './en/speech.json' with { type: 'json' };
import esSpeech from './es/speech.json' with { type: 'json' };
import frSpeech from './fr/speech.json' with { type: 'json' };
import itSpeech from './it/speech.json' with { type: 'json' };
import nlSpeech from './nl/speech.json' with { type: 'json' };
import plSpeech from './pl/speech.json' with { type: 'json' };
import ptSpeech from './pt/speech.json' with { type: 'json' };
import ruSpeech from './ru/speech.json' with { type: 'json' };
import arSpeech from './ar/speech.json' with { type: 'json' };
import faSpeech from './fa/speech.json' with { type: 'json' };
import heSpeech from './he/speech.json' with { type: 'json' };
import hiSpeech from './hi/speech.json' with { type: 'json' };
import zhSpeech from './zh/speech.json' with { type: 'json' };
import jaSpeech from './ja/speech.json' with { type: 'json' };
import koSpeech from './ko/speech.json' with { type: 'json' };
import svSpeech from './sv/speech.json' with { type: 'json' };
import daSpeech from './da/speech.json' with { type: 'json' };
import nbSpeech from './nb/speech.json' with { type: 'json' };
import trSpeech from './tr/speech.json' with { type: 'json' };
import idSpeech from './id/speech.json' with { type: 'json' };
import csSpeech from './cs/speech.json' with { type: 'json' };
import roSpeech from './ro/speech.json' with { type: 'json' };
import elSpeech from './el/speech.json' with { type: 'json' };
import viSpeech from './vi/speech.json' with { type: 'json' };
import ukSpeech from './uk/speech.json' with { type: 'json' };
import fiSpeech from './fi/speech.json' with { type: 'json' };
import huSpeech from './hu/speech.json' with { type: 'json' };
import swSpeech from './sw/speech.json' with { type: 'json' };
import msSpeech from './ms/speech.json' with { type: 'json' };
import thSpeech from './th/speech.json' with { type: 'json' };
import bgSpeech from './bg/speech.json' with { type: 'json' };
import hrSpeech from './hr/speech.json' with { type: 'json' };
import skSpeech from './sk/speech.json' with { type: 'json' };
import slSpeech from './sl/speech.json' with { type: 'json' };
import srSpeech from './sr/speech.json' with { type: 'json' };
import caSpeech from './ca/speech.json' with { type: 'json' };
import bnSpeech from './bn/speech.json' with { type: 'json' };
import tlSpeech from './tl/speech.json' with { type: 'json' };

export type Gender = 'm' | 'f';

/** How a language reports speech: src/lang/<code>/speech.json. */
export interface Speech {
  /** Verbs and verb phrases of saying, any tense ("said", "weighed in", "a déclaré"). */
  verbs: string[];
  /** Those of them after which a name is the listener, not the speaker ("told"). */
  listenerVerbs: string[];
  /** Formulas that put the source after them ("according to", "según", "laut"). */
  according: string[];
  /** Personal titles without their full stop, with the gender they tell (null: either). */
  titles: Record<string, Gender | null>;
  /** Subject pronouns that may stand for a speaker, with their gender (null: any). */
  pronouns: Record<string, Gender | null>;
  /** The other forms of the gendered pronouns: object, possessive, reflexive ("her", "his"). */
  pronounForms: Record<string, Gender | null>;
  /** Nouns that tell the gender of the person they describe ("spokeswoman", "ministra"). */
  gendered: Record<string, Gender | null>;
  /** Articles, dropped from the start of a role ("the mayor" → "mayor"). */
  articles: string[];
  /**
   * Prepositions: a name right after one is an object (a place, an employer), not a speaker.
   * The agent's preposition (by, par, por, door, przez, oleh) is not one: "run by Funmilayo Bankole" names a person.
   */
  prepositions: string[];
  /** Adverbs that may stand between a speaker and the verb ("Seitz also said"). */
  adverbs: string[];
  /** Definite articles: a description they open ("the fishmonger") may mean someone just named. */
  definite: string[];
  /** Words that open a description standing for a speaker ("a spokesperson for …"). */
  describers: string[];
  /** Endings of role nouns that stand capitalised before a name ("Verkehrsplaner Jonas Wörle"), for languages that capitalise nouns. */
  roleEndings?: string[];
  /** Scripts without capitals: words that follow a name ("さん", "교수", "씨"), or stand right after it ("ने"). */
  nameAfter?: string[];
  nameBefore?: string[];
  /** Case endings a name may carry, with what replaces them (Hungarian "Bencével" → "Bence"). */
  nameEndings?: Record<string, string>;
  /** Family names that open a name written without spaces (Chinese). */
  surnames?: string[];
}

export interface Vocabulary {
  speech: Speech;
}

// JSON widens "m" to string; the gender values are checked by tests/lang.test.ts.
const LANGUAGES = {
  en: { speech: enSpeech as Speech },
  es: { speech: esSpeech as Speech },
  pt: { speech: ptSpeech as Speech },
  fr: { speech: frSpeech as Speech },
  de: { speech: deSpeech as Speech },
  it: { speech: itSpeech as Speech },
  nl: { speech: nlSpeech as Speech },
  pl: { speech: plSpeech as Speech },
  ru: { speech: ruSpeech as Speech },
  sv: { speech: svSpeech as Speech },
  da: { speech: daSpeech as Speech },
  nb: { speech: nbSpeech as Speech },
  tr: { speech: trSpeech as Speech },
  id: { speech: idSpeech as Speech },
  cs: { speech: csSpeech as Speech },
  ro: { speech: roSpeech as Speech },
  el: { speech: elSpeech as Speech },
  vi: { speech: viSpeech as Speech },
  he: { speech: heSpeech as Speech },
  ar: { speech: arSpeech as Speech },
  fa: { speech: faSpeech as Speech },
  hi: { speech: hiSpeech as Speech },
  zh: { speech: zhSpeech as Speech },
  ja: { speech: jaSpeech as Speech },
  ko: { speech: koSpeech as Speech },
  uk: { speech: ukSpeech as Speech },
  fi: { speech: fiSpeech as Speech },
  hu: { speech: huSpeech as Speech },
  sw: { speech: swSpeech as Speech },
  ms: { speech: msSpeech as Speech },
  th: { speech: thSpeech as Speech },
  bg: { speech: bgSpeech as Speech },
  hr: { speech: hrSpeech as Speech },
  sk: { speech: skSpeech as Speech },
  sl: { speech: slSpeech as Speech },
  sr: { speech: srSpeech as Speech },
  ca: { speech: caSpeech as Speech },
  bn: { speech: bnSpeech as Speech },
  tl: { speech: tlSpeech as Speech },
} satisfies Record<string, Vocabulary>;

export type LanguageCode = keyof typeof LANGUAGES;
export const languageCodes = Object.keys(LANGUAGES) as LanguageCode[];

/** One kind of vocabulary of one language, or of every language when `code` is omitted. */
export function vocabulary<K extends keyof Vocabulary>(kind: K, code?: LanguageCode): Vocabulary[K][] {
  const codes = code ? [code] : languageCodes;
  return codes.map((c) => LANGUAGES[c][kind]);
}
