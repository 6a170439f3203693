/**
 * Who said a quotation, read from the words around it: "“…,” says ROLE NAME, CREDS.",
 * "“…,” NAME said.", "“…,” said NAME, ROLE.", "NAME told the committee, “…”",
 * "According to NAME, “…”", "“…” she added." Returns the mention as written; the stage
 * resolves short mentions and pronouns to full names.
 */
import { NAME_SOURCE } from '../../text/names.js';

export interface Attribution {
  /** The mention: a full name, a surname, or a pronoun. */
  who: string;
  role: string | null;
  credentials: string | null;
}

const VERBS =
  'says|said|say|adds|added|explains|explained|notes|noted|tells|told|writes|wrote|asks|asked|continues|continued|recalls|recalled|argues|argued|insists|insisted|warns|warned|admits|admitted|agrees|agreed|suggests|suggested|claims|claimed|responds|responded|replies|replied|observes|observed|concludes|concluded|comments|commented|testified|testifies|stated|states|acknowledged|acknowledges|emphasized|stressed|announced|declared|joked|jokes|cautioned|cautions|predicted|predicts|points out|pointed out|went on|recounted|described|called|tweeted|posted';
const PRONOUN = 'he|she|they|He|She|They';
const TITLE = String.raw`(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Rev)\.?\s+)`;
const SURNAME = String.raw`\p{Lu}[\p{L}'’-]+`;
const WHO = String.raw`(?:${TITLE}?${NAME_SOURCE}|${TITLE}?${SURNAME}|${PRONOUN}|the \p{Ll}+(?: \p{Ll}+)?)`;
const CREDS = String.raw`(?:,\s*((?:\p{Lu}[\p{L}.]*\p{Lu}\.?|Ph\.?D\.?|M\.?D\.?)(?:,\s*(?:\p{Lu}[\p{L}.]*\p{Lu}\.?|Ph\.?D\.?))*)(?=[\s.,;]|$))?`;

// After the quotation: ", says sex therapist Kristine Seitz, LSW." / ", said Prakash, director of …"
const VERB_THEN_WHO = new RegExp(String.raw`^[\s,]*(?:${VERBS})\s+((?:[\p{Ll}\p{N}'’-]+\s+){0,8}?)(${WHO})${CREDS}(?:,\s*(?:an?|the)?\s*([^.;“”"]{3,160}))?`, 'u');
// After: "Seitz says." / "Morrison, a former official, said."
const WHO_THEN_VERB = new RegExp(String.raw`^[\s,]*(${WHO})(?:,\s*(?:an?|the)?\s*([^,“”"]{3,160}),)?\s+(?:${VERBS})\b`, 'u');
// Before the quotation: "Morrison told the Intelligence Committee, " / "He added: "
const WHO_VERB_BEFORE = new RegExp(String.raw`(${WHO})(?:,\s*(?:an?|the)?\s*([^,“”"]{3,160}),)?\s+(?:also\s+|later\s+|then\s+)?(?:${VERBS})\b[^.“”"]{0,80}?[,:]?\s*$`, 'u');
const ACCORDING_TO = new RegExp(String.raw`according to\s+((?:[\p{Ll}'’-]+\s+){0,6}?)(${WHO})${CREDS}[^.“”"]{0,80}?[,:]?\s*$`, 'iu');

const clean = (s: string | undefined | null) => {
  const t = (s ?? '').trim().replace(/^(?:an?|the)\s+/i, '').replace(/[,\s]+$/, '');
  return t || null;
};

/** Attribution in the words right after a quotation (up to the end of that sentence). */
export function attributionAfter(after: string): Attribution | null {
  const head = after.slice(0, 240);
  let m = VERB_THEN_WHO.exec(head);
  if (m) return { who: m[2], role: clean(m[1]) ?? clean(m[4]), credentials: m[3] ?? null };
  m = WHO_THEN_VERB.exec(head);
  if (m) return { who: m[1], role: clean(m[2]), credentials: null };
  return null;
}

/** Attribution in the words right before a quotation (from the start of that sentence). */
export function attributionBefore(before: string): Attribution | null {
  const tail = before.slice(-240);
  let m = ACCORDING_TO.exec(tail);
  if (m) return { who: m[2], role: clean(m[1]), credentials: m[3] ?? null };
  m = WHO_VERB_BEFORE.exec(tail);
  if (m) return { who: m[1], role: clean(m[2]), credentials: null };
  return null;
}

export function isPronoun(who: string): boolean {
  return new RegExp(`^(?:${PRONOUN})$`).test(who);
}
