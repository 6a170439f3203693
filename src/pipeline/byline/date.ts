import * as chrono from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';

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

export function parseDate(line: string): ParsedDate | null {
  if (recent.has(line)) return recent.get(line)!;
  const found = parseUncached(line);
  if (recent.size >= 8) recent.delete(recent.keys().next().value!);
  recent.set(line, found);
  return found;
}

function parseUncached(line: string): ParsedDate | null {
  // Only a line with a year in it can hold a date we accept; the parser is costly, so look first.
  if (!/(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)|\d[/.-]\d{1,2}[/.-]\d\d/.test(line)) return null;
  // The strict parser ignores casual phrases ("last month", "Friday") outright.
  for (const result of chrono.strict.parse(line)) {
    const start = result.start;
    if (start.tags().has('result/relativeDate')) continue; // "3 days ago" gets a certain year
    if (!(['year', 'month', 'day'] as const).every((c) => start.isCertain(c))) continue;
    return { iso: toIso(result), text: result.text, index: result.index };
  }
  return null;
}

// Built from the components, never from a JS Date, so the machine's zone cannot leak in.
function toIso(result: ParsedResult): string {
  const c = result.start;
  const date = `${pad(c.get('year')!, 4)}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
  if (!c.isCertain('hour')) return date;
  const second = c.isCertain('second') ? c.get('second')! : 0;
  const time = `${date}T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}:${pad(second)}`;
  if (!c.isCertain('timezoneOffset')) return time;
  return time + formatOffset(dstZoneOffset(result.text, c) ?? c.get('timezoneOffset')!);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
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
