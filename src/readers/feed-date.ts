/**
 * Dates as feeds write them, to ISO 8601 at the precision given (the schema's rule): a date
 * when no time is given, a local date-time when no zone is, else a date-time with offset
 * (Z for UTC). Read: ISO 8601 / RFC 3339, RFC 822 with numeric, named or "GMT+0100" zones
 * and weekday or month names in several languages (vocab/date-names.ts), 12-hour clocks
 * (AM/PM), "08h10", and zone-less numeric dates, year first ("2025/3/9 14:05:00") or day
 * first ("12.03.2025"). Built from the fields, never through a JS Date.
 */
import { MERIDIEM, MONTH_PREFIXES, MONTHS, ZONES } from './vocab/date-names.js';

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function zoneMinutes(zone: string | undefined): number | null | undefined {
  if (!zone) return undefined;
  const numeric = /^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3] ?? 0));
  return ZONES.get(zone.toLowerCase()) ?? null;
}

/** RFC 822 allows two-digit years: 70–99 are 19xx, the rest 20xx. */
const fullYear = (y: string) => (y.length === 2 ? (Number(y) >= 70 ? 1900 : 2000) + Number(y) : Number(y));

type Time = [string, string, string | undefined, string | undefined];

/** A 12-hour clock's hour on the 24-hour one; null when the mark is unknown or the hour cannot be on a 12-hour clock. */
function hour24(h: string, meridiem: string | undefined): string | null {
  if (!meridiem) return h;
  const pm = MERIDIEM.get(meridiem.replace(/\./g, '').toLowerCase());
  if (pm === undefined || Number(h) > 12 || Number(h) === 0) return pm === undefined ? h : null;
  return String((Number(h) % 12) + (pm ? 12 : 0));
}

function monthOf(name: string): number | undefined {
  const key = name.toLowerCase();
  const found = MONTHS.get(key);
  if (found) return found;
  const prefix = MONTH_PREFIXES.find((p) => key.startsWith(p));
  return prefix ? MONTHS.get(key.slice(prefix.length)) : undefined;
}

function build(y: number, mo: number, d: number, time?: Time, zone?: string): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate() || y < 1000) return null;
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (!time) return date;
  const [clock, mi, s, meridiem] = time;
  const h = hour24(clock, meridiem);
  if (h === null || Number(h) > 24 || Number(mi) > 59) return null;
  const local = `${date}T${pad(h)}:${pad(mi)}:${pad(s ?? '0')}`;
  const offset = zoneMinutes(zone);
  if (offset === undefined) return local;
  return offset === null ? local : local + formatOffset(offset);
}

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// "08:10", "8:10:00.5", "08h10", "8:10 PM", "下午 8:10" is not read (the mark stands first).
const TIME = String.raw`(\d{1,2})[:h](\d{2})(?::(\d{2}))?(?:[.,]\d+)?(?:\s*([ap]\.?m\.?|[ap](?![\p{L}])|午前|午後|上午|下午|오전|오후))?`;
// Numeric zones first, so that "GMT+0100" is not read as GMT.
const ZONE = String.raw`(?:GMT|UTC)?[+-]\d{1,2}(?::?\d{2})?|[A-Z]{1,5}`;
// Between a date and its time: "," "-" "|" "@" "at", "às", "um", "à".
const BEFORE_TIME = String.raw`(?:,?\s*[-–|@,]\s*|,?\s+(?:at\s+|[àa]s?\s+|um\s+|в\s+)?)`;
// A leading weekday, in any language: "Qua, ", "Wed,", "mer. ", "Ср ".
// Two words with a comma: Hebrew "יום ד׳, ".
const WEEKDAY = String.raw`(?:(?:[\p{L}.'\u05f3]+ )?[\p{L}.'\u05f3]+,\s*|[\p{L}.'\u05f3]+\s+)?`;
// [weekday,] day month year [time [zone]]: "Qua, 12 Mar 2025 08:10:00 -0300", "12 de março de 2025".
const NAMED_DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4}|\d{2}(?=\s\d{1,2}:))(?:\s*г\.)?,?(?:${BEFORE_TIME}${TIME}(?:\s*(${ZONE}))?)?`, 'iu');
// [weekday,] month day, year [time [zone]]: "Wed, Mar 12, 2025 08:10 EST", "March 12, 2025 8:10 PM".
const NAMED_MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:${BEFORE_TIME}${TIME}(?:\s*(${ZONE}))?)?`, 'iu');
// Numeric, year first: "2025/3/9 14:05:00", "2025.03.09", "2025年3月9日", "2025년 3월 9일".
const NUMERIC = new RegExp(String.raw`^(\d{4})\s*[/.年년-]\s*(\d{1,2})\s*[/.月월-]\s*(\d{1,2})[日일]?(?:[T\s]*${TIME}\s*(Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?)?$`, 'iu');
// Numeric, day first: "12.03.2025 08:10", "12/03/2025 08h10" (month first only when the day cannot be a month).
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:${BEFORE_TIME}${TIME}(?:\s*(${ZONE}))?)?$`, 'iu');

// C's ctime and Unix date: "Wed Nov 20 15:30:00 2024", "Wed Nov 20 15:30:00 UTC 2024".
const CTIME = new RegExp(String.raw`^${WEEKDAY}(\p{L}+)\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s+(${ZONE}))?\s+(\d{4})$`, 'iu');

const timeOf = (m: RegExpExecArray, at: number): Time | undefined => (m[at] ? [m[at], m[at + 1], m[at + 2], m[at + 3]] : undefined);

/** The ISO form of a feed date, or null when it cannot be read. */
export function parseFeedDate(input: string | null | undefined): string | null {
  const text = (input ?? '').trim().replace(/\s+/g, ' ');
  if (!text) return null;
  let m = ISO.exec(text);
  if (m) return build(+m[1], +m[2], +m[3], m[4] ? [m[4], m[5], m[6], undefined] : undefined, m[7]);
  m = NUMERIC.exec(text);
  if (m) return build(+m[1], +m[2], +m[3], timeOf(m, 4), m[8]);
  m = DAY_FIRST.exec(text);
  if (m) {
    const [a, b] = [+m[1], +m[3]];
    return b > 12 && a <= 12 ? build(+m[4], a, b, timeOf(m, 5), m[9]) : build(+m[4], b, a, timeOf(m, 5), m[9]);
  }
  m = NAMED_DAY_FIRST.exec(text);
  const dayMonth = m && monthOf(m[2]);
  if (m && dayMonth) return build(fullYear(m[3]), dayMonth, +m[1], timeOf(m, 4), m[8]);
  m = NAMED_MONTH_FIRST.exec(text);
  const monthDay = m && monthOf(m[1]);
  if (m && monthDay) return build(+m[3], monthDay, +m[2], timeOf(m, 4), m[8]);
  m = CTIME.exec(text);
  const ctimeMonth = m && monthOf(m[1]);
  if (m && ctimeMonth) return build(+m[7], ctimeMonth, +m[2], [m[3], m[4], m[5], undefined], m[6]);
  return null;
}
