/**
 * Reading one byline line. A byline line holds nothing but credits and dates, in one of
 * the shapes feeds use: "By A and B", "By A, Staff Writer", "Written by A", "Posted by A on
 * DATE", "Author A | Publication", "A | Publication | DATE", "A · 4 min read", a bare date,
 * "DATE by CURATOR" (feed digests), "Selected by CURATOR". A line with anything else in it
 * (a sentence, a headline that mentions a date) is not a byline line.
 */
import { isPersonName, splitNameList } from '../../text/names.js';
import { wordCount } from '../../text/words.js';
import { parseDate } from './date.js';

export interface BylineFacts {
  authors: string[];
  publication: string | null;
  curator: string | null;
  published: string | null;
}

const empty = (): BylineFacts => ({ authors: [], publication: null, curator: null, published: null });

const AUTHOR_LEAD = /^(?:by|written by|words by|story by|text by|posted by|reported by|authors?|reporter|byline)\s*:?\s+/i;
const CURATOR_LEAD = /^(?:selected|curated|picked|chosen|shared|recommended|submitted|compiled) by\s*:?\s+/i;
const DATE_LABEL = /^(?:published|updated|last updated|posted|posted on|date|first published|modified)\s*(?:on|at)?\s*:?\s*/i;
const READING_TIME = /^\d+\s*(?:-|\s)?\s*min(?:ute)?s?\.?(?:\s+read)?$/i;
const SEPARATOR = /\s+[|·•‧]\s+|\s+[—–]\s+(?=\S)/u;

/** A date and nothing else (labels such as "Published:" and a trailing "by CURATOR" allowed). */
function dateSegment(segment: string): { iso: string; curator: string | null } | null {
  const text = segment.replace(DATE_LABEL, '').trim();
  const found = parseDate(text);
  if (!found) return null;
  let rest = (text.slice(0, found.index) + ' ' + text.slice(found.index + found.text.length)).trim();
  let curator: string | null = null;
  const by = /(?:^|\s)by\s+(.+)$/i.exec(rest);
  if (by && wordCount(by[1]) <= 5) {
    curator = by[1].trim();
    rest = rest.slice(0, by.index).trim();
  }
  // What may surround a date: weekday names, "at", "on", commas, zone words chrono left.
  rest = rest.replace(/\b(?:on|at|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|[,.:\s]/gi, '');
  return rest === '' ? { iso: found.iso, curator } : null;
}

/** "A and B, Staff Writer on DATE" → authors (+ date). */
function authorSegment(segment: string, facts: BylineFacts): boolean {
  let text = segment.trim();
  const on = /\s+(?:on|at)\s+(.+)$/i.exec(text);
  if (on) {
    const date = dateSegment(on[1]);
    if (date) {
      facts.published ??= date.iso;
      text = text.slice(0, on.index);
    }
  }
  const names = splitNameList(text);
  if (names.length === 0) return false;
  facts.authors.push(...names);
  return true;
}

/** Something that names an outlet: short, no sentence in it. */
function looksLikeOutlet(segment: string): boolean {
  const t = segment.trim();
  return t.length > 0 && wordCount(t) <= 6 && !/[.!?]\s/.test(t) && !/^(?:by|and)\b/i.test(t);
}

/** Parse a line as a byline line; null when it is anything else. */
export function parseBylineLine(line: string): BylineFacts | null {
  const text = line.replace(/\s+/g, ' ').trim();
  if (!text || wordCount(text) > 25) return null;
  const facts = empty();

  const curator = CURATOR_LEAD.exec(text);
  if (curator) {
    const name = text.slice(curator[0].length).trim();
    if (wordCount(name) > 6) return null;
    facts.curator = name;
    return facts;
  }

  const segments = text.split(SEPARATOR);
  let sawCredit = false;
  for (const [i, raw] of segments.entries()) {
    const segment = raw.trim();
    const lead = AUTHOR_LEAD.exec(segment);
    if (lead) {
      if (!authorSegment(segment.slice(lead[0].length), facts)) return null;
      sawCredit = true;
      continue;
    }
    const date = dateSegment(segment);
    if (date) {
      facts.published ??= date.iso;
      if (date.curator) facts.curator ??= date.curator;
      sawCredit = true;
      continue;
    }
    if (READING_TIME.test(segment)) continue;
    // Without a "By", a bare name counts only as one of several credit segments.
    if (segments.length > 1 && facts.authors.length === 0 && i === 0 && splitNameList(segment).length && splitNameList(segment).join('').length >= segment.replace(/,|\band\b|&|\s/g, '').length - 1) {
      facts.authors.push(...splitNameList(segment));
      sawCredit = true;
      continue;
    }
    if (segments.length > 1 && i > 0 && facts.publication === null && looksLikeOutlet(segment) && !isPersonName(segment)) {
      facts.publication = segment;
      continue;
    }
    return null;
  }
  return sawCredit ? facts : null;
}
