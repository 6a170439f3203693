import { createRequire } from 'node:module';
import * as chrono from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { dayFirst, formatOffset, hasEraYear, monthNameDate, withTime, zoneAfter, zonePhraseAfter } from './date-local.js';

export interface ParsedDate {
  /** ISO 8601 at the precision the text gives: date, local date-time, or date-time with offset. */
  iso: string;
  /** The matched substring of the line. */
  text: string;
  /** Offset of `text` in the line. */
  index: number;
}

/**
 * The published date in a byline/date line, or null. Only absolute dates with a
 * day, month and year count: relative words ("Friday", "3 days ago") and dates
 * without a year are unreliable in bylines.
 */
// The same line is often asked about twice (headline and byline stages); parsing is costly.
// Kept tiny on purpose: it only needs to span one article.
const recent = new Map<string, ParsedDate | null>();

export function parseDate(raw: string): ParsedDate | null {
  // Persian, Arabic-Indic, Devanagari and Bengali digits read as ASCII ones: one code unit each, so offsets stay true.
  const line = asciiDigits(raw);
  const key = `${hint}\u0000${line}`;
  if (recent.has(key)) return recent.get(key)!;
  const parsed = parseUncached(line);
  const found = parsed && line !== raw ? { ...parsed, text: raw.slice(parsed.index, parsed.index + parsed.text.length) } : parsed;
  if (recent.size >= 8) recent.delete(recent.keys().next().value!);
  recent.set(key, found);
  return found;
}

// The language of the article being cleaned (set by the evidence stage): dates are tried in
// English and in that language only, since each of chrono's locale parsers costs a full pass.
let hint: string | null = null;
export function setDateLanguage(language: string | null): void {
  hint = language;
}
export const dateLanguage = (): string | null => hint;

// The zero of each decimal digit set a date may be written in (Arabic-Indic, Persian,
// Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Thai, Lao,
// Tibetan, Myanmar, Khmer, full-width): every set runs zero to nine in order.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0xff10];
// Any decimal digit but 0-9.
const NON_ASCII_DIGIT = /[^\P{Nd}0-9]/u;

export function asciiDigits(text: string): string {
  if (!NON_ASCII_DIGIT.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => c >= z && c <= z + 9);
    out += zero === undefined ? ch : String(c - zero);
  }
  return out;
}

function parseUncached(line: string): ParsedDate | null {
  // Only a line with a year in it can hold a date we accept; the parser is costly, so look first.
  if (!/(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)|\d[/.-]\d{1,2}[/.-]\d\d/.test(line)) {
    const era = hasEraYear(line) ? monthNameDate(line) : null;
    return era && withTime(era, line);
  }
  const local = dayFirst(line, hint);
  if (local) {
    const found = parseUncached(local.line);
    // The match in the original line: it spans the rewritten date and whatever the parser took around it.
    if (found && found.index <= local.index) return withTime({ ...found, text: line.slice(found.index, found.index + found.text.length + local.shift) }, line);
    if (found) return withTime({ ...found, text: local.text, index: local.index }, line);
  }
  // English first, then the locales the line's script allows; the strict parsers ignore
  // casual phrases ("last month", "Friday") outright.
  for (const parser of [chrono.strict, ...localesFor(line)]) {
    for (const result of parser.parse(line)) {
      const start = result.start;
      if (start.tags().has('result/relativeDate')) continue; // "3 days ago" gets a certain year
      if (!(['year', 'month', 'day'] as const).every((c) => start.isCertain(c))) continue;
      return withTime({ iso: toIso(result, line), text: result.text, index: result.index }, line);
    }
  }
  const named = monthNameDate(line);
  return named && withTime(named, line);
}

type Parser = { parse(text: string): ParsedResult[] };
// Only English is loaded at start: importing every chrono locale costs ~100 ms. The others
// are loaded (synchronously, chrono-node/<code>) the first time a line needs them.
const require = createRequire(import.meta.url);
const loaded = new Map<string, Parser>();
const locale = (code: string): Parser => {
  let parser = loaded.get(code);
  if (!parser) loaded.set(code, (parser = (require(`chrono-node/${code}`) as { strict: Parser }).strict));
  return parser;
};
const LATIN = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'sv'];
const CYRILLIC = ['ru', 'uk'];
const CJK = ['ja', 'zh'];
const OWN = new Set([...LATIN, ...CYRILLIC, ...CJK]);

function localesFor(line: string): Parser[] {
  return localeCodes(line).map(locale);
}

function localeCodes(line: string): string[] {
  if (/[\u0400-\u04FF]/.test(line)) return CYRILLIC;
  if (/[\u3040-\u30FF\u4E00-\u9FFF]/.test(line)) return CJK;
  // A known article language: its own parser only (a wrapper line in another language still has English and numeric forms).
  if (hint === 'en') return [];
  if (hint && OWN.has(hint)) return [hint];
  // Numeric dates need no locale; month names of other languages have letters beyond "a-z" or words English lacks.
  return /[\u0080-\uffff]|[a-z]{3,}/i.test(line) ? LATIN : [];
}

// Built from the components, never from a JS Date, so the machine's zone cannot leak in.
function toIso(result: ParsedResult, line: string): string {
  const c = result.start;
  const date = `${pad(c.get('year')!, 4)}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (!c.isCertain('hour')) return date;
  const second = c.isCertain('second') ? c.get('second')! : 0;
  const time = `${date}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}:${pad(second)}`;
  if (!c.isCertain('timezoneOffset')) {
    // A zone abbreviation chrono does not know, right after the time: "14:05 МСК".
    const end = result.index + result.text.length;
    return time + (zoneAfter(line, end) ?? zonePhraseAfter(line, end, time) ?? '');
  }
  return time + formatOffset(dstZoneOffset(result.text, c) ?? c.get('timezoneOffset')!);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/*
 * Zones whose offset depends on the date. chrono resolves these itself (its
 * `timezones` option takes the same kind of rule) but not reliably: it compares
 * with the DST switch as JS Dates in the machine's zone (March 10, 2019 3:00 a.m. ET
 * gave -05:00 under TZ=America/Los_Angeles), uses today's date when the zone comes
 * before the date ("5 p.m. PT on July 3, 2019" gave -08:00), and applies the 2007
 * US rule to every year. So we recompute the offset for exactly the zones chrono
 * treats as ambiguous, comparing wall-clock times only.
 */
type DstRule = (year: number) => [start: number, end: number];

// Wall-clock times as UTC milliseconds: only ever compared with each other.
const wall = (y: number, m: number, d: number, h: number) => Date.UTC(y, m - 1, d, h);
const nthSunday = (y: number, m: number, n: number) => 1 + ((7 - new Date(Date.UTC(y, m - 1, 1)).getUTCDay()) % 7) + 7 * (n - 1);
const lastSunday = (y: number, m: number) => {
  const last = new Date(Date.UTC(y, m, 0));
  return last.getUTCDate() - last.getUTCDay();
};

// US: 2:00 local, second Sunday of March to first Sunday of November (since 2007;
// 1987-2006 first Sunday of April to last Sunday of October).
const US: DstRule = (y) =>
  y >= 2007
    ? [wall(y, 3, nthSunday(y, 3, 2), 2), wall(y, 11, nthSunday(y, 11, 1), 2)]
    : [wall(y, 4, nthSunday(y, 4, 1), 2), wall(y, 10, lastSunday(y, 10), 2)];
// EU: 01:00 UTC on the last Sundays of March and October, i.e. 02:00 and 03:00 CET wall time.
const EU: DstRule = (y) => [wall(y, 3, lastSunday(y, 3), 2), wall(y, 10, lastSunday(y, 10), 3)];

/** Standard offset in minutes and the DST rule (DST adds an hour). */
const DST_ZONES: Record<string, [number, DstRule]> = {
  ET: [-300, US],
  CT: [-360, US],
  MT: [-420, US],
  PT: [-480, US],
  CET: [60, EU],
};

function dstZoneOffset(text: string, c: ParsedComponents): number | null {
  // The abbreviation is inside chrono's matched text: "… a.m. ET", "(ET)", "5 p.m. PT on July 3, 2019".
  const abbr = /\b(ET|CT|MT|PT|CET)\b/i.exec(text)?.[1].toUpperCase();
  const zone = abbr ? DST_ZONES[abbr] : undefined;
  if (!zone) return null;
  const [standard, rule] = zone;
  const year = c.get('year')!;
  const t = wall(year, c.get('month')!, c.get('day')!, c.get('hour')!) + (c.get('minute') ?? 0) * 60_000;
  const [start, end] = rule(year);
  return t >= start && t < end ? standard + 60 : standard;
}
