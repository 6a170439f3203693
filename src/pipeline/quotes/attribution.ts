/**
 * Who said a quotation, read from the words around it in the same sentence:
 * "“…,” says ROLE NAME, CREDS.", "“…,” NAME said.", "“…,” said NAME, ROLE.",
 * "NAME, ROLE, told the committee, “…”", "According to NAME, “…”", "This system, says
 * NAME, is “…”", "He describes it as “…”". Returns the mention as written; the stage
 * resolves surnames and pronouns to full names.
 */
import { NAME_SOURCE } from '../../text/names.js';

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
const SURNAME = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*`;
const WHO = String.raw`(?:${TITLE}?${NAME_SOURCE}|${TITLE}?${SURNAME}|${PRONOUN})`;
const CREDS = String.raw`(?:,\s*((?:\p{Lu}[\p{L}.]*\p{Lu}\.?|Ph\.?D\.?|M\.?D\.?)(?:,\s*(?:\p{Lu}[\p{L}.]*\p{Lu}\.?|Ph\.?D\.?))*)(?=[\s.,;]|$))?`;
// ", a senior analyst at Stratfor, the Texas-based firm," — may hold commas of its own.
// It stays inside its sentence: no full stop followed by a capital.
const APPOSITIVE = String.raw`(?:,\s*((?:(?![.!?]\s+\p{Lu})[^“”"]){3,200}?),?)?`;
const ADVERB = String.raw`(?:\s+(?:also|later|then|further|again|previously|recently|once|\p{Ll}+ly))?`;

// Role words between verb and name ("says sex therapist Sari Cooper"), never a place or time ("said at a Nov. 6 event").
const ROLE_WORDS = String.raw`((?:(?!(?:at|in|on|to|during|after|before|of|for|from|with|by)\s)[\p{Ll}'’-]+\s+){0,6}?)`;
// After the quotation: ", says sex therapist Kristine Seitz, LSW." / ", said Prakash, director of …"
const VERB_THEN_WHO = new RegExp(String.raw`^[\s,]*${INVERTING}\s+${ROLE_WORDS}(${WHO})${CREDS}(?:,\s*([^.;“”"]{3,200}))?`, 'u');
// After: "Seitz says." / "Kurinji Selvaraj, a research analyst at …, told CBS News."
const WHO_THEN_VERB = new RegExp(String.raw`^[\s,]*(${WHO})${APPOSITIVE}${ADVERB}\s+${VERBS}\b`, 'u');
// Before the quotation, anywhere in its sentence.
const WHO_VERB = new RegExp(String.raw`(${WHO})${APPOSITIVE}${ADVERB}\s+${VERBS}\b`, 'gu');
const VERB_WHO = new RegExp(String.raw`\b${INVERTING}\s+${ROLE_WORDS}(${WHO})${CREDS}`, 'gu');
const ACCORDING_TO = new RegExp(String.raw`\baccording to\s+((?:[\p{Ll}'’-]+\s+){0,6}?)(${WHO})${CREDS}`, 'giu');

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
  if (m) return { who: m[1], role: clean(m[2]), credentials: null };
  return null;
}

/** Attribution in the words before a quotation, from the start of its sentence: the nearest one wins. */
export function attributionBefore(before: string): Attribution | null {
  let best: { end: number; attr: Attribution } | null = null;
  const consider = (end: number, attr: Attribution) => {
    if (!best || end >= best.end) best = { end, attr };
  };
  for (const m of before.matchAll(WHO_VERB)) consider((m.index ?? 0) + m[0].length, { who: m[1], role: clean(m[2]), credentials: null });
  for (const re of [VERB_WHO, ACCORDING_TO]) {
    for (const m of before.matchAll(re)) consider((m.index ?? 0) + m[0].length, { who: m[2], role: clean(m[1]), credentials: credentials(m[3]) });
  }
  return (best as { attr: Attribution } | null)?.attr ?? null;
}

/** Reported speech anywhere in a text ("Herbert said", "says Locksley"), with offsets. */
export function speechIn(text: string): { attr: Attribution; index: number }[] {
  const out: { attr: Attribution; index: number }[] = [];
  for (const m of text.matchAll(WHO_VERB)) out.push({ index: m.index ?? 0, attr: { who: m[1], role: clean(m[2]), credentials: null } });
  for (const m of text.matchAll(VERB_WHO)) out.push({ index: m.index ?? 0, attr: { who: m[2], role: clean(m[1]), credentials: credentials(m[3]) } });
  return out.sort((a, b) => a.index - b.index);
}

export function isPronoun(who: string): boolean {
  return new RegExp(`^${PRONOUN}$`).test(who);
}
