/**
 * The date parts of a byline line: a date with the words that may stand around it
 * ("Publié le … à 18h42", "Updated: 2 hours ago", "· Aggiornato alle 10:20"), and reading
 * times. Labels, connectors and weekday names come from src/lang/<code>/byline.json.
 */
import ZONE_TABLE from '../../lang/common/zones.json' with { type: 'json' };
import { tokenize, wordsOf } from '../../lang/phrases.js';

// Labels, connectors and weekday names of every language, as words (built once).
let dateWords: Set<string> | null = null;
import { bylineWords, bylineZonePhrases, otherCalendars, phraseSet } from '../../lang/vocabulary.js';
import { wordCount } from '../../text/words.js';
import { parseDate } from './date.js';
import { afterLead } from './leads.js';

const DATE_LABELS = () => phraseSet('dateLabels', () => bylineWords('dateLabels'));
const AGENTS = () => phraseSet('agentWords', () => bylineWords('agentWords'));
const READING_TIMES = () => phraseSet('readingTime', () => bylineWords('readingTime'));

/** A date and nothing else (a label such as "Published:" and a trailing "by X" allowed). */
export function dateSegment(segment: string): { iso: string; by: string | null; on: string | null; labelled: boolean } | null {
  const unlabelled = afterLead(DATE_LABELS(), segment);
  const labelled = unlabelled !== null;
  const text = (unlabelled ?? segment).trim();
  const found = parseDate(text);
  if (!found) return null;
  // "भोपाल, 13 मार्च 2026 …", "Leeds, 4 March 2025": the place a dated line opens with, one to three words and a comma.
  const before = text.slice(0, found.index);
  const place = /^[\p{L}\p{M}][\p{L}\p{M}.'’-]*(?: [\p{L}\p{M}][\p{L}\p{M}.'’-]*){0,2},\s*$/u.test(before);
  let rest = ((place ? '' : before) + ' ' + text.slice(found.index + found.text.length)).trim();
  let by: string | null = null;
  // "… by X", "… por X", "… von X": the agent word of any language ("agentWords"), then a short name.
  const words = wordsOf(rest);
  const agent = words.tokens.findIndex((_, i) => AGENTS().startAt(words, i) > 0);
  if (agent >= 0 && agent + 1 < words.tokens.length) {
    const name = rest.slice(words.starts[agent + AGENTS().startAt(words, agent)]).trim();
    if (wordCount(name) <= 5) {
      by = name;
      rest = rest.slice(0, words.starts[agent]).trim();
    }
  }
  // "Aired Saturday 8 March 2025 on Harrowgate TV": where it was published, after the date.
  let on: string | null = null;
  const where = labelled ? /(?:^|\s)(?:on|in)\s+(\p{Lu}\S*(?:\s+\S+){0,4})$/u.exec(rest) : null;
  if (where && !/\d/.test(where[1])) {
    on = where[1].trim();
    rest = rest.slice(0, where.index).trim();
  }
  return dateNoise(rest) ? { iso: found.iso, by, on, labelled } : null;
}

/**
 * What may stand around a date on a date line and say nothing else: weekday names, "at",
 * "à", "alle", a second (updated) date or time, date labels, a zone abbreviation.
 */
function dateNoise(rest: string): boolean {
  let text = withoutOtherCalendars(rest);
  for (let i = 0; i < 2; i++) {
    const d = parseDate(text);
    if (!d) break;
    text = `${text.slice(0, d.index)} ${text.slice(d.index + d.text.length)}`;
  }
  text = text.replace(/\d{1,2}\s?[:h.]\s?\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?/gi, ' ').replace(/\(?(?:UTC|GMT)\s?[+−-]\s?\d{1,2}(?::?\d{2})?\)?/giu, ' ');
  const labels = (dateWords ??= new Set(
    tokenize([...bylineWords('dateLabels'), ...bylineWords('dateConnectors'), ...bylineWords('weekdays'), ...bylineZonePhrases().map(([p]) => p)].join(' ')).tokens,
  ));
  return wordsOf(text).tokens.every(
    (t) => t.length <= 2 || labels.has(t) || t in ZONES || labelledPlace(t, labels),
  ) && !/\d/.test(text.replace(/[\s,.:;()·|–—-]/g, ''));
}

let calendarMonths: { months: string[]; eras: Set<string> }[] | null = null;

/** The text without dates of another calendar ("22 ربيع الآخر 1447 هـ"): day, month name, year, era. */
export function withoutOtherCalendars(text: string): string {
  calendarMonths ??= otherCalendars().map((c) => ({ months: [...c.months].sort((a, b) => b.length - a.length), eras: new Set(c.eras) }));
  let out = text;
  for (const { months, eras } of calendarMonths) {
    for (const month of months) {
      const at = out.indexOf(month);
      if (at < 0) continue;
      const before = out.slice(0, at).trimEnd();
      const day = /\d{1,2}$/.exec(before);
      const year = /^\s+\d{3,4}(?:\s*(\S{1,3}))?/u.exec(out.slice(at + month.length));
      if (!day || !year) continue;
      const era = year[1] && eras.has(year[1]) ? year[0] : year[0].slice(0, year[0].length - (year[1]?.length ?? 0));
      out = `${before.slice(0, day.index)} ${out.slice(at + month.length + era.length)}`;
    }
  }
  return out;
}

/** "发表于浙江" ("published in Zhejiang"): in scripts without spaces, a date label and the place it names. */
function labelledPlace(token: string, labels: Set<string>): boolean {
  if (!/^[\u3400-\u9FFF]{3,12}$/u.test(token)) return false;
  for (let n = 2; n < token.length - 1; n++) if (labels.has(token.slice(0, n))) return true;
  return false;
}

const ZONES: Record<string, unknown> = Object.fromEntries(Object.keys(ZONE_TABLE).map((z) => [z.toLowerCase(), true]));

/** A date label, then a count and a unit or two: "Updated: 2 hours ago", "Publicado hace 3 horas". */
export function relativeDate(segment: string): boolean {
  const rest = afterLead(DATE_LABELS(), segment);
  return rest !== null && (rest.match(/\d+/g) ?? []).length === 1 && wordCount(rest) <= 4 && !/[.!?]$/.test(rest);
}

/** "Aggiornato alle 10:20", "Updated 3:45 p.m.": a labelled time with no date of its own. */
export function labelledTime(segment: string): boolean {
  const rest = afterLead(DATE_LABELS(), segment);
  return rest !== null && /\d{1,2}\s?[:h.]\s?\d{2}/.test(rest) && dateNoise(rest);
}


/** "4 min read", "Lesezeit 5 Minuten", "Issue #12": a segment that only counts. */
export function isReadingTime(segment: string): boolean {
  if (/^(?:issue|vol\.?|volume|no\.?|edition|episode|ep\.?)\s*#?\d+$/i.test(segment)) return true;
  // "Aflevering 87", "Folge 12", "№14": in any language, one capitalised word (or a number sign) and a number of up to three figures (not a year: "Marts 2025") count an issue.
  if (/^(?:\p{Lu}\p{Ll}+\.?\s*#?|№\s?)\d{1,3}$/u.test(segment)) return true;
  // "7 posts", "1.2K views", "1,204 likes"; not "8660 Skovby" (a postcode and a town).
  if (/^\d{1,3}(?:[.,]\d+)*\s?[kKmM]?\s+\p{L}+$/u.test(segment)) return true;
  const rest = segment.replace(/\d+\s*(?:[-–]\s*\d+)?/g, ' ').trim();
  return /\d/.test(segment) && rest !== '' && READING_TIMES().whole(rest);
}

