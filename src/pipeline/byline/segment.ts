/**
 * The parts of a byline line that name people and outlets: a credit after "By" ("A and B,
 * Staff Writer", "A for Outlet", "NAME OUTLET DATE"), a credit without one ("Hannah Okoro,
 * Great Plains Report"), names in scripts without capitals, and curators ("Selected by X").
 * Formulas and role words come from src/lang/<code>/byline.json.
 */
import { PhraseSet, wordsOf } from '../../lang/phrases.js';
import { bylineWords, furniture, phraseSet } from '../../lang/vocabulary.js';
import { isPersonName, splitNameList, withoutLowerTitles } from '../../text/names.js';
import { wordCount } from '../../text/words.js';
import { dateSegment } from './date-segment.js';
import { parseDate } from './date.js';
import type { BylineFacts } from './facts.js';
import { isCaseless, isScriptName, scriptNames } from './script-names.js';
import { ACCOUNT_NAMES, ACCOUNT_WORDS } from '../../readers/vocab/accounts.js';

const CURATOR_LEADS = () => phraseSet('curatorLeads', () => bylineWords('curatorLeads'));
export const ROLE_WORDS = () => phraseSet('roleWords', () => bylineWords('roleWords'));
const AGENTS = () => phraseSet('agentWords', () => bylineWords('agentWords'));
let conjunctions: Set<string> | null = null;
const CONJUNCTIONS = () => (conjunctions ??= new Set(bylineWords('conjunctions')));
export const hasRoleWord = (text: string) => ROLE_WORDS().any(text);
const CREDENTIALS = () => phraseSet('credentials', () => bylineWords('credentials'));
/** Post-nominal letters after a name: "RD", "PhD, RD". */
export const isCredential = (text: string) => text.split(/(?<!\s)\s*,\s*|\s+/).every((t) => CREDENTIALS().whole(t.replace(/\./g, '')));
const TITLE = /^(?:Dr|Prof|Rev|Sir|Dame)\.?\s+/;

/** "JANE DOE" → "Jane Doe", so capitalised bylines read as names (words of two letters or more). */
export function titleCase(text: string): string {
  return text.replace(/\p{Lu}{2,}(?:['’-]\p{Lu}+)*/gu, (w) => w[0] + w.slice(1).toLowerCase().replace(/(['’-])(\p{L})/gu, (_, sep, c) => sep + c.toUpperCase()));
}

/** Names in a credit, titles dropped, capitals normalised. A mixed-case credit with an acronym in it ("… Elementary PTA", "Kestrel Vale FC") is an organisation. */
export function names(text: string): string[] {
  const list = joined(dashJoined(withoutLowerTitles(text.trim())));
  let people = list
    .split(/(?<!\s)\s*(?:[,;&+]|\band\b)\s*/u)
    .filter((part) => !(/\p{Ll}/u.test(part) && /(?:^|\s)\p{Lu}{2,5}(?:\s|$)/u.test(part)));
  // Three names or more are a list only with "and" (or the language's joiner) before the last:
  // "Dana Whitlock, Customer Information, Harbourline Transit" is a name, a desk and an outlet.
  if (people.length >= 3 && !/[;&+]|\band\b/u.test(list) && list === text) people = people.slice(0, 1);
  return splitNameList(titleCase(people.join(', ')).replace(TITLE, ''));
}

/** "Departamento de Comunicación", "Comunicação Interna": a desk or an office, whatever its capitals say. */
export const isDesk = (name: string): boolean => wordsOf(name).tokens.some((w) => ACCOUNT_WORDS.has(w));

/** "Zeynep Aksoy - Burak Çelebi", "Lê Minh Châu – Đỗ Quang Vinh": a spaced dash between whole names lists them. */
function dashJoined(text: string): string {
  const parts = text.split(/(?<!\s)\s+[-–—]\s+/u);
  if (parts.length < 2 || !parts.every((p) => p.trim().split(/\s+/u).length >= 2 && isPersonName(titleCase(p.trim())))) return text;
  return parts.map((p) => p.trim()).join(', ');
}

let joiners: PhraseSet | null = null;
/**
 * "María López y Juan Pérez", "Katrin Ober und Jens Maier": the word that joins two names in
 * the credit's language ("nameJoiners" in byline.json) as a comma, when both sides are names
 * ("José Ortega y Gasset" stays one).
 */
function joined(text: string): string {
  joiners ??= new PhraseSet(bylineWords('nameJoiners'));
  const words = wordsOf(text);
  const at = words.tokens.findIndex((_, i) => i > 0 && joiners!.startAt(words, i) === 1);
  if (at < 0) return text;
  const [left, right] = [text.slice(0, words.starts[at]).trim(), text.slice(words.ends[at]).trim()];
  const last = left.split(',').pop()?.trim() ?? '';
  return isPersonName(titleCase(last).replace(TITLE, '')) && (isPersonName(titleCase(right)) || /,/.test(right)) ? `${left}, ${joined(right)}` : text;
}

/** Names and nothing else: "Felix Amadi and Rosa Tarrant", not "Rosa Tarrant on 14 February Filed in: Home". */
export function onlyNames(part: string): boolean {
  const found = names(part);
  return found.length > 0 && found.join(' ').length >= titleCase(joined(part)).replace(TITLE, '').split(/\band\b|[&,]/).map((w) => w.trim()).filter(Boolean).join(' ').length - 2;
}

// A quoted sentence ("“Concrete is real protection.”", a short pull quote before its dash
// credit): an outlet's name may stand in quotation marks, but never ends a sentence in them.
const QUOTED_SENTENCE = /^["“„«‘'][^"“”„«»]*[.!?…,]["”“»’']$/u;

// Several words in lower case ("segretaria provinciale", "портпарол суда", "service des publics"): a post or a desk, in a
// script with capitals; an outlet's name has one.
const LOWER_CASE_PHRASE = /^\p{Ll}[\p{Ll}\p{M}'’-]*(?:\s+[\p{Ll}\p{M}'’-]+)+$/u;
/** A part of a credit in lower case ("kommunikasjonsrådgiver", "segretaria provinciale"): the author's post. */
const isLowerCasePost = (part: string) => /^\p{Ll}[\p{L}\p{M}-]*$/u.test(part.trim()) || LOWER_CASE_PHRASE.test(part.trim());

/** Something that names an outlet: short, no sentence, no digits, no job title, not a phrase in lower case. */
/** "PAGE 3", "Seite 12", "pág. 4": where a running head says the page is. */
export function isPageMark(text: string): boolean {
  const page = /^(\p{L}{1,10})\.?\s*\d{1,4}$/u.exec(text.trim());
  return page !== null && PAGE_WORDS().whole(page[1]);
}

export function looksLikeOutlet(segment: string): boolean {
  const t = segment.trim();
  // Five words or more in capitals are a notice ("NÃO ENCAMINHAR PARA FORA DA EMPRESA"), not a name; "PAGE 3" is a page.
  const shouted = wordCount(t) >= 5 && !/\p{Ll}/u.test(t);
  if (isPageMark(t)) return false;
  return t.length > 0 && !shouted && !LOWER_CASE_PHRASE.test(t) && !QUOTED_SENTENCE.test(t) && wordCount(t) <= 6 && !/[.!?]\s/.test(t) && !/\d{3,}|\d\D+\d/.test(t) && !/^(?:by|and)\b/i.test(t) && !hasRoleWord(t) && !isCredential(t);
}

let dateConnectors: PhraseSet | null = null;
/** "Μαρίνα Λυκουρέζου στις" before "3 Νοεμβρίου 2026": the word that joins the name to its date is no part of the name. */
function withoutTrailingConnector(text: string): string {
  dateConnectors ??= new PhraseSet(bylineWords('dateConnectors'));
  const words = wordsOf(text);
  for (let i = Math.max(1, words.tokens.length - 2); i < words.tokens.length; i++) {
    if (words.starts[i] > 0 && dateConnectors.startAt(words, i) === words.tokens.length - i) return text.slice(0, words.starts[i]).trimEnd();
  }
  return text;
}

/** "A and B, Staff Writer on DATE" / "A for The Guardian" / "A, Associated Press" → facts. */
export function authorSegment(segment: string, facts: BylineFacts): boolean {
  let text = withoutLeadingRoles(segment.trim());
  const on = /(?<!\s)\s+(?:on|at)\s+(\S.*)$/i.exec(text);
  const date = on ? dateSegment(on[1]) : null;
  if (on && date) {
    facts.published ??= date.iso;
    text = text.slice(0, on.index);
  }
  // "NAME OUTLET 2025-03-05 08:00": a date closing the credit, with no connector before it.
  const tail = parseDate(text);
  const tailDate = tail && tail.index > 0 ? dateSegment(text.slice(tail.index)) : null;
  if (tail && tailDate) {
    facts.published ??= tailDate.iso;
    text = withoutTrailingConnector(text.slice(0, tail.index).trimEnd().replace(/[,;|·–—-]$/u, '').trimEnd());
  }
  // "Posted by A at 9:14 PM": a time without a date says when it was posted, not published.
  const at = /(?<!\s)\s+at\s+(\d{1,2}):(\d{2})(?:\s*([ap])\.?m\.?)?$/i.exec(text);
  if (at) {
    const hour = (Number(at[1]) % 12) + (at[3]?.toLowerCase() === 'p' ? 12 : 0);
    if (Number(at[1]) <= 23) facts.postedAt = `${String(at[3] ? hour : Number(at[1])).padStart(2, '0')}:${at[2]}`;
    text = text.slice(0, at.index);
  }
  const outletFor = /(?<!\s)\s+for\s+(\S.*)$/i.exec(text);
  if (outletFor && looksLikeOutlet(outletFor[1])) {
    facts.publication ??= outletFor[1].trim();
    text = text.slice(0, outletFor.index);
  }
  // "JANE DOE and JOHN ROE Associated Press": capitals for names, then the outlet.
  const capsThenOutlet = /^((?:[\p{Lu}.'’-]+\s+|and\s+|,\s*)+[\p{Lu}.'’-]+)\s+(\p{Lu}\p{Ll}.*)$/u.exec(text);
  if (capsThenOutlet && looksLikeOutlet(capsThenOutlet[2]) && names(capsThenOutlet[1]).length) {
    facts.publication ??= capsThenOutlet[2].trim();
    text = capsThenOutlet[1];
  }
  if (isCaseless(text)) return scriptCredit(text, facts);
  const found = names(text);
  // "Posted by hollyhock_terrace": after a credit formula, a user name stands for the author.
  if (found.length === 0 && isHandle(text)) found.push(text.trim());
  if (found.length === 0) return false;
  // What is left after the names must be roles or an outlet, not more words.
  const parts = text.split(/(?<!\s)\s*,\s*/).slice(1);
  for (const [k, part] of parts.entries()) {
    // "Clerk to Cottisford Vale Parish Council": the author's post, and the body they serve, which published it.
    const body = roleAtOrganisation(part);
    if (body) facts.publication ??= body;
    // A capitalised part that is no author named is a desk or, last, the outlet.
    const named = found.some((n) => n.toLowerCase() === titleCase(part).replace(TITLE, '').trim().toLowerCase());
    if (!named && k === parts.length - 1 && k > 0 && onlyNames(part) && looksLikeOutlet(part)) facts.publication ??= part.trim();
    // A part in lower case is a post ("kommunikasjonsrådgiver"), never the outlet.
    if (onlyNames(part) || hasRoleWord(part) || isCredential(part) || isLowerCasePost(part)) continue;
    // "Autor: Jan Kowalski, 5 marca 2025": the date after the name.
    const date = dateSegment(part);
    if (date) facts.published ??= date.iso;
    else if (looksLikeOutlet(part)) facts.publication ??= withoutOrgLink(part.trim());
    else return false;
  }
  facts.authors.push(...found);
  return true;
}

let orgLinks: PhraseSet | null = null;
const MEDIA_CREDIT = () => phraseSet('mediaCredit', () => furniture('mediaCredit'));
const PAGE_WORDS = () => phraseSet('pageWords', () => bylineWords('pageWords'));
// Furniture labels that read like a name in capitals: never a credit.
const LABELS = () => phraseSet('labels', () => [...furniture('promoLabels'), ...furniture('readMore'), ...furniture('navLabels'), ...furniture('adLabels'), ...furniture('shareWords')]);

/** "Clerk to X Parish Council", "Secretary of the Y Society": the organisation after a post, when it names itself one. */
function roleAtOrganisation(part: string): string | null {
  orgLinks ??= new PhraseSet(bylineWords('orgLinks'));
  const words = wordsOf(part);
  for (let i = 1; i < Math.min(words.tokens.length - 1, 4); i++) {
    const n = orgLinks.startAt(words, i);
    if (!n || !hasRoleWord(part.slice(0, words.starts[i]))) continue;
    const org = part.slice(words.starts[i + n]).replace(/^the\s+/i, '').trim();
    const orgWords = wordsOf(org).tokens;
    return /^\p{Lu}/u.test(org) && looksLikeOutlet(org) && orgWords.some((w) => ACCOUNT_WORDS.has(w)) ? org : null;
  }
  return null;
}

/** "do Portal Arena Sul", "of the Island Times" after an author: the outlet, without the word that links the author to it. */
export function withoutOrgLink(segment: string): string {
  const words = wordsOf(segment);
  const n = (orgLinks ??= new PhraseSet(bylineWords('orgLinks'))).start(segment);
  if (!n || n >= words.tokens.length) return segment;
  // An article after the link ("of the …", "de la …"): a short word in lower case before the capitalised name.
  const rest = segment.slice(words.starts[n]).replace(/^\p{Ll}{1,3}\s+(?=\p{Lu})/u, '');
  return /^\p{Lu}/u.test(rest) && looksLikeOutlet(rest) ? rest : segment;
}

/** "Assessoria de Imprensa do Grêmio Recreativo Vila Serrana": a desk of an organisation, and the organisation. */
export function deskOrganisation(segment: string): string | null {
  if (!isDesk(segment)) return null;
  orgLinks ??= new PhraseSet(bylineWords('orgLinks'));
  const words = wordsOf(segment);
  for (let i = 1; i < words.tokens.length - 1; i++) {
    const n = orgLinks.startAt(words, i);
    if (!n) continue;
    const org = segment.slice(words.starts[i + n]).replace(/^\p{Ll}{1,3}\s+(?=\p{Lu})/u, '').trim();
    // "Assessoria de Imprensa do …": the link after which only capitalised words follow (the name itself).
    if (/^\p{Lu}/u.test(org) && !/\s\p{Ll}/u.test(org) && !isDesk(org) && looksLikeOutlet(org)) return org;
  }
  return null;
}

/** A site account's user name: one word with an underscore, a dot or a digit in it, or all in lower case. */
function isHandle(text: string): boolean {
  const t = text.trim();
  // "admin", "editor", "newsroom": the site's own account, no person.
  if (ACCOUNT_NAMES.has(t.toLowerCase()) || ACCOUNT_WORDS.has(t.toLowerCase())) return false;
  return /^[\p{L}\p{N}][\p{L}\p{N}_.-]{2,29}$/u.test(t) && /\p{L}/u.test(t) && (/[_\d.]/u.test(t) || !/\p{Lu}/u.test(t));
}

/** Roles before the name: "Af sognepræst Karen Thisted", "By staff writer Jo Rowe". */
function withoutLeadingRoles(text: string): string {
  let rest = text;
  for (let m = /^(\p{Ll}[\p{L}\p{M}-]*)\s+(?=\S)/u.exec(rest); m && ROLE_WORDS().whole(m[1]); m = /^(\p{Ll}[\p{L}\p{M}-]*)\s+(?=\S)/u.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}

/** A credit in a caseless script: "נועה בן שושן", "林晓雯 城事观察" (the name, then the outlet). */
function scriptCredit(text: string, facts: BylineFacts): boolean {
  // "अनीता वर्मा, सूचना अधिकारी, जनसंपर्क विभाग, मध्य प्रदेश": the name, the post, then the body it serves.
  const [head, ...tail] = text.split(/[,،]/u).map((p) => p.trim());
  if (tail.length >= 2 && isScriptName(head) && hasRoleWord(tail[0])) {
    facts.authors.push(head);
    if (tail.length > 1) facts.publication ??= tail.slice(1).join(', ');
    return true;
  }
  const found = scriptNames(text, CONJUNCTIONS());
  if (found.length) {
    facts.authors.push(...found);
    return true;
  }
  const [first, ...rest] = text.split(/\s+/u);
  // "이준호 기자" after "출연": the name, then the role.
  if (isScriptName(first) && rest.length && ROLE_WORDS().whole(rest.join(' '))) {
    facts.authors.push(first);
    return true;
  }
  if (!isScriptName(first) || !rest.length || !looksLikeOutlet(rest.join(' '))) return false;
  facts.authors.push(first);
  facts.publication ??= rest.join(' ');
  return true;
}

/** "Utvald av Jonna Ek", "Selected by X", "submitted 3 hours ago by X to r/Y": who picked the item. */
export function curatorOf(text: string): string | null {
  const words = wordsOf(text);
  const lead = CURATOR_LEADS().startAt(words, 0);
  if (!lead) return null;
  // The agent word ("by", "av", "por") ends the lead or follows it within a few words.
  let at = AGENTS().whole(words.tokens[lead - 1]) ? lead : -1;
  for (let i = lead; at < 0 && i < Math.min(words.tokens.length, lead + 6); i++) if (AGENTS().startAt(words, i)) at = i + 1;
  // Or a colon: "संकलन: रचना मिश्रा", "Compiled: Ana Ruiz", with a name after it.
  if (at < 0 && lead < words.tokens.length && /^\s*:/u.test(text.slice(words.ends[lead - 1]))) {
    const name = text.slice(words.starts[lead]).trim();
    return isPersonName(titleCase(name)) || isScriptName(name) ? name : null;
  }
  if (at < 0 || at >= words.tokens.length) return null;
  // "… by kettlecorn_kid to r/Health": the name, not where it went.
  const name = text.slice(words.starts[at]).replace(/(?<!\s)\s+(?:to|in|into|on)\s+\S.*$/i, '').trim();
  return wordCount(name) <= 6 ? name : null;
}

/**
 * A credit without "By": "Hannah Okoro", "Lucia Ferreira, Great Plains Report", "Nadia
 * Brennan Science correspondent". Only names, roles and an outlet may be in it.
 */
export function bareCredit(segment: string, facts: BylineFacts): boolean {
  const [original, ...rest] = segment.split(/(?<!\s)\s*,\s*/);
  // "Foto di Marco Ferri", "Photo: …": a picture's credit names no author; "Berita Lainnya", "Read More" are labels.
  if (MEDIA_CREDIT().start(original) > 0 || LABELS().whole(segment.trim())) return false;
  const first = titleCase(original).replace(TITLE, '');
  let found = names(original);
  if (!found.length || found.join(' and ').length < first.length - 4) {
    // "Nadia Brennan Science correspondent": a name, then a job.
    const tokens = first.split(/\s+/);
    const lead = [2, 3].map((k) => tokens.slice(0, k).join(' ')).find((n, k) => tokens.length > k + 2 && isPersonName(n) && hasRoleWord(first.slice(n.length)));
    // "Päivystävä meteorologi Jani Kettunen": a job in lower case after its first word, then the name.
    const job = /^\p{Lu}\p{Ll}+(?:\s+\p{Ll}[\p{L}\p{M}-]*){1,3}\s+(\p{Lu}\S+\s+\p{Lu}\S+)$/u.exec(original.trim());
    if (lead && wordCount(first.slice(lead.length)) <= 4) found = [lead];
    else if (job && isPersonName(job[1])) found = [job[1]];
    else return false;
  }
  // After a name with its job, what follows is where the job is: the outlet, not more names.
  const jobbed = found.length === 1 && !first.startsWith(found[0]);
  for (const part of rest) {
    if (hasRoleWord(part) || isCredential(part) || isLowerCasePost(part)) continue;
    if (jobbed && looksLikeOutlet(part)) {
      facts.publication ??= part.trim();
      continue;
    }
    // "Jane Doe, John Roe and Ann Poe": more names.
    if (onlyNames(part)) found = [...found, ...names(part)];
    else if (looksLikeOutlet(part) && !isPersonName(part)) facts.publication ??= part;
    else return false;
  }
  facts.authors.push(...found);
  return true;
}
