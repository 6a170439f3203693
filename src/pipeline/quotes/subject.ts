/**
 * The subject of a verb of saying, read backwards from the verb inside its sentence: a
 * name right before it ("Seitz says"), a name followed by an appositive ("Omar Lamrani, a
 * senior analyst at Stratfor, told"), or a description ("A spokesperson for the council
 * said"). A name right after a preposition is an object — a place, an employer — never
 * the subject ("the director at the International Monetary Fund said").
 */
import { LETTER, LOWER, UPPER } from '../../text/letters.js';
import { isPersonName, NAME_SOURCE } from '../../text/names.js';
import { ADVERB_LIST, ARTICLE_LIST, DESCRIBER_LIST, PREPOSITION_LIST, PRONOUN, TITLE, TITLE_AT_START, isDefinite } from './vocabulary.js';

const SURNAME = String.raw`[${UPPER}][${LETTER}'’-]*[${LOWER}][${LETTER}'’-]*`;
// A role noun may stand before a title: "Bürgermeisterin Dr. Renate Huber-Stadler".
const MENTION = String.raw`(?:[${UPPER}][${LETTER}]+\s+(?=${TITLE}))?${TITLE}?${NAME_SOURCE}|${TITLE}?${SURNAME}`;
/** A speaker as the text mentions them: a name, a surname (either after a title), or a pronoun. */
export const WHO = String.raw`(?:${MENTION}|${PRONOUN})`;
/** After an inverting verb a pronoun ends the clause ("said she."), so "ha detto il sindaco" is no pronoun. */
export const WHO_AFTER_VERB = String.raw`(?:${MENTION}|${PRONOUN}(?=\s*(?:[.;:,!?—–]|$)))`;

const WHO_EXACT = new RegExp(String.raw`^${WHO}$`);
const ADVERB_WORD = new RegExp(String.raw`^(?:${ADVERB_LIST}|[a-z]+ly)$`);
const AFTER_PREPOSITION = new RegExp(String.raw`(?:^|[^${LETTER}])${PREPOSITION_LIST}(?:\s+${ARTICLE_LIST})?\s*$`);
const DESCRIPTION_AT_END = new RegExp(String.raw`^[\s,;:]*((?:${DESCRIBER_LIST}|[${UPPER}][${LETTER}-]*['’]s)\s+[${LOWER}'’-]+(?:\s+[^\s.;:,“”"«»„]+){0,9}?)\s*$`);
const WINDOW = 260;

export interface Subject {
  /** The mention, or null for a description. */
  who: string | null;
  role: string | null;
  index: number;
  anaphor?: boolean;
}

/** The text without trailing spaces, a trailing comma and a trailing adverb ("Seitz also"). */
function withoutTrailingAdverb(text: string): string {
  let t = text.trimEnd();
  if (t.endsWith(',')) t = t.slice(0, -1).trimEnd();
  const space = t.lastIndexOf(' ');
  if (space >= 0 && ADVERB_WORD.test(t.slice(space + 1))) t = t.slice(0, space).trimEnd();
  return t;
}

/**
 * The name that ends a stretch of text ("… Omar Lamrani" / "… Seitz also"): tried on its
 * last few words, longest first, with an anchored regex — one attempt each, not a scan.
 * A name governed by a preposition is not a subject.
 */
function whoAtEnd(text: string): { who: string; index: number } | null {
  const end = withoutTrailingAdverb(text).length;
  const words = text.slice(Math.max(0, end - 120), end).split(/\s+/).slice(-6);
  for (let k = words.length; k >= 1; k--) {
    const candidate = words.slice(-k).join(' ');
    if (!WHO_EXACT.test(candidate)) continue;
    const index = Math.max(0, end - candidate.length);
    return afterPreposition(text, index) ? null : { who: candidate, index };
  }
  return null;
}

const AFTER_ARTICLE = new RegExp(String.raw`(?:^|[^${LETTER}])${ARTICLE_LIST}\s+$`);
/** Does an article stand right before offset `index` ("The Fenwick Harriers runner")? A person's name takes none. */
export const afterArticle = (text: string, index: number) => AFTER_ARTICLE.test(text.slice(Math.max(0, index - 12), index));

/** Does a preposition (and maybe an article) stand right before offset `index`? */
export const afterPreposition = (text: string, index: number) => AFTER_PREPOSITION.test(text.slice(Math.max(0, index - 40), index));

const role = (s: string) => s.trim().replace(new RegExp(String.raw`^${ARTICLE_LIST}\s+`), '').replace(/[,\s]+$/, '') || null;

/** The name between the last two commas of a stretch that ends with one, and the role before it. */
function namedBetweenCommas(sentence: string): { who: string; role: string; index: number } | null {
  const inner = sentence.trimEnd();
  if (!inner.endsWith(',')) return null;
  const c = inner.lastIndexOf(',', inner.length - 2);
  const raw = inner.slice(c + 1, -1);
  const who = raw.trim();
  if (c < 0 || who.length < 2 || who.length > 80 || !WHO_EXACT.test(who)) return null;
  const index = c + 1 + raw.length - raw.trimStart().length;
  const before = sentence.slice(0, c);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  return clause.trim() ? { who, role: clause, index } : null;
}

/** The subject of the verb at `at`, looked for between `sentenceFrom` and the verb. */
export function subjectBefore(text: string, at: number, sentenceFrom: number): Subject | null {
  const from = Math.max(sentenceFrom, at - WINDOW);
  const sentence = text.slice(from, at);
  const direct = /,\s*$/.test(sentence) ? null : whoAtEnd(sentence);
  if (direct) return { who: direct.who, role: null, index: from + direct.index };
  // A name set off by commas after its role: "Ketua Kelompok Tani, Suparman, mengatakan".
  const named = namedBetweenCommas(sentence);
  if (named) return { who: named.who, role: role(named.role), index: from + named.index };
  let fallback: Subject | null = null;
  // For the appositive, the first comma that follows a personal name opens it.
  for (let c = sentence.indexOf(','); c >= 0; c = sentence.indexOf(',', c + 1)) {
    const who = whoAtEnd(sentence.slice(0, c));
    if (!who) continue;
    const found = { who: who.who, role: role(withoutTrailingAdverb(sentence.slice(c + 1))), index: from + who.index };
    if (isPersonName(who.who.replace(TITLE_AT_START, ''))) return found;
    fallback ??= found;
  }
  if (fallback) return fallback;
  // A description after the last clause break: "In a statement, a spokesperson said".
  const clause = Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf(';'), sentence.lastIndexOf(':')) + 1;
  const description = DESCRIPTION_AT_END.exec(sentence.slice(clause));
  if (!description) return null;
  return { who: null, role: role(description[1]), index: from + clause + description.index, anaphor: isDefinite(description[1]) };
}
