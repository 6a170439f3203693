import * as chrono from 'chrono-node/en';
import { impossibleDate } from '../date-form.js';
import { defineRule } from '../rule.js';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** The calendar date (YYYY-MM-DD, or shorter at the precision written), or a reason it is none. */
function calendarDate(text: string): { day: string } | { problem: string } {
  const m = ISO.exec(text.trim());
  if (m) {
    const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x))) as number[];
    const d = new Date(Date.UTC(year, month - 1, day));
    if (month < 1 || month > 12 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return { problem: 'is not a real date' };
    if (hour > 23 || minute > 59 || second > 60) return { problem: 'has a time that does not exist' };
    return { day: [m[1], m[2] ?? '01', m[3] ?? '01'].join('-') };
  }
  if (impossibleDate(text)) return { problem: 'is not a real date' };
  const parsed = chrono.parseDate(text, new Date(Date.UTC(2000, 0, 1)));
  if (!parsed) return { problem: 'is not a date' };
  return { day: parsed.toISOString().slice(0, 10) };
}

function today(timeZone: string | null, now: Date): string {
  if (!timeZone) return new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export default defineRule({
  name: 'implausible-date',
  severity: 'error',
  description: 'The publication date is not a real date, is in the future, or is before 1990',
  options: {
    earliest: { type: 'number', default: 1990, description: 'the earliest plausible year' },
    now: { type: 'string', default: '', description: 'the date to judge "future" against (default: today, in the source\'s time zone)' },
  },
  check({ article, options, settings, report }) {
    const date = article.date;
    if (!date) return;
    const result = calendarDate(date.text);
    if ('problem' in result) return report(`Date “${date.text}” ${result.problem}`, date.position);
    const given = options.now ? new Date(String(options.now)) : null;
    const now = given && !Number.isNaN(given.getTime()) ? given : new Date();
    const limit = today(settings.timeZone, now);
    if (result.day > limit) report(`Date “${date.text}” is in the future`, date.position);
    else if (Number(result.day.slice(0, 4)) < Number(options.earliest)) report(`Date “${date.text}” is before ${options.earliest}`, date.position);
  },
  docs: {
    valid: [{ file: 'dated.md', text: '---\ntitle: Harbour wall to be rebuilt\ndate: "2024-03-02T09:30:00+01:00"\n---\n\nThe council voted on Tuesday.\n' }],
    invalid: [
      { file: 'no-such-day.md', text: '---\ntitle: Harbour wall to be rebuilt\ndate: "2023-02-30"\n---\n\nThe council voted on Tuesday.\n', lines: [3] },
      { file: 'no-such-day.txt', text: 'Bakery wins regional prize\n\nBy Thomas Ashworth\nFebruary 30, 2024\n\nA family bakery in the old town has won the regional baking championship with a sourdough loaf.\n', lines: [4] },
      { file: 'future.md', text: '---\ntitle: Harbour wall to be rebuilt\ndate: "2999-01-01"\n---\n\nThe council voted on Tuesday.\n', lines: [3] },
      { file: 'old.json', text: '{\n  "headline": "Harbour wall to be rebuilt",\n  "byline": {\n    "authors": ["Ana Ruiz"],\n    "published": "1970-01-01"\n  },\n  "sections": []\n}\n', lines: [5] },
    ],
  },
});
