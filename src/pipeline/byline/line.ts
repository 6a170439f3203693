/**
 * Reading one byline line. A byline line holds nothing but credits and dates, in one of
 * the shapes feeds use: "By A and B", "By A, Staff Writer", "By A for Outlet", "Written by
 * A", "Posted by A on DATE", "Author A | Publication", "A | Publication | DATE",
 * "A · 4 min read", a bare date, "DATE by CURATOR" (feed digests), "Selected by CURATOR",
 * "… via Outlet". A line with anything else in it (a sentence, a headline that mentions a
 * date) is not a byline line.
 */
import { bylineWords, ownAuthorLeads, phraseSet } from '../../lang/vocabulary.js';
import { isPersonName } from '../../text/names.js';
import { isOutletName } from '../../text/outlets.js';
import { wordCount } from '../../text/words.js';
import { dateSegment, isReadingTime, labelledTime, relativeDate, withoutOtherCalendars } from './date-segment.js';
import { asciiDigits, dateLanguage } from './date.js';
import { empty, type BylineFacts } from './facts.js';
import { afterLead } from './leads.js';
import { articleLanguage } from '../../text/article-language.js';
import { isScriptName } from './script-names.js';
import { authorSegment, bareCredit, curatorOf, deskOrganisation, hasRoleWord, isDesk, isPageMark, looksLikeOutlet, ROLE_WORDS, titleCase, withoutOrgLink } from './segment.js';

export type { BylineFacts } from './facts.js';

const AUTHOR_LEADS = () => phraseSet('authorLeads', () => bylineWords('authorLeads'));
/** The text after an author lead, of any language or of the article's own ("Na Halima Mwakasege" in Swahili). */
function afterAuthorLead(segment: string): string | null {
  const lang = articleLanguage();
  return afterLead(AUTHOR_LEADS(), segment) ?? (lang ? afterLead(phraseSet(`ownAuthorLeads:${lang}`, () => ownAuthorLeads(lang)), segment) : null);
}
const PUBLICATION_LEADS = () => phraseSet('publicationLeads', () => bylineWords('publicationLeads'));
const POSTER_LEADS = () => phraseSet('posterLeads', () => bylineWords('posterLeads'));
const WEEKDAYS = () => phraseSet('weekdays', () => bylineWords('weekdays'));

// "Carmen Ortiz flipped this into Morning Reads", "Priya shared this on Pocket": a person passing it on.
const PASSED_ON = /^(.{2,40}?)\s+(?:flipped|shared|saved|clipped|pinned|posted|curated|added|recommended) this\b/i;
const OTHER_CREDIT = /^(?:photos?|images?|illustrations?|graphics?|videos?|editing|edited|design|additional reporting|fact[- ]check(?:ed|ing)?) by\b/i;
const VIA = /^via\s+(.{2,60})$/i;
const WRITING_HAND = /^[\u270D\u270F\u{1F58A}]\uFE0F?\s*/u;
const TIME_LEAD = /^\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,4}\b)?/;
const SEPARATOR = /(?<!\s)\s+(?:[|·•‧»]\s+|[—–]\s+(?=\S))/u;


/** «Северный вестник», „Kurier“: an outlet's name without its quotation marks. */
export function unquote(name: string): string {
  // A closing mark whose opening mark stands inside the name ("ИА «Северный берег»") is part of it.
  const opened = /[«„“"]/u.test(name.replace(/^[«„“"'‘»]+/u, ''));
  return opened ? name.replace(/^[«„“"'‘»]+\s*/u, '') : name.replace(/^[«„“"'‘»]+\s*|(?<![\s»“”"'’«])\s*[»“”"'’«]+$/gu, '');
}

// The headline, headline-closer and byline stages ask about the same lines (about two calls a
// line, trimmed or not): the answers for the last few hundred texts are kept. What a line says
// depends on the article's language too (dates, script names), so that is part of the key.
// Each caller gets its own copy, since the byline stage extends the facts it keeps.
const recent = new Map<string, BylineFacts | null>();

// "Katrin Dorn (Pressewartin)", "정하윤 (프로덕트 매니저)": brackets after a name, in the line.
const BRACKETED = /(?<=\S)\s[(（]([^()（）]{1,40})[)）]/gu;
/**
 * What brackets after a name hold about the person: a post in lower case or in a script without
 * capitals, one capitalised word (a German post: an agency's name in brackets is rare in a credit
 * line), or words of a post. Several capitalised words are read as an outlet after a bar ("(Associated Press)").
 */
function isPost(inside: string): boolean {
  const t = inside.trim();
  return !/\d/.test(t) && (!/\p{Lu}/u.test(t) || !/\s/.test(t) || hasRoleWord(t));
}

/**
 * Brackets right after a name's last word (capitalised, or in a script without capitals; not after a time,
 * whose brackets hold its zone: "17h20 (heure de Paris)", "14:00 Uhr (MEZ)"): a post is dropped, and an outlet
 * that ends the line is read as one after a bar.
 */
function aboutTheName(all: string, inside: string, offset: number, whole: string): string {
  const before = whole.slice(0, offset).split(' ').pop() ?? '';
  const afterName = /^\p{Lu}\p{Ll}/u.test(before) || (/\p{L}/u.test(before) && !/[\p{Lu}\p{Ll}\d]/u.test(before));
  if (!afterName || /^\p{Lu}{2,5}$/u.test(inside.trim())) return all;
  if (isPost(inside)) return '';
  return offset + all.length === whole.length && looksLikeOutlet(inside) ? ` | ${inside.trim()}` : all;
}

/** Parse a line as a byline line; null when it is anything else. */
/** The name in capitals that opens a dated segment, before the weekday and the date ("THE SOLWAY COURIER, THURSDAY, …"). */
function outletBeforeDate(segment: string): string | null {
  const m = /^(\p{Lu}[\p{Lu}\p{M}'’&.-]*(?:\s+\p{Lu}[\p{Lu}\p{M}'’&.-]*){1,5}),\s/u.exec(segment);
  if (!m || !/\d/.test(segment.slice(m[0].length))) return null;
  const name = titleCase(m[1]);
  return WEEKDAYS().whole(m[1]) || !looksLikeOutlet(m[1]) || isPersonName(name) ? null : m[1];
}

export function parseBylineLine(line: string): BylineFacts | null {
  // Handles and addresses after a name say nothing more: "Ingrid Berg (@ib@coast.social)", "정다은 기자 daeun@…".
  const text = line.replace(/\s+/g, ' ').replace(/\s\(@[^\s()]+\)|\s<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/gu, '').replace(BRACKETED, aboutTheName).trim();
  if (!text || wordCount(text) > 25) return null;
  const key = `${articleLanguage()}\u0000${dateLanguage()}\u0000${text}`;
  let facts = recent.get(key);
  if (facts === undefined) {
    if (recent.size >= 512) recent.clear();
    const plain = readLine(text);
    const stopped = !plain || plain.led ? signedWithStop(text) : null;
    recent.set(key, (facts = stopped && (!plain || stopped.authors.length > plain.authors.length) ? stopped : plain));
  }
  return facts && { ...facts, authors: [...facts.authors] };
}

/** "Das Gespräch führte Lena Hoffmeister.", "By Lena Hoffmeister.": a led credit closed like a sentence. */
function signedWithStop(text: string): BylineFacts | null {
  if (!/[^.]\.$/u.test(text)) return null;
  const facts = readLine(text.slice(0, -1));
  return facts?.led && facts.authors.length && !facts.published && !facts.publication && facts.authors.every(isPersonName) ? facts : null;
}

/**
 * "Citizen reporter: NAME", "Guest columnist: NAME": a post of two or three words as the label before the
 * name leads the credit as "By" does. A one-word label may be an editor's or a contact's ("责任编辑：NAME"), no author.
 */
function roleLabelled(segment: string): string | null {
  const m = /^([^:：]{2,30})[:：]\s*(\S.*)$/u.exec(segment);
  const words = m ? m[1].trim().split(/\s+/) : [];
  return m && words.length >= 2 && words.length <= 3 && /\p{Ll}/u.test(m[1]) && ROLE_WORDS().whole(words.at(-1)!) ? m[2] : null;
}

/** The facts of a byline line, its whitespace folded and its handles left out. */
function readLine(text: string): BylineFacts | null {
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
  // "来源：江城晚报，转载请注明出处": the outlet ends at a full-width comma or stop.
  const outlet = afterLead(PUBLICATION_LEADS(), text)?.split(/[，。；]/u)[0] ?? null;
  if (outlet && outlet.length <= 60 && looksLikeOutlet(outlet) && !isPersonName(outlet)) {
    facts.publication = unquote(outlet.trim());
    return facts;
  }
  const passed = PASSED_ON.exec(text);
  if (passed && isPersonName(titleCase(passed[1]))) {
    facts.curator = passed[1];
    return facts;
  }

  // "✍️ نگار رحیمی": the writing hand of channel posts says "by" in every language.
  const segments = text.split(SEPARATOR).map((s) => s.trim().replace(WRITING_HAND, 'by '));
  // "De Grachtwachter — door Femke …": where one segment names the author with a lead, a bare name beside it is the outlet.
  const ledLine = segments.length === 2 && segments.some((s) => afterAuthorLead(s) !== null);
  let sawCredit = false;
  let lastDate: string | null = null;
  for (const segment of segments) {
    const lead = afterAuthorLead(segment) ?? roleLabelled(segment);
    // "From: The Marrowby Weekly": an outlet where a name would stand.
    if (lead && isOutletName(unquote(lead.trim())) && !facts.publication) {
      facts.publication = unquote(lead.trim());
      sawCredit = true;
      continue;
    }
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
    // "۲۴ اسفند ۱۴۰۴ | 15 March 2026": the same day in another calendar says nothing more.
    if (/\d/.test(asciiDigits(segment)) && !withoutOtherCalendars(asciiDigits(segment)).replace(/[\s,.،]/gu, '')) continue;
    const date = dateSegment(segment);
    if (date) {
      facts.published ??= date.iso;
      lastDate = segment;
      // "THE SOLWAY COURIER, THURSDAY, MAY 14, 1987": a running head's outlet before its date.
      facts.publication ??= outletBeforeDate(segment);
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
    // "— ساعت ۱۸:۴۰ به وقت تهران", "| 18:42 น.": a time with its connector and zone, for the date before it.
    const timed = lastDate && /\d[:.]\d/u.test(asciiDigits(segment)) ? dateSegment(`${lastDate} ${segment}`) : null;
    if (timed && lastDate && timed.iso.includes('T') && facts.published === dateSegment(lastDate)?.iso) {
      facts.published = timed.iso;
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
    // "— PAGE 3" in a running head says where, not who.
    if (isPageMark(segment)) continue;
    // "Updated: 2 hours ago", "Aktualisiert vor 3 Stunden": a date line whose date is relative (no published date).
    if (relativeDate(segment)) {
      sawCredit = true;
      continue;
    }
    // Without a "By": a name (maybe with a role or an outlet after a comma).
    if (facts.authors.length === 0 && !ledLine && bareCredit(segment, facts)) {
      sawCredit = true;
      if (segments.length === 1) facts.bare = true;
      continue;
    }
    // "Por X – Assessoria de Imprensa do Grêmio …": the author's desk, and the organisation it serves.
    const organisation = facts.authors.length > 0 ? deskOrganisation(segment) : null;
    if (organisation) {
      facts.publication ??= organisation;
      continue;
    }
    // "By Ananya Kulkarni | Corporate Communications": the author's post or desk.
    if (facts.authors.length > 0 && wordCount(segment) <= 4 && hasRoleWord(segment)) continue;
    // After the author, the next credit is the outlet even when it reads like a name ("Mesa y Mercado").
    if (segments.length > 1 && facts.publication === null && looksLikeOutlet(segment) && (facts.authors.length > 0 || ledLine || !isPersonName(titleCase(segment)))) {
      facts.publication = facts.authors.length > 0 ? withoutOrgLink(segment) : segment;
      continue;
    }
    return null;
  }
  if (!sawCredit) return null;
  // A desk credited beside or instead of its writers is no author ("Por Comunicação Interna · Texto: …").
  facts.authors = facts.authors.filter((a) => !isDesk(a));
  return facts;
}
