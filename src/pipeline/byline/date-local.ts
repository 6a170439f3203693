/**
 * Date forms chrono-node does not read, or reads the American way: numeric dates written
 * day first ("12.06.2024", "5. 3. 2025", "5/3/2025" outside English), month names of
 * languages chrono has no locale for (src/lang/<code>/byline.json "months"), and a time
 * standing after a date with a connector between ("2025-03-12 kl. 07:45").
 */
import ZONES from '../../lang/common/zones.json' with { type: 'json' };
import { bylineMonths, bylineWords } from '../../lang/vocabulary.js';

export interface LocalDate {
  iso: string;
  text: string;
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

// Languages that write d/m/y with slashes the American way round (month first): none but English.
const MONTH_FIRST = new Set(['en']);
// Languages that put the year first in numeric dates ("2025/03/05"): slashes there are y/m/d.
const YEAR_FIRST = new Set(['ja', 'zh', 'ko']);

/** A numeric day-first date rewritten as ISO in the line (so the parser reads it), or null. */
export function dayFirst(line: string, language: string | null): { line: string; text: string; index: number; shift: number } | null {
  // "12.06.2024", "5. 3. 2025": with dots, the day comes first wherever dates are written so.
  const dotted = /(?<![\d.])(\d{1,2})\. ?(\d{1,2})\. ?((?:19|20)\d\d)(?![\d.])/.exec(line);
  // "5/3/2025": day first in the article's language unless it writes the month first.
  const slashed = language && !MONTH_FIRST.has(language) && !YEAR_FIRST.has(language) ? /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/.exec(line) : null;
  const m = dotted ?? slashed;
  if (!m || Number(m[2]) > 12 || Number(m[1]) > 31 || Number(m[1]) < 1 || Number(m[2]) < 1) return null;
  const iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return { line: line.slice(0, m.index) + iso + line.slice(m.index + m[0].length), text: m[0], index: m.index, shift: m[0].length - iso.length };
}

// Month names of languages chrono-node has no locale for.
const MONTHS: Map<string, number> = new Map(
  bylineMonths().flatMap((names, i) => names.map((n) => [n.toLowerCase(), i + 1] as [string, number])),
);

/** "14 października 2024, 12:30", "3. marts 2025", "5 मार्च 2025": day, a month name from the data files, year. */
export function monthNameDate(line: string): LocalDate | null {
  const m = /(?<![\p{L}\d])(\d{1,2})\.?\s+(\p{L}[\p{L}\p{M}]{2,14})\.?\s+(\d{4})(?!\d)/u.exec(line);
  const month = m ? MONTHS.get(m[2].toLowerCase()) : undefined;
  if (!m || !month) return null;
  return { iso: `${m[3]}-${pad(month)}-${pad(Number(m[1]))}`, text: m[0], index: m.index };
}

let connectors: Set<string> | null = null;

/**
 * A date without a time, and a time right after it: ", 12:30", " kl. 07:45", " o godz. 9:05",
 * " pukul 10.15 WIB". The connector words come from the data files ("dateConnectors").
 */
export function withTime(found: LocalDate, line: string): LocalDate {
  if (found.iso.includes('T')) return found;
  const end = found.index + found.text.length;
  connectors ??= new Set(bylineWords('dateConnectors'));
  const m = /^(?:\s*[,–—-])?\s*(?:\p{L}{1,8}\.?\s*){0,2}(\d{1,2})[:.h](\d{2})(?::(\d{2}))?(?![\d:])/u.exec(line.slice(end));
  if (!m) return found;
  // Only connector words may stand between the date and the time.
  const words = m[0].slice(0, m[0].search(/\d/)).match(/\p{L}+/gu) ?? [];
  if (!words.every((w) => connectors!.has(w.toLowerCase())) || Number(m[1]) > 23) return found;
  const time = `${found.iso}T${pad(Number(m[1]))}:${m[2]}:${m[3] ?? '00'}`;
  const zone = zoneAfter(line, end + m[0].length);
  return { iso: time + (zone ?? ''), text: line.slice(found.index, end + m[0].length), index: found.index };
}

/** A zone abbreviation chrono does not know, right after a time: "14:05 МСК", "10:15 WIB", "(IST)". */
export function zoneAfter(line: string, at: number): string | null {
  const zone = /^\s*\(?([A-Za-z\u0400-\u04FF]{2,5})\)?(?!\p{L})/u.exec(line.slice(at));
  const offset = zone ? (ZONES as unknown as Record<string, number>)[zone[1]] : undefined;
  return offset === undefined ? null : formatOffset(offset);
}

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
