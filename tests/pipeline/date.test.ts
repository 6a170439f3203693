import { beforeEach, describe, expect, it } from 'vitest';
import { parseDate, setDateLanguage } from '../../src/pipeline/byline/date.js';

// parseDate tries the locales of the article being cleaned (set by the evidence stage); these
// lines are parsed alone, as in a fresh process, whatever a test before them cleaned.
beforeEach(() => setDateLanguage(null));

// Run also under TZ=America/Los_Angeles and TZ=Asia/Tokyo: results must not change.
const cases: [line: string, iso: string][] = [
  // time without zone: local date-time, no offset
  ['September 10, 2019 at 01:00PM by CWC', '2019-09-10T13:00:00'],
  ['November 20, 2019 at 08:01AM by MKL', '2019-11-20T08:01:00'],
  ['Mon, Nov 18, 2019 8:28 PM ', '2019-11-18T20:28:00'],
  ['2019-11-20 10:15', '2019-11-20T10:15:00'],
  // US zones follow DST for the date
  ['Nov. 20, 2019 10:15 a.m. ET', '2019-11-20T10:15:00-05:00'],
  ['Published: Nov. 20, 2019 1:07 a.m. ET', '2019-11-20T01:07:00-05:00'],
  ['Dan Evon | Snopes.com | Published: Nov. 18, 2019 5:15 a.m. ET', '2019-11-18T05:15:00-05:00'],
  ['Molly Wood | WIRED | Nov 14 2019, 6:00 am PT', '2019-11-14T06:00:00-08:00'],
  ['July 4, 2019 9:00 a.m. ET', '2019-07-04T09:00:00-04:00'],
  // UTC/GMT/Z
  ['Rodrigo Campos | Reuters | November 19, 2019 21:57 UTC', '2019-11-19T21:57:00Z'],
  ['Updated: 20 Nov 2019 14:05 GMT', '2019-11-20T14:05:00Z'],
  ['2019-11-20T10:15:00Z', '2019-11-20T10:15:00Z'],
  // RFC 822
  ['Tue, 19 Nov 2019 09:20:00 +0000', '2019-11-19T09:20:00Z'],
  ['Wed, 20 Nov 2019 10:15:00 -0500', '2019-11-20T10:15:00-05:00'],
  ['Tue, 19 Nov 2019 09:20:00 GMT', '2019-11-19T09:20:00Z'],
  // no time: date only
  ['Posted by Paul Takahashi on November 20, 2019', '2019-11-20'],
  ['November 18, 2019', '2019-11-18'],
  ['2019-11-20', '2019-11-20'],
  ['2018-10-09', '2018-10-09'],
  ['20 November 2019', '2019-11-20'],
  ['Updated Nov. 21, 2019', '2019-11-21'],
];

const more: [line: string, iso: string][] = [
  ['2019-11-20T10:15:00+02:00', '2019-11-20T10:15:00+02:00'],
  ['2019-11-20T10:15:00.123-05:30', '2019-11-20T10:15:00-05:30'],
  ['Wed, 20 Nov 2019 10:15:37 +0530', '2019-11-20T10:15:37+05:30'],
  ['Nov 20, 2019 12:30 a.m. CT', '2019-11-20T00:30:00-06:00'],
  ['Nov 20, 2019 9:15 AM (ET)', '2019-11-20T09:15:00-05:00'],
  ['Updated 9:41 AM EST, Wed November 20, 2019', '2019-11-20T09:41:00-05:00'],
  ['Jul 20, 2019 4:00 PM PDT', '2019-07-20T16:00:00-07:00'],
  ['20 Jul 2019 14:05 BST', '2019-07-20T14:05:00+01:00'],
  ['20 Jul 2019 14:05 CEST', '2019-07-20T14:05:00+02:00'],
  ['Jan 20, 2019 10:00 CET', '2019-01-20T10:00:00+01:00'],
  ['11/20/2019', '2019-11-20'],
  ['Wednesday 20 November 2019 09.15 GMT', '2019-11-20T09:15:00Z'],
  // the zone comes before the date: DST must follow the date, not today
  ['Posted at 5:00 p.m. PT on July 3, 2019', '2019-07-03T17:00:00-07:00'],
];

// Around the US switches: wall-clock comparison, whatever the machine's zone.
const dst: [line: string, iso: string][] = [
  ['March 10, 2019 1:59 a.m. ET', '2019-03-10T01:59:00-05:00'],
  ['March 10, 2019 3:00 a.m. ET', '2019-03-10T03:00:00-04:00'],
  ['Nov 2, 2019 11:00 p.m. PT', '2019-11-02T23:00:00-07:00'],
  ['Nov 3, 2019 3:00 a.m. ET', '2019-11-03T03:00:00-05:00'],
  ['Mar 31, 2019 3:00 CET', '2019-03-31T03:00:00+02:00'],
  // before 2007 the US switched back on the last Sunday of October (Oct 29, 2006)
  ['Oct 30, 2006 9:00 a.m. ET', '2006-10-30T09:00:00-05:00'],
  ['Apr 1, 2006 9:00 a.m. ET', '2006-04-01T09:00:00-05:00'],
  ['Apr 3, 2006 9:00 a.m. ET', '2006-04-03T09:00:00-04:00'],
];

describe('parseDate', () => {
  it.each(cases)('%s → %s', (line, iso) => {
    expect(parseDate(line)?.iso).toBe(iso);
  });

  it.each(more)('%s → %s', (line, iso) => {
    expect(parseDate(line)?.iso).toBe(iso);
  });

  it.each(dst)('DST boundary: %s → %s', (line, iso) => {
    expect(parseDate(line)?.iso).toBe(iso);
  });

  it.each([
    'By Lars Brandle',
    'Selected by CWC',
    'Author Aly Semigran | Well and Good',
    'Marisol Keane · 4 min read',
    'Kate Spade Autumn/Winter Sale',
    'The company said on Friday that sales had fallen sharply last month.',
    'Posted 3 days ago',
    'by Staff, 1 hour ago',
    'Nov 20 at 5pm',
    'Friday, November 22',
    'November 2019',
    'Copyright 2019',
    'In 1998 he moved to Paris.',
    '',
  ])('no date in %j', (line) => {
    expect(parseDate(line)).toBeNull();
  });

  it('returns the matched text and its offset in the line', () => {
    expect(parseDate('Dan Evon | Snopes.com | Published: Nov. 18, 2019 5:15 a.m. ET')).toEqual({
      iso: '2019-11-18T05:15:00-05:00',
      text: 'Nov. 18, 2019 5:15 a.m. ET',
      index: 35,
    });
    expect(parseDate('Posted by Paul Takahashi on November 20, 2019')).toEqual({
      iso: '2019-11-20',
      text: 'November 20, 2019',
      index: 28,
    });
    expect(parseDate('September 10, 2019 at 01:00PM by CWC')).toEqual({
      iso: '2019-09-10T13:00:00',
      text: 'September 10, 2019 at 01:00PM',
      index: 0,
    });
  });

  it('index and text point into the input line', () => {
    for (const [line] of [...cases, ...more]) {
      const parsed = parseDate(line)!;
      expect(line.slice(parsed.index, parsed.index + parsed.text.length)).toBe(parsed.text);
    }
  });

  it('takes the first absolute date when a line has several', () => {
    expect(parseDate('Nov 20 2019 10:15 PT | Updated Nov 21 2019')?.iso).toBe('2019-11-20T10:15:00-08:00');
  });
});
