/**
 * Date forms chrono-node does not read, or reads the American way: numeric dates written
 * day first ("12.06.2024", "5. 3. 2025", "5/3/2025" outside English), month names of
 * languages chrono has no locale for (src/lang/<code>/byline.json "months"), and a time
 * standing after a date with a connector between ("2025-03-12 kl. 07:45").
 */
import ZONES from '../../lang/common/zones.json' with { type: 'json' };
import { bylineEras, bylineMonths, bylineWords, bylineZonePhrases } from '../../lang/vocabulary.js';

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
  // "12.06.2024", "5. 3. 2025", "04.03.2026." (a dot after the year, as Serbian and Croatian write it): with dots,
  // the day comes first wherever dates are written so.
  const dotted = /(?<![\d.])(\d{1,2})\. ?(\d{1,2})\. ?((?:19|20)\d\d)(?!\d|\.\d)/.exec(line);
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

const ERAS: Map<string, number> = new Map(bylineEras().map((e) => [e.marker.toLowerCase(), e.yearOffset]));

// Eras whose years are written without their marker too ("17 ก.พ. 2569"): a year no Gregorian
// date of today can have is counted in such an era when that puts it near today.
const BARE_ERAS = bylineEras().filter((e) => e.bare);

/** The offset of the era a year without a marker is counted in: 0 for a Gregorian year. */
function bareEra(year: number): number {
  if (year < 2200) return 0;
  return BARE_ERAS.find((e) => Math.abs(year + e.yearOffset - 2000) < 150)?.yearOffset ?? 0;
}

/** A year counted in an era of its own ("พ.ศ. 2568"), which the Gregorian year check misses. */
export function hasEraYear(line: string): boolean {
  const japanese = /(\p{Script=Han}{2})(?:元|\d{1,2})年/u.exec(line);
  if (japanese && ERAS.has(japanese[1])) return true;
  if (!/\d{4}/.test(line)) return false;
  if (BARE_ERAS.length) for (const m of line.matchAll(/(?<!\d)\d{4}(?!\d)/g)) if (bareEra(Number(m[0])) !== 0) return true;
  const lower = line.toLowerCase();
  for (const marker of ERAS.keys()) if (lower.includes(marker)) return true;
  return false;
}

/**
 * "14 października 2024, 12:30", "3. marts 2025", "5 मार्च 2025", "2025. július 23.", "1 พฤศจิกายน
 * พ.ศ. 2568": a day, a month name from the data files and a year, either way round, the year
 * maybe in an era of its own ("eras" in byline.json).
 */
export function monthNameDate(line: string): LocalDate | null {
  // A month may be abbreviated with dots inside ("ก.พ.", "มี.ค."); a short lower-case word may join
  // day, month and year ("15 de març de 2026", "ika-15 ng Marso 2026", "5 d’abril").
  for (const m of line.matchAll(/(?<![\p{L}\d])(\d{1,2})\.?\s+(?:\p{Ll}{1,3}\s+|\p{Ll}['’])?(\p{L}[\p{L}\p{M}]*(?:\.\p{L}[\p{L}\p{M}]*)*)(\.?)\s+(?:\p{Ll}{1,3}\s+)?(?:(\S{1,6})\s*)?(\d{4})(?!\d)/gu)) {
    const name = m[2].toLowerCase();
    if ([...name].length < 3) continue;
    const month = MONTHS.get(name) ?? (m[3] ? MONTHS.get(`${name}.`) : undefined);
    const era = m[4] === undefined ? bareEra(Number(m[5])) : ERAS.get(m[4].toLowerCase());
    if (month && era !== undefined) return { iso: `${Number(m[5]) + era}-${pad(month)}-${pad(Number(m[1]))}`, text: m[0], index: m.index };
  }
  // "令和8年12月2日": a Japanese era, its year (元 is the first), month and day.
  for (const m of line.matchAll(/(\p{Script=Han}{2})(元|\d{1,2})年\s?(\d{1,2})月\s?(\d{1,2})日/gu)) {
    const era = ERAS.get(m[1]);
    if (era !== undefined) return { iso: `${(m[2] === '元' ? 1 : Number(m[2])) + era}-${pad(Number(m[3]))}-${pad(Number(m[4]))}`, text: m[0], index: m.index };
  }
  // "٨ نوفمبر/تشرين الثاني ٢٠٢٦": the month under two names (Levantine usage), the first one known.
  for (const m of line.matchAll(/(?<![\p{L}\d])(\d{1,2})\s+(\p{L}[\p{L}\p{M}]*(?:\s\p{L}[\p{L}\p{M}]*)?)\s?\/\s?(\p{L}[\p{L}\p{M}]*(?:\s\p{L}[\p{L}\p{M}]*)?)\s+(\d{4})(?!\d)/gu)) {
    const month = MONTHS.get(m[2].toLowerCase()) ?? MONTHS.get(m[3].toLowerCase());
    if (month && Number(m[1]) <= 31) return { iso: `${m[4]}-${pad(month)}-${pad(Number(m[1]))}`, text: m[0], index: m.index };
  }
  for (const m of line.matchAll(/(?<![\p{L}\d])(\d{4})\.?\s+(\p{L}[\p{L}\p{M}]{2,14})\.?\s+(\d{1,2})(?![\d:])\.?/gu)) {
    const month = MONTHS.get(m[2].toLowerCase());
    if (month && Number(m[3]) <= 31) return { iso: `${m[1]}-${pad(month)}-${pad(Number(m[3]))}`, text: m[0], index: m.index };
  }
  return null;
}

let connectors: Set<string> | null = null;
let afternoon: Set<string> | null = null;

/**
 * A date without a time, and a time right after it: ", 12:30", " kl. 07:45", " o godz. 9:05",
 * " pukul 10.15 WIB". The connector words come from the data files ("dateConnectors").
 */
export function withTime(found: LocalDate, line: string): LocalDate {
  if (found.iso.includes('T')) return found;
  const end = found.index + found.text.length;
  connectors ??= new Set(bylineWords('dateConnectors'));
  afternoon ??= new Set(bylineWords('afternoonWords'));
  // The dot some languages write after the year ("04.03.2026. u 12:30") may stand before the connector.
  const m = /^(?:\s*[,.–—|-])?\s*(?:[\p{L}\p{M}]{1,8}\.?\s*){0,2}(\d{1,2})[:.h](\d{2})(?::(\d{2}))?(?![\d:])/u.exec(line.slice(end));
  if (!m) return found;
  // Only connector words may stand between the date and the time: the data's, or a word of one or two
  // letters, which between a date and a time is a preposition in any language ("u", "у", "à", "om").
  const words = m[0].slice(0, m[0].search(/\d/)).match(/[\p{L}\p{M}]+/gu) ?? [];
  if (!words.every((w) => connectors!.has(w.toLowerCase()) || [...w].length <= 2) || Number(m[1]) > 23) return found;
  // "शाम 5:40" (evening): a word that puts the time after noon, as "p.m." does.
  const hour = Number(m[1]) + (Number(m[1]) < 12 && words.some((w) => afternoon!.has(w.toLowerCase())) ? 12 : 0);
  const time = `${found.iso}T${pad(hour)}:${m[2]}:${m[3] ?? '00'}`;
  // A connector may stand after the time too ("5:40 बजे (IST)").
  const after = end + m[0].length + (/^\s+[\p{L}\p{M}]{1,8}(?=\s)/u.exec(line.slice(end + m[0].length))?.[0].length ?? 0);
  const trailing = line.slice(end + m[0].length, after).trim().toLowerCase();
  // A written-out offset first: "(GMT+7)" is no GMT.
  const zoneAt = (at: number) => explicitOffset(line, at) ?? zoneAfter(line, at) ?? zonePhraseAfter(line, at, time);
  const zone = zoneAt(end + m[0].length) ?? (trailing && connectors.has(trailing) ? zoneAt(after) : null);
  return { iso: time + (zone ?? ''), text: line.slice(found.index, end + m[0].length), index: found.index };
}

/** "(UTC+2)", "(GMT-6)", "UTC+05:30" within a few words after a time ("klo 15.40 Suomen aikaa (UTC+2)"): the offset, written out. */
export function explicitOffset(line: string, at: number): string | null {
  const m = /(?:UTC|GMT)\s?([+−-])\s?(\d{1,2})(?::?(\d{2}))?(?!\d)/u.exec(line.slice(at, at + 30));
  if (!m || Number(m[2]) > 14) return null;
  return formatOffset((m[1] === '+' ? 1 : -1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)));
}

/** A zone abbreviation chrono does not know, right after a time: "14:05 МСК", "10:15 WIB", "(IST)". */
export function zoneAfter(line: string, at: number): string | null {
  const zone = /^\s*\(?([A-Za-z\u0400-\u04FF]{2,5})\)?(?!\p{L})/u.exec(line.slice(at));
  const offset = zone ? (ZONES as unknown as Record<string, number>)[zone[1]] : undefined;
  return offset === undefined ? null : formatOffset(offset);
}

/**
 * A zone named in words right after a time ("17h20 (heure de Paris)", "9 a.m. Eastern Time"):
 * its offset on that date, from the zone's own rules (Intl), so summer time is right.
 */
export function zonePhraseAfter(line: string, at: number, wall: string): string | null {
  const rest = line.slice(at).replace(/^[\s(]+/u, '').toLowerCase();
  for (const [phrase, zone] of bylineZonePhrases()) {
    if (!rest.startsWith(phrase) || /\p{L}/u.test(rest.charAt(phrase.length))) continue;
    return zone ? formatOffset(offsetOn(zone, wall)) : null;
  }
  return null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset in minutes of `zone` at wall-clock time `wall` (YYYY-MM-DDTHH:MM[:SS]) there. */
function offsetOn(zone: string, wall: string): number {
  const [y, mo, d, h, mi] = wall.split(/[-T:]/).map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  let fmt = formatters.get(zone);
  if (!fmt) formatters.set(zone, (fmt = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const at = (ms: number) => {
    const name = fmt!.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
    const m = /([+-])(\d{2}):?(\d{2})?/.exec(name);
    return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  };
  // The instant whose wall time there is `wall`: one correction, then a check across a switch.
  const first = at(asUtc);
  return at(asUtc - first * 60_000);
}

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
