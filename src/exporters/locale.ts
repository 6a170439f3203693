/**
 * The article's language as exporters need it: a `lang` attribute, a writing direction,
 * and the publication date in words. All of it comes from Intl (the language data ships
 * with Node), so there is no list of languages or month names here.
 *
 * `article.language` is optional (BCP 47, null when unknown). Unknown means unknown: no
 * `lang` is claimed, and the date is written in English (the labels around it are too).
 */
import type { Article } from '../types.js';

export interface ArticleLocale {
  /** Canonical BCP 47 tag, or null when the article's language is unknown or not a valid tag. */
  lang: string | null;
  /** 'rtl' for right-to-left scripts (Hebrew, Arabic, Persian, Urdu…), else 'ltr'. */
  dir: 'ltr' | 'rtl';
}

/** The language the pipeline recorded (a library caller may pass anything: check it is a string). */
function declaredLanguage(article: Article): string | null {
  const value: unknown = article.language;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function articleLocale(article: Article): ArticleLocale {
  const declared = declaredLanguage(article);
  if (declared === null) return { lang: null, dir: 'ltr' };
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(declared);
  } catch {
    return { lang: null, dir: 'ltr' };
  }
  if (!locale.language || locale.language === 'und') return { lang: null, dir: 'ltr' };
  return { lang: locale.toString(), dir: textDirection(locale) };
}

function textDirection(locale: Intl.Locale): 'ltr' | 'rtl' {
  // Node 20 has the `textInfo` getter; newer engines replace it with getTextInfo().
  const withInfo = locale as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
  const info = withInfo.getTextInfo?.() ?? withInfo.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * `byline.published` in words, in the article's language:
 * '2019-09-10T13:00:00' → 'September 10, 2019 at 1:00 PM' (en), '10 de septiembre de 2019, 13:00' (es).
 * The clock time is the one written in the input; an offset is shown after it ('UTC-05:00').
 * Returns null when the value is not an ISO date this can read (the caller shows it as is).
 */
export function formatPublished(iso: string, lang: string | null): string | null {
  const m = ISO.exec(iso.trim());
  if (!m) return null;
  const [, y, mo, d, hh, mi, ss, zone] = m;
  const fields = [y, mo ?? '01', d ?? '01', hh ?? '00', mi ?? '00', ss ?? '00'].map(Number);
  const [year, month, day, hour, minute, second] = fields;
  // Wall-clock time as written: build it in UTC and format in UTC, so nothing shifts.
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;

  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
  if (d === undefined) Object.assign(options, mo === undefined ? { year: 'numeric' } : { year: 'numeric', month: 'long' });
  else Object.assign(options, hh === undefined ? { dateStyle: 'long' } : { dateStyle: 'long', timeStyle: 'short' });
  const text = formatter(lang, options).format(date);
  if (zone === undefined || hh === undefined) return text;
  return `${text} ${zone === 'Z' ? 'UTC' : `UTC${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`}`;
}

function formatter(lang: string | null, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(lang ?? 'en', options);
  } catch {
    return new Intl.DateTimeFormat('en', options);
  }
}
