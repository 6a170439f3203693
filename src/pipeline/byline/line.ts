/**
 * Reading one byline line. A byline line holds nothing but credits and dates, in one of
 * the shapes feeds use: "By A and B", "By A, Staff Writer", "By A for Outlet", "Written by
 * A", "Posted by A on DATE", "Author A | Publication", "A | Publication | DATE",
 * "A · 4 min read", a bare date, "DATE by CURATOR" (feed digests), "Selected by CURATOR",
 * "… via Outlet". A line with anything else in it (a sentence, a headline that mentions a
 * date) is not a byline line.
 */
import { wordsOf } from '../../lang/phrases.js';
import { bylineWords, phraseSet } from '../../lang/vocabulary.js';
import { isPersonName, splitNameList } from '../../text/names.js';
import { wordCount } from '../../text/words.js';
import { dateSegment, isReadingTime, labelledTime, relativeDate } from './date-segment.js';
import { afterLead } from './leads.js';
import { parseDate } from './date.js';
import { isCaseless, isScriptName, scriptNames } from './script-names.js';

export interface BylineFacts {
  authors: string[];
  publication: string | null;
  curator: string | null;
  published: string | null;
  /** An app or service the item passed through ("… via Pocket"): the outlet only if nothing better names one. */
  via?: string;
  /** The line is only a name (and maybe a role or outlet), with no "By": a byline only near the headline. */
  bare?: boolean;
  /** "Posted by X": who put it on the page, the author unless another line names one. */
  poster?: boolean;
  /** A credit formula ("By", "Autor:", "מאת") introduced the authors. */
  led?: boolean;
}

const empty = (): BylineFacts => ({ authors: [], publication: null, curator: null, published: null });

// Closed formulas of bylines in every language with a vocabulary file (src/lang/<code>/byline.json).
const AUTHOR_LEADS = () => phraseSet('authorLeads', () => bylineWords('authorLeads'));
const CURATOR_LEADS = () => phraseSet('curatorLeads', () => bylineWords('curatorLeads'));
const PUBLICATION_LEADS = () => phraseSet('publicationLeads', () => bylineWords('publicationLeads'));
const ROLE_WORDS = () => phraseSet('roleWords', () => bylineWords('roleWords'));
const POSTER_LEADS = () => phraseSet('posterLeads', () => bylineWords('posterLeads'));
const AGENTS = () => phraseSet('agentWords', () => bylineWords('agentWords'));
let conjunctions: Set<string> | null = null;
const CONJUNCTIONS = () => (conjunctions ??= new Set(bylineWords('conjunctions')));

const hasRoleWord = (text: string) => ROLE_WORDS().any(text);
const CREDENTIALS = () => phraseSet('credentials', () => bylineWords('credentials'));
/** Post-nominal letters after a name: "RD", "PhD, RD". */
const isCredential = (text: string) => text.split(/(?<!\s)\s*,\s*|\s+/).every((t) => CREDENTIALS().whole(t.replace(/\./g, '')));
// "Carmen Ortiz flipped this into Morning Reads", "Priya shared this on Pocket": a person passing it on.
const PASSED_ON = /^(.{2,40}?)\s+(?:flipped|shared|saved|clipped|pinned|posted|curated|added|recommended) this\b/i;
const OTHER_CREDIT = /^(?:photos?|images?|illustrations?|graphics?|videos?|editing|edited|design|additional reporting|fact[- ]check(?:ed|ing)?) by\b/i;
const VIA = /^via\s+(.{2,60})$/i;
const TIME_LEAD = /^\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,4}\b)?/;
const SEPARATOR = /(?<!\s)\s+(?:[|·•‧]\s+|[—–]\s+(?=\S))/u;
const TITLE = /^(?:Dr|Prof|Rev|Sir|Dame)\.?\s+/;

/** "JANE DOE" → "Jane Doe", so capitalised bylines read as names (words of two letters or more). */
function titleCase(text: string): string {
  return text.replace(/\p{Lu}{2,}(?:['’-]\p{Lu}+)*/gu, (w) => w[0] + w.slice(1).toLowerCase().replace(/(['’-])(\p{L})/gu, (_, sep, c) => sep + c.toUpperCase()));
}

/** Names in a credit, titles dropped, capitals normalised. A mixed-case credit with an acronym in it ("… Elementary PTA", "Kestrel Vale FC") is an organisation. */
function names(text: string): string[] {
  const people = text
    .split(/(?<!\s)\s*(?:[,;&+]|\band\b)\s*/u)
    .filter((part) => !(/\p{Ll}/u.test(part) && /(?:^|\s)\p{Lu}{2,5}(?:\s|$)/u.test(part)));
  return splitNameList(titleCase(people.join(', ')).replace(TITLE, ''));
}

/** Something that names an outlet: short, no sentence, no digits, no job title. */
function looksLikeOutlet(segment: string): boolean {
  const t = segment.trim();
  return t.length > 0 && wordCount(t) <= 6 && !/[.!?]\s/.test(t) && !/\d{3,}|\d\D+\d/.test(t) && !/^(?:by|and)\b/i.test(t) && !hasRoleWord(t) && !isCredential(t);
}

/** "A and B, Staff Writer on DATE" / "A for The Guardian" / "A, Associated Press" → facts. */
function authorSegment(segment: string, facts: BylineFacts): boolean {
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
    text = text.slice(0, tail.index).trim();
  }
  // "Posted by A at 9:14 PM": a time without a date says when it was posted, not published.
  text = text.replace(/(?<!\s)\s+at\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$/i, '');
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
  if (found.length === 0) return false;
  // What is left after the names must be roles or an outlet, not more words.
  for (const part of text.split(/(?<!\s)\s*,\s*/).slice(1)) {
    if (names(part).length || hasRoleWord(part) || isCredential(part)) continue;
    if (looksLikeOutlet(part)) facts.publication ??= part.trim();
    else return false;
  }
  facts.authors.push(...found);
  return true;
}

/** Roles before the name: "Af sognepræst Karen Thisted", "By staff writer Jo Rowe". */
function withoutLeadingRoles(text: string): string {
  let rest = text;
  for (let m = /^(\p{Ll}[\p{L}\p{M}-]*)\s+(?=\S)/u.exec(rest); m && ROLE_WORDS().whole(m[1]); m = /^(\p{Ll}[\p{L}\p{M}-]*)\s+(?=\S)/u.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}

/** A credit in a caseless script: "נועה בן שושן", "林晓雯 城事观察" (the name, then the outlet). */
function scriptCredit(text: string, facts: BylineFacts): boolean {
  const found = scriptNames(text, CONJUNCTIONS());
  if (found.length) {
    facts.authors.push(...found);
    return true;
  }
  const [first, ...rest] = text.split(/\s+/u);
  if (!isScriptName(first) || !rest.length || !looksLikeOutlet(rest.join(' '))) return false;
  facts.authors.push(first);
  facts.publication ??= rest.join(' ');
  return true;
}

/** "Utvald av Jonna Ek", "Selected by X", "submitted 3 hours ago by X to r/Y": who picked the item. */
function curatorOf(text: string): string | null {
  const words = wordsOf(text);
  const lead = CURATOR_LEADS().startAt(words, 0);
  if (!lead) return null;
  // The agent word ("by", "av", "por") ends the lead or follows it within a few words.
  let at = AGENTS().whole(words.tokens[lead - 1]) ? lead : -1;
  for (let i = lead; at < 0 && i < Math.min(words.tokens.length, lead + 6); i++) if (AGENTS().startAt(words, i)) at = i + 1;
  if (at < 0 || at >= words.tokens.length) return null;
  // "… by kettlecorn_kid to r/Health": the name, not where it went.
  const name = text.slice(words.starts[at]).replace(/(?<!\s)\s+(?:to|in|into|on)\s+\S.*$/i, '').trim();
  return wordCount(name) <= 6 ? name : null;
}

/**
 * A credit without "By": "Hannah Okoro", "Lucia Ferreira, Great Plains Report", "Nadia
 * Brennan Science correspondent". Only names, roles and an outlet may be in it.
 */
function bareCredit(segment: string, facts: BylineFacts): boolean {
  const [original, ...rest] = segment.split(/(?<!\s)\s*,\s*/);
  const first = titleCase(original).replace(TITLE, '');
  let found = names(original);
  if (!found.length || found.join(' and ').length < first.length - 4) {
    // "Nadia Brennan Science correspondent": a name, then a job.
    const tokens = first.split(/\s+/);
    const lead = [2, 3].map((k) => tokens.slice(0, k).join(' ')).find((n, k) => tokens.length > k + 2 && isPersonName(n) && hasRoleWord(first.slice(n.length)));
    if (!lead || wordCount(first.slice(lead.length)) > 4) return false;
    found = [lead];
  }
  for (const part of rest) {
    if (hasRoleWord(part) || isCredential(part)) continue;
    if (looksLikeOutlet(part) && !isPersonName(part)) facts.publication ??= part;
    else return false;
  }
  facts.authors.push(...found);
  return true;
}

/** «Северный вестник», „Kurier“: an outlet's name without its quotation marks. */
export function unquote(name: string): string {
  return name.replace(/^[«„“"'‘»]+\s*|(?<![\s»“”"'’«])\s*[»“”"'’«]+$/gu, '');
}

/** Parse a line as a byline line; null when it is anything else. */
export function parseBylineLine(line: string): BylineFacts | null {
  // Handles and addresses after a name say nothing more: "Ingrid Berg (@ib@coast.social)", "정다은 기자 daeun@…".
  const text = line.replace(/\s+/g, ' ').replace(/\s\(@[^\s()]+\)|\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu, '').trim();
  if (!text || wordCount(text) > 25) return null;
  const facts = empty();

  const curator = curatorOf(text);
  if (curator) {
    facts.curator = curator;
    return facts;
  }
  // "(佐藤美咲)", "(Jane Doe)": a name alone in brackets, signing the story.
  const signed = /^[(（]([^()（）]{2,40})[)）]$/u.exec(text);
  if (signed && (isScriptName(signed[1]) || isPersonName(signed[1]))) {
    facts.authors.push(signed[1]);
    return facts;
  }
  // "Dana Whitfield  9:14 AM": who posted it in a chat or forum, and when (no date: not the published date).
  const poster = /^(.{3,40}?)\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?$/.exec(text);
  if (poster && isPersonName(titleCase(poster[1]))) {
    facts.curator = poster[1];
    return facts;
  }
  // "Head of Operations at Marlow Freight Partners": the author's job, under their name.
  const job = /^(.{2,50}?)\s+(?:at|@)\s+\p{Lu}.{1,50}$/u.exec(text);
  if (job && hasRoleWord(job[1]) && !/[.!?]$/.test(text) && wordCount(text) <= 10) {
    facts.bare = true;
    return facts;
  }
  // "Feed: Kestrel Security Review" in exports: the outlet, labelled.
  const outlet = afterLead(PUBLICATION_LEADS(), text);
  if (outlet && outlet.length <= 60 && looksLikeOutlet(outlet) && !isPersonName(outlet)) {
    facts.publication = unquote(outlet.trim());
    return facts;
  }
  const passed = PASSED_ON.exec(text);
  if (passed && isPersonName(titleCase(passed[1]))) {
    facts.curator = passed[1];
    return facts;
  }

  const segments = text.split(SEPARATOR).map((s) => s.trim());
  let sawCredit = false;
  let lastDate: string | null = null;
  for (const segment of segments) {
    const lead = afterLead(AUTHOR_LEADS(), segment);
    if (lead) {
      if (!authorSegment(lead, facts)) return null;
      if (POSTER_LEADS().start(segment)) facts.poster = true;
      facts.led = true;
      sawCredit = true;
      continue;
    }
    const curator = curatorOf(segment);
    if (curator) {
      facts.curator ??= curator;
      sawCredit = true;
      continue;
    }
    // "정다은 기자": a name in a caseless script, then the role.
    const role = /^(\S+(?:\s\S+){0,3}?)\s+(\S+)$/u.exec(segment);
    if (role && isScriptName(role[1]) && ROLE_WORDS().whole(role[2])) {
      facts.authors.push(role[1]);
      sawCredit = true;
      continue;
    }
    const date = dateSegment(segment);
    if (date) {
      facts.published ??= date.iso;
      lastDate = segment;
      // "DATE by X": a digest's curator; "Posted on DATE by X": the author, if X is a person.
      if (date.by && date.labelled) {
        // "Published 21 February 2025 by Ashcombe & Lyle Funeral Directors": a person wrote it, anyone else published it.
        if (isPersonName(titleCase(date.by))) facts.authors.push(titleCase(date.by));
        else if (/^\p{Lu}/u.test(date.by) && looksLikeOutlet(date.by)) facts.publication ??= date.by;
      } else if (date.by) facts.curator ??= date.by;
      if (date.on && looksLikeOutlet(date.on)) facts.publication ??= date.on;
      sawCredit = true;
      continue;
    }
    // "Nov 21, 2019 · 9:05am via Pocket": a time that belongs to the date before it.
    const time = lastDate ? TIME_LEAD.exec(segment) : null;
    if (time && lastDate) {
      const combined = dateSegment(`${lastDate} ${time[0]}`);
      if (combined && facts.published === dateSegment(lastDate)?.iso) facts.published = combined.iso;
      const rest = segment.slice(time[0].length).trim();
      const via = VIA.exec(rest);
      if (via) facts.via ??= via[1];
      else if (rest) return null;
      continue;
    }
    const via = VIA.exec(segment);
    if (via && looksLikeOutlet(via[1])) {
      facts.via ??= via[1];
      continue;
    }
    if (isReadingTime(segment) || OTHER_CREDIT.test(segment) || labelledTime(segment)) continue;
    // "Updated: 2 hours ago", "Aktualisiert vor 3 Stunden": a date line whose date is relative (no published date).
    if (relativeDate(segment)) {
      sawCredit = true;
      continue;
    }
    // Without a "By": a name (maybe with a role or an outlet after a comma).
    if (facts.authors.length === 0 && bareCredit(segment, facts)) {
      sawCredit = true;
      if (segments.length === 1) facts.bare = true;
      continue;
    }
    // After the author, the next credit is the outlet even when it reads like a name ("Mesa y Mercado").
    if (segments.length > 1 && facts.publication === null && looksLikeOutlet(segment) && (facts.authors.length > 0 || !isPersonName(titleCase(segment)))) {
      facts.publication = segment;
      continue;
    }
    return null;
  }
  return sawCredit ? facts : null;
}
