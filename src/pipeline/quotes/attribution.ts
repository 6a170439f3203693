/**
 * Who said a quotation, read from the words around it in the same sentence:
 * "“…,” says ROLE NAME, CREDS.", "“…,” NAME said.", "“…,” said NAME, ROLE.",
 * "NAME, ROLE, told the committee, “…”", "According to NAME, “…”", "This system, says
 * NAME, is “…”", "He describes it as “…”". Returns the mention as written; the stage
 * resolves surnames and pronouns to full names.
 */
import { LETTER, LOWER, UPPER } from '../../text/letters.js';
import { isPersonName, NAME_SOURCE } from '../../text/names.js';
import { sentenceStarts } from '../../text/sentences.js';

export interface Attribution {
  /** The mention: a full name, a surname, or a pronoun. */
  who: string;
  role: string | null;
  credentials: string | null;
}

const VERB_LIST =
  'says|said|say|adds|added|explains|explained|notes|noted|tells|told|writes|wrote|asks|asked|continues|continued|recalls|recalled|argues|argued|insists|insisted|warns|warned|admits|admitted|agrees|agreed|suggests|suggested|claims|claimed|responds|responded|replies|replied|observes|observed|concludes|concluded|comments|commented|testified|testifies|states|stated|acknowledged|acknowledges|emphasized|emphasizes|stressed|stresses|announced|announces|declared|declares|joked|jokes|cautioned|cautions|predicted|predicts|points out|pointed out|went on|goes on|recounted|recounts|described|describes|called|calls|tweeted|posted|urged|urges|begged|begs|pleaded|mused|muses|conceded|concedes|confirmed|confirms|remarked|remarks|quipped|shouted|whispered|exclaimed|boasted|complained|complains|lamented|laments|wondered|wonders';
const VERBS = `(?:${VERB_LIST})`;
// Verbs that put the speaker after them ("…,” says Seitz"); with "told" or "called" what follows is the listener.
const INVERTING = '(?:says|said|adds|added|explains|explained|notes|noted|writes|wrote|asks|asked|continues|continued|recalls|recalled|argues|argued|insists|insisted|warns|warned|admits|admitted|agrees|agreed|suggests|suggested|observes|observed|concludes|concluded|comments|commented|cautions|cautioned|points out|pointed out|recounts|recounted|concedes|conceded|quipped|remarks|remarked)';
const PRONOUN = '(?:he|she|they|He|She|They)';
const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Rev)\.?\s+)`;
const TITLE_AT_START = new RegExp(`^${TITLE}`);
const SURNAME = String.raw`[${UPPER}][${LETTER}'’-]*[${LOWER}][${LETTER}'’-]*`;
const WHO = String.raw`(?:${TITLE}?${NAME_SOURCE}|${TITLE}?${SURNAME}|${PRONOUN})`;
const CREDS = String.raw`(?:,\s*((?:[${UPPER}][${LETTER}.]*[${UPPER}]\.?|Ph\.?D\.?|M\.?D\.?)(?:,\s*(?:[${UPPER}][${LETTER}.]*[${UPPER}]\.?|Ph\.?D\.?))*)(?=[\s.,;]|$))?`;
// ", a senior analyst at Stratfor, the Texas-based firm," — may hold commas of its own.
// It stays inside its sentence: no full stop followed by a capital.
const APPOSITIVE = String.raw`(?:,\s*((?:(?![.!?]\s+[${UPPER}])[^“”"]){3,200}?),?)?`;
const ADVERB = String.raw`(?:\s+(?:also|later|then|further|again|previously|recently|once|[a-z]+ly))?`;

// Role words between verb and name ("says sex therapist Sari Cooper"), never a place or time ("said at a Nov. 6 event").
const ROLE_WORDS = String.raw`((?:(?!(?:at|in|on|to|during|after|before|of|for|from|with|by)\s)[${LOWER}'’-]+\s+){0,6}?)`;
// After the quotation: ", says sex therapist Kristine Seitz, LSW." / ", said Prakash, director of …"
const VERB_THEN_WHO = new RegExp(String.raw`^[\s,]*${INVERTING}\s+${ROLE_WORDS}(${WHO})${CREDS}(?:,\s*([^.;“”"]{3,200}))?`);
// After: "Seitz says." / "Kurinji Selvaraj, a research analyst at …, told CBS News."
const WHO_THEN_VERB = new RegExp(String.raw`^[\s,]*${ROLE_WORDS}(${WHO})${APPOSITIVE}${ADVERB}\s+${VERBS}\b`);
// After: ", according to Dana Whitcombe, a meteorologist …"
const ACCORDING_AFTER = new RegExp(String.raw`^[\s,]*according to\s+${ROLE_WORDS}(${WHO})${CREDS}(?:,\s*([^.;“”"]{3,200}))?`, 'i');
// Anywhere in a sentence. Searching is anchored on the verbs (few) rather than on every
// capitalised word (many): a subject must end right before a verb, an inverted one start after it.
const VERB_ANYWHERE = new RegExp(String.raw`\b${VERBS}\b`, 'g');
const WHO_EXACT = new RegExp(String.raw`^${WHO}$`);
const ADVERB_WORD = /^(?:also|later|then|further|again|previously|recently|once|[a-z]+ly)$/;

/**
 * The name that ends a stretch of text ("… Omar Lamrani" / "… Seitz also"): tried on its
 * last few words, longest first, with an anchored regex — one attempt each, not a scan.
 */
function whoAtEnd(text: string): { who: string; index: number } | null {
  const end = withoutTrailingAdverb(text).length;
  const words = text.slice(Math.max(0, end - 120), end).split(/\s+/).slice(-6);
  for (let k = words.length; k >= 1; k--) {
    const candidate = words.slice(-k).join(' ');
    if (WHO_EXACT.test(candidate)) return { who: candidate, index: Math.max(0, end - candidate.length) };
  }
  return null;
}

const VERB_WHO = new RegExp(String.raw`${INVERTING}\s+${ROLE_WORDS}(${WHO})${CREDS}`, 'y');
const WINDOW = 260;

/** The text without trailing spaces, a trailing comma and a trailing adverb ("Seitz also"). */
function withoutTrailingAdverb(text: string): string {
  let t = text.trimEnd();
  if (t.endsWith(',')) t = t.slice(0, -1).trimEnd();
  const space = t.lastIndexOf(' ');
  if (space >= 0 && ADVERB_WORD.test(t.slice(space + 1))) t = t.slice(0, space).trimEnd();
  return t;
}

/**
 * The subject of a verb at `at`: a name right before it ("Seitz says"), or a name followed
 * by an appositive ("Omar Lamrani, a senior analyst at Stratfor, the firm, told"). For the
 * appositive, the first comma that follows a personal name opens it. Each regex runs on a
 * short stretch of text, so this stays cheap on long paragraphs.
 */
function subjectBefore(text: string, at: number, sentenceFrom: number): { who: string; role: string | null; index: number } | null {
  const from = Math.max(sentenceFrom, at - WINDOW);
  const start = 0;
  const sentence = text.slice(from, at);
  const direct = /,\s*$/.test(sentence) ? null : whoAtEnd(sentence);
  if (direct) return { who: direct.who, role: null, index: from + start + direct.index };
  let fallback: { who: string; role: string | null; index: number } | null = null;
  for (let c = sentence.indexOf(','); c >= 0; c = sentence.indexOf(',', c + 1)) {
    const who = whoAtEnd(sentence.slice(0, c));
    if (!who) continue;
    const role = withoutTrailingAdverb(sentence.slice(c + 1));
    const found = { who: who.who, role: clean(role), index: from + start + who.index };
    if (isPersonName(who.who.replace(TITLE_AT_START, ''))) return found;
    fallback ??= found;
  }
  return fallback;
}
const ACCORDING_TO = new RegExp(String.raw`\baccording to\s+((?:[${LOWER}'’-]+\s+){0,6}?)(${WHO})${CREDS}`, 'gi');

const clean = (s: string | undefined | null) => {
  const t = (s ?? '').trim().replace(/^(?:an?|the)\s+/i, '').replace(/[,\s]+$/, '');
  return t || null;
};
const credentials = (s: string | undefined) => (s ? s.replace(/^([^.]*[^.])\.$/, '$1') : null);

/** Attribution in the words right after a quotation (up to the end of that sentence). */
export function attributionAfter(after: string): Attribution | null {
  const head = after.slice(0, 300);
  let m = VERB_THEN_WHO.exec(head);
  if (m) return { who: m[2], role: clean(m[1]) ?? clean(m[4]), credentials: credentials(m[3]) };
  m = WHO_THEN_VERB.exec(head);
  if (m) return { who: m[2], role: clean(m[1]) ?? clean(m[3]), credentials: null };
  m = ACCORDING_AFTER.exec(head);
  if (m) return { who: m[2], role: clean(m[1]) ?? clean(m[4]), credentials: credentials(m[3]) };
  return null;
}

/** "according to NAME" before a quotation, in its sentence. */
export function accordingTo(before: string): { attr: Attribution; index: number } | null {
  let best: { attr: Attribution; index: number } | null = null;
  for (const m of before.matchAll(ACCORDING_TO)) best = { index: m.index ?? 0, attr: { who: m[2], role: clean(m[1]), credentials: credentials(m[3]) } };
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
  for (const verb of text.matchAll(VERB_ANYWHERE)) {
    const at = verb.index ?? 0;
    let sentenceFrom = 0;
    for (const s of starts) if (s <= at) sentenceFrom = s;
    const subject = subjectBefore(text, at, sentenceFrom);
    if (subject) out.push({ index: subject.index, verb: at, attr: { who: subject.who, role: subject.role, credentials: null } });
    VERB_WHO.lastIndex = at;
    const inverted = VERB_WHO.exec(text);
    if (inverted) out.push({ index: at, verb: at, attr: { who: inverted[2], role: clean(inverted[1]), credentials: credentials(inverted[3]) } });
  }
  return out.sort((a, b) => a.index - b.index);
}

const PRONOUN_EXACT = new RegExp(`^${PRONOUN}$`);

export function isPronoun(who: string): boolean {
  return PRONOUN_EXACT.test(who);
}
