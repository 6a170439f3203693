/**
 * Dates as feeds write them, to ISO 8601 at the precision given (the schema's rule): a date
 * when no time is given, a local date-time when no zone is, else a date-time with offset
 * (Z for UTC). Read: ISO 8601 / RFC 3339, RFC 822 with numeric or named zones and weekday
 * or month names in several languages (vocab/date-names.ts), and zone-less numeric
 * dates ("2025/3/9 14:05:00"). Built from the fields, never through a JS Date.
 */
import { MONTHS, ZONES } from './vocab/date-names.js';

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

function build(y: number, mo: number, d: number, time?: [string, string, string | undefined], zone?: string): string | null {
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate() || y < 1000) return null;
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (!time) return date;
  const [h, mi, s] = time;
  if (Number(h) > 24 || Number(mi) > 59) return null;
  const local = `${date}T${pad(h)}:${pad(mi)}:${pad(s ?? '0')}`;
  const offset = zoneMinutes(zone);
  if (offset === undefined) return local;
  return offset === null ? local : local + formatOffset(offset);
}

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?`;
// [weekday,] day month year [time [zone]]: "Qua, 12 Mar 2025 08:10:00 -0300", "12 de março de 2025".
const NAMED_DAY_FIRST = new RegExp(String.raw`^(?:[\p{L}.]+,?\s+)?(\d{1,2})\.?\s+(?:de\s+)?([\p{L}]+)\.?,?\s+(?:de\s+)?(\d{4}|\d{2}(?=\s\d{1,2}:)),?(?:\s+(?:[àa]s?\s+|um\s+)?${TIME}(?:\s*([A-Z]{1,5}|(?:GMT|UTC)?[+-]\d{2}:?\d{2}))?)?`, 'iu');
// [weekday,] month day, year [time [zone]]: "Wed, Mar 12, 2025 08:10 EST".
const NAMED_MONTH_FIRST = new RegExp(String.raw`^(?:[\p{L}.]+,?\s+)?([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4}),?(?:\s+${TIME}(?:\s*([A-Z]{1,5}|(?:GMT|UTC)?[+-]\d{2}:?\d{2}))?)?`, 'iu');
// Numeric, year first: "2025/3/9 14:05:00", "2025.03.09".
const NUMERIC = new RegExp(String.raw`^(\d{4})\s*[/.年-]\s*(\d{1,2})\s*[/.月-]\s*(\d{1,2})日?(?:[T\s]*${TIME}\s*(Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?)?$`, 'i');

/** The ISO form of a feed date, or null when it cannot be read. */
export function parseFeedDate(input: string | null | undefined): string | null {
  const text = (input ?? '').trim().replace(/\s+/g, ' ');
  if (!text) return null;
  let m = ISO.exec(text);
  if (m) return build(+m[1], +m[2], +m[3], m[4] ? [m[4], m[5], m[6]] : undefined, m[7]);
  m = NUMERIC.exec(text);
  if (m) return build(+m[1], +m[2], +m[3], m[4] ? [m[4], m[5], m[6]] : undefined, m[7]);
  m = NAMED_DAY_FIRST.exec(text);
  if (m && MONTHS.has(m[2].toLowerCase())) return build(fullYear(m[3]), MONTHS.get(m[2].toLowerCase())!, +m[1], m[4] ? [m[4], m[5], m[6]] : undefined, m[7]);
  m = NAMED_MONTH_FIRST.exec(text);
  if (m && MONTHS.has(m[1].toLowerCase())) return build(+m[3], MONTHS.get(m[1].toLowerCase())!, +m[2], m[4] ? [m[4], m[5], m[6]] : undefined, m[7]);
  return null;
}
