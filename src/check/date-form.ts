/**
 * Dates by their written form, in any language the month tables know (readers/vocab):
 * "30 February 2024", "February 30, 2024", "12. März 2031", "2 de julio de 2024",
 * "2024-13-05", "31/02/2024". Used to tell a date that does not exist from text that is
 * no date, and to find a date line the byline stage could not read.
 */
import { MONTHS } from '../readers/vocab/date-names.js';

export interface WrittenDate {
  /** Every reading of the numbers (day-month and month-day orders for d/d/yyyy). */
  readings: { year: number; month: number; day: number }[];
  text: string;
}

const NAMED_DMY = /(?<![\p{L}\d])(\d{1,2})(?:\.|º|er)?\s+(?:de\s+)?(\p{L}{3,12})\.?,?\s+(?:de\s+)?(\d{4})(?!\d)/u;
const NAMED_MDY = /(?<![\p{L}\d])(\p{L}{3,12})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/u;
const YMD = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
const DMY = /(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/;

export function writtenDate(text: string): WrittenDate | null {
  const dmy = NAMED_DMY.exec(text);
  const dm = dmy && MONTHS.get(dmy[2].toLowerCase().replace(/\.$/, ''));
  if (dmy && dm) return { readings: [{ year: +dmy[3], month: dm, day: +dmy[1] }], text: dmy[0] };
  const mdy = NAMED_MDY.exec(text);
  const mm = mdy && MONTHS.get(mdy[1].toLowerCase());
  if (mdy && mm) return { readings: [{ year: +mdy[3], month: mm, day: +mdy[2] }], text: mdy[0] };
  const ymd = YMD.exec(text);
  if (ymd) return { readings: [{ year: +ymd[1], month: +ymd[3], day: +ymd[4] }], text: ymd[0] };
  const n = DMY.exec(text);
  if (n) return { readings: [{ year: +n[4], month: +n[3], day: +n[1] }, { year: +n[4], month: +n[1], day: +n[3] }], text: n[0] };
  return null;
}

export function isRealDay(d: { year: number; month: number; day: number }): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  const x = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return x.getUTCMonth() === d.month - 1 && x.getUTCDate() === d.day;
}

/** The written date no reading of which is a real day ("February 30, 2024"), or null. */
export function impossibleDate(text: string): string | null {
  const w = writtenDate(text);
  return w && !w.readings.some(isRealDay) ? w.text : null;
}
