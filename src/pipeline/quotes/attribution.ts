/**
 * Who said a quotation, read from the words around it in the same sentence:
 * "“…,” says ROLE NAME, CREDS.", "“…,” NAME said.", "“…,” said NAME, ROLE.",
 * "NAME, ROLE, told the committee, “…”", "According to NAME, “…”", "This system, says
 * NAME, is “…”", "He describes it as “…”", and the same in the other languages of
 * src/lang. A description instead of a name ("said a spokesperson for the council") gives
 * no speaker, the description as role. Returns the mention as written; the stage
 * resolves surnames and pronouns to full names.
 */
import { LETTER, LOWER, UPPER } from '../../text/letters.js';
import { SENTENCE_END, sentenceStarts } from '../../text/sentences.js';
import { isPersonName, NAME_SOURCE } from '../../text/names.js';
import { subjectBefore, WHO, WHO_AFTER_VERB } from './subject.js';
import { ACCORDING_LIST, ADVERB_LIST, ARTICLE_LIST, DESCRIBER_LIST, INVERTING_VERBS, PREPOSITION_LIST, PRONOUN, SAYING_VERBS, VERB_LIST, byLeadingWord, isDefinite, mayHoldSpeech, verbOffsets } from './vocabulary.js';
import { matchesOf } from '../../text/matches.js';

export interface Attribution {
  /** The mention: a full name, a surname, or a pronoun; null for a description. */
  who: string | null;
  role: string | null;
  credentials: string | null;
  /** A definite description ("the fishmonger"): it may mean the person the paragraph just named. */
  anaphor?: boolean;
}

const CREDS = String.raw`(?:,\s*((?:[${UPPER}][${LETTER}.]*[${UPPER}]\.?|Ph\.?D\.?|M\.?D\.?)(?:,\s*(?:[${UPPER}][${LETTER}.]*[${UPPER}]\.?|Ph\.?D\.?))*)(?=[\s.,;]|$))?`;
// Role words between verb and name ("says sex therapist Sari Cooper"), never a place or time ("said at a Nov. 6 event").
// After a role word, a preposition may bring a capitalised department: "l'assessora al Commercio NAME".
const ROLE_WORDS = String.raw`((?:(?!${PREPOSITION_LIST}\s)[${LOWER}'’-]+\s+(?:${PREPOSITION_LIST}\s+[${UPPER}][${LETTER}'’-]*\s+)?){0,6}?)`;
const ROLE_TAIL = String.raw`(?:,\s*([^.;“”"«»„]{3,200}))?`;
// A description standing for a speaker: "a spokesperson for the council", "el portavoz del ministerio".
export const DESCRIPTION = String.raw`((?:${DESCRIBER_LIST}|[${UPPER}][${LETTER}-]*['’]s)\s+[${LOWER}'’-]+(?:\s+[^\s.;:,“”"«»„]+){0,9}?)`;
// A mention ends a word and is no possessive ("said Smith’s lawyer" names the lawyer).
const WORD_END = String.raw`(?![${LETTER}'’])(?<!['’]s)`;
// An inverted speaker ends its clause or goes on with a preposition or adverb ("said Smith in
// a statement") or a bracket ("zei wethouder Joost Timmerhuis (Mobiliteit)"); "complained that the first Trail model" names no one.
const INVERTED_END = String.raw`(?=\s*(?:[,.;:!?—–()”"»]|$)|\s+(?:${PREPOSITION_LIST}|${ADVERB_LIST}|[a-z]+ly)(?![${LETTER}]))`;
const CLAUSE_END = String.raw`(?=\s*(?:[.;:,!?—–]|$))`;

// ", a senior analyst at Stratfor, the Texas-based firm," — may hold commas of its own.
// It stays inside its sentence: no full stop followed by a capital.
const APPOSITIVE = String.raw`(?:,\s*((?:(?![.!?]\s+[${UPPER}])[^“”"«»„]){3,200}?),?)?`;
const ADVERB = String.raw`(?:\s+(?:${ADVERB_LIST}|[a-z]+ly))?`;
// The role may be someone's: "Holmer's chief executive Harriet Osei-Lindgren told reporters".
const OWNER = String.raw`(?:[${UPPER}][${LETTER}-]*['’]s\s+)?`;
const WHO_THEN_VERB = new RegExp(String.raw`^[\s,]*${OWNER}${ROLE_WORDS}(${WHO})${APPOSITIVE}${ADVERB}\s+${VERB_LIST}(?![${LETTER}])`);
// The regexes that open with a verb after the quotation are built per verb word (byLeadingWord), as VERB_WHO below.
const VERB_THEN_WHO = byLeadingWord(INVERTING_VERBS, (verbs) => new RegExp(String.raw`^[\s,]*${verbs}\s+${ROLE_WORDS}(${WHO_AFTER_VERB})${WORD_END}${INVERTED_END}${CREDS}${ROLE_TAIL}`));
// "said the company’s founder, Maria Lopez": the name after the description is the speaker.
const NAMED = String.raw`(?:,\s*(${WHO_AFTER_VERB})${WORD_END})?`;
// A full name that ends the sentence or opens an apposition, after a phrase of place or time and a role, which may hold a
// capitalised genitive: "– powiedział na konferencji wiceprezydent Wrzosowa Tomasz Kędzierski."
// A capitalised word inside the phrase goes on with a lower-case one ("starosta Kamýku nad Vltavou Petr Holub").
const PHRASE_WORD = String.raw`(?:[${LOWER}'’-]+|[${UPPER}][${LETTER}'’-]*(?=\s+[${LOWER}]))\s+(?:[${UPPER}][${LETTER}'’-]*\s+(?=[${UPPER}][${LETTER}'’-]*\s+[${UPPER}]))?`;
const VERB_PHRASE_THEN_NAME = byLeadingWord(INVERTING_VERBS, (verbs) => new RegExp(String.raw`^[\s,]*${verbs}\s+(?:${PHRASE_WORD}){1,8}?(${NAME_SOURCE})${WORD_END}(?=\s*(?:[.;!?,]|$))`));
const VERB_THEN_DESCRIPTION = byLeadingWord(INVERTING_VERBS, (verbs) => new RegExp(String.raw`^[\s,]*${verbs}\s+${DESCRIPTION}${NAMED}${CLAUSE_END}`));
// Subject dropped ("«…», dijo."), or inverted into the verb ("», a-t-elle ajouté."): a pronoun.
const NO_SUBJECT = byLeadingWord(SAYING_VERBS, (verbs) => new RegExp(String.raw`^[\s,]*${verbs}${CLAUSE_END}`));
// The letters right after the quotation's spaces and commas: where a verb there would start (no verb opens with either).
const LEAD_AFTER = new RegExp(String.raw`^[\s,]*([${LETTER}]*)`);
const HYPHEN_PRONOUN = new RegExp(String.raw`^[\s,]*[${LETTER}]+-(?:t-)?(${PRONOUN})(?![${LETTER}])`);
const DESCRIPTION_THEN_VERB = new RegExp(String.raw`^[\s,]*${DESCRIPTION}\s+${VERB_LIST}(?![${LETTER}])`);
const ACCORDING_AFTER = new RegExp(String.raw`^[\s,]*${ACCORDING_LIST}\s+${ROLE_WORDS}(${WHO})${CREDS}${ROLE_TAIL}`);
const ACCORDING_DESCRIPTION = new RegExp(String.raw`^[\s,]*${ACCORDING_LIST}\s+${DESCRIPTION}${CLAUSE_END}`);
const ACCORDING_TO = new RegExp(String.raw`(?<![${LETTER}])${ACCORDING_LIST}\s+((?:[${LOWER}'’-]+\s+){0,6}?)(${WHO})${CREDS}`, 'g');
// Reported speech is searched from the verbs (few) rather than every capitalised word (many):
// a subject must end right before a verb, an inverted one start after it.
// Built per verb word met (byLeadingWord): the same match as one regex over every inverting verb.
const VERB_WHO = byLeadingWord(INVERTING_VERBS, (verbs) => new RegExp(String.raw`${verbs}\s+${ROLE_WORDS}(${WHO_AFTER_VERB})${WORD_END}${INVERTED_END}${CREDS}`, 'y'));
const WORD_AT = new RegExp(`[${LETTER}]+`, 'y');
const SENTENCE_OR_QUOTE = new RegExp(String.raw`${SENTENCE_END.source}|.(?=["“„«»「])`);
const LEADING_ARTICLE = new RegExp(String.raw`^${ARTICLE_LIST}\s+`);

/** A role, without its article; an age alone ("Doe, 54, said") is none. */
export const clean = (s: string | undefined | null) => {
  const t = (s ?? '').trim().replace(LEADING_ARTICLE, '').replace(/[,\s]+$/, '');
  return t && !/^\d+$/.test(t) ? t : null;
};
const credentials = (s: string | undefined) => (s ? s.replace(/^([^.]*[^.])\.$/, '$1') : null);
/** The mention of a speaker the text leaves out ("«…», dijo."): resolved like "they". */
export const ZERO_PRONOUN = '';
const described = (d: string): Attribution => ({ who: null, role: clean(d), credentials: null, anaphor: isDefinite(d) });

/** Attribution in the words right after a quotation (up to the end of that sentence). */
export function attributionAfter(after: string): Attribution | null {
  // Its sentence only (up to a full stop before a capital, or the next quotation): shorter text, fewer regex steps.
  // A dash may lead into the attribution after the closing mark („…” – mondta; «…», — пояснює): a comma's work.
  let head = after.slice(0, 300).replace(/^[\s,]*[–—―]\s+/u, ', ');
  const end = SENTENCE_OR_QUOTE.exec(head);
  if (end) head = head.slice(0, end.index + (end[0].trimEnd().length || 1));
  if (!mayHoldSpeech(head)) {
    const m = HYPHEN_PRONOUN.exec(head);
    return m ? { who: m[1], role: null, credentials: null } : null;
  }
  const lead = LEAD_AFTER.exec(head)![1];
  const verbFirst = (pick: (word: string) => RegExp | null) => pick(lead)?.exec(head) ?? null;
  let m = verbFirst(VERB_THEN_WHO);
  if (m) {
    // "said the president of the union of Crete, Giorgos Tsagkarakis": after a role, one capitalised
    // word was the role's genitive (a place), and the full name the apposition names is the speaker.
    const tail = m[4]?.trim().replace(/\.$/, '');
    if (clean(m[1]) && !/\s/.test(m[2]!) && tail && /\s/.test(tail) && isPersonName(tail)) {
      return { who: tail, role: clean(`${m[1]!.trim()} ${m[2]}`), credentials: null };
    }
    // "upozornila riaditeľka Základnej školy na Užhorodskej ulici Zuzana Hrabovská": one capitalised word
    // the role phrase goes on after in lower case is the role's genitive; the name ends the phrase.
    // So is a "name" that ends in a lower-case word ("Základnej školy").
    const rest = head.slice(m.index + m[0].indexOf(m[2]!) + m[2]!.length);
    const genitive = (!/\s/.test(m[2]!) && /^\s+\p{Ll}/u.test(rest)) || /\s\p{Ll}[\p{L}'’-]*$/u.test(m[2]!);
    const phrase = clean(m[1]) && genitive ? verbFirst(VERB_PHRASE_THEN_NAME) : null;
    if (phrase && phrase[1] !== m[2]) {
      const named = phrase.index + phrase[0].lastIndexOf(phrase[1]);
      return { who: phrase[1], role: clean(head.slice(head.indexOf(m[1]!), named).replace(/\s+/gu, ' ')), credentials: null };
    }
    return { who: m[2], role: clean(m[1]) ?? clean(m[4]), credentials: credentials(m[3]) };
  }
  m = verbFirst(VERB_PHRASE_THEN_NAME);
  if (m) return { who: m[1], role: null, credentials: null };
  m = WHO_THEN_VERB.exec(head);
  if (m) return { who: m[2], role: clean(m[1]) ?? clean(m[3]), credentials: null };
  m = verbFirst(VERB_THEN_DESCRIPTION);
  if (m) return m[2] ? { who: m[2], role: clean(m[1]), credentials: null } : described(m[1]);
  m = DESCRIPTION_THEN_VERB.exec(head);
  if (m) return described(m[1]);
  m = HYPHEN_PRONOUN.exec(head);
  if (m) return { who: m[1], role: null, credentials: null };
  if (verbFirst(NO_SUBJECT)) return { who: ZERO_PRONOUN, role: null, credentials: null };
  m = ACCORDING_AFTER.exec(head);
  if (m) return { who: m[2], role: clean(m[1]) ?? clean(m[4]), credentials: credentials(m[3]) };
  m = ACCORDING_DESCRIPTION.exec(head);
  return m ? described(m[1]) : null;
}

/** "according to NAME" before a quotation, in its sentence. */
export function accordingTo(before: string): { attr: Attribution; index: number } | null {
  let best: { attr: Attribution; index: number } | null = null;
  for (const m of matchesOf(ACCORDING_TO, before)) best = { index: m.index ?? 0, attr: { who: m[2], role: clean(m[1]), credentials: credentials(m[3]) } };
  return best;
}

export interface Speech {
  attr: Attribution;
  /** Where the mention of the speaker starts. */
  index: number;
  /** Where the verb of saying is. */
  verb: number;
}

/** Reported speech anywhere in a text ("Herbert said", "says Locksley"), in order. */
export function speechIn(text: string): Speech[] {
  const out: Speech[] = [];
  const starts = sentenceStarts(text);
  let sentence = 0;
  for (const at of verbOffsets(text)) {
    while (sentence + 1 < starts.length && starts[sentence + 1] <= at) sentence++;
    const subject = subjectBefore(text, at, starts[sentence]);
    if (subject) out.push({ index: subject.index, verb: at, attr: { who: subject.who, role: subject.role, credentials: null, anaphor: subject.anaphor } });
    // A verb's offset is where a word starts (verbOffsets): the verbs opening with that word.
    WORD_AT.lastIndex = at;
    const verbWho = VERB_WHO(WORD_AT.exec(text)?.[0] ?? '');
    if (verbWho) verbWho.lastIndex = at;
    const inverted = verbWho?.exec(text) ?? null;
    if (inverted) out.push({ index: at, verb: at, attr: { who: inverted[2], role: clean(inverted[1]), credentials: credentials(inverted[3]) } });
  }
  return out.sort((a, b) => a.index - b.index);
}
