import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/readers/feed-date.js';

describe('parseFeedDate', () => {
  it.each([
    ['Wed, 12 Mar 2025 08:10:00 GMT', '2025-03-12T08:10:00Z'],
    ['Thu, 13 Mar 2025 17:45:00 EST', '2025-03-13T17:45:00-05:00'],
    ['Tue, 4 Mar 2025 10:00 PDT', '2025-03-04T10:00:00-07:00'],
    ['Fri, 14 Mar 2025 09:00:00 +0100', '2025-03-14T09:00:00+01:00'],
    ['Qua, 12 Mar 2025 08:10:00 -0300', '2025-03-12T08:10:00-03:00'],
    ['mer., 12 mars 2025 08:10:00 +0100', '2025-03-12T08:10:00+01:00'],
    ['Пн, 03 мар 2025 09:15:00 +0300', '2025-03-03T09:15:00+03:00'],
    ['12 de março de 2025', '2025-03-12'],
    ['Wed, Mar 12, 2025 08:10 CET', '2025-03-12T08:10:00+01:00'],
    ['2025-03-09T14:05:00Z', '2025-03-09T14:05:00Z'],
    ['2025-03-09T14:05:00.250+05:30', '2025-03-09T14:05:00+05:30'],
    ['2025-03-09', '2025-03-09'],
    ['2025-03-09 14:05', '2025-03-09T14:05:00'],
    ['2025/3/9 14:05:00', '2025-03-09T14:05:00'],
    ['Tue, 11 Mar 25 07:00:00 GMT', '2025-03-11T07:00:00Z'],
    ['2025年3月9日 14:05', '2025-03-09T14:05:00'],
    ['Wed, 12 Mar 2025 08:10:00 GMT+0100', '2025-03-12T08:10:00+01:00'],
    ['Thu, 13 Mar 2025 00:30:00 GMT+8', '2025-03-13T00:30:00+08:00'],
    ['Wed,12 Mar 2025 08:10:00 GMT', '2025-03-12T08:10:00Z'],
    ['Mar 12, 2025 8:10 PM', '2025-03-12T20:10:00'],
    ['Wed, 12 Mar 2025 12:05 AM EST', '2025-03-12T00:05:00-05:00'],
    ['Wednesday, March 12th, 2025 - 8:10 pm', '2025-03-12T20:10:00'],
    ['Mi, 12 Mär 2025 08:10:00 MEZ', '2025-03-12T08:10:00+01:00'],
    ['mié, 12 dic 2025 08:10:00 +0100', '2025-12-12T08:10:00+01:00'],
    ['Ср, 12 февр 2025 08:10:00 +0300', '2025-02-12T08:10:00+03:00'],
    ['12 февраля 2025 г., 08:10', '2025-02-12T08:10:00'],
    ['ד, 12 מרץ 2025 08:10:00 +0200', '2025-03-12T08:10:00+02:00'],
    ['12 בפברואר 2025', '2025-02-12'],
    ['12 mars 2025 à 08h10', '2025-03-12T08:10:00'],
    ['12.03.2025 08:10', '2025-03-12T08:10:00'],
    ['03/25/2025 08:10', '2025-03-25T08:10:00'],
    ['2025년 3월 9일 14:05', '2025-03-09T14:05:00'],
    ['Jeu, 13 Fév 2025 10:00:00 +0100', '2025-02-13T10:00:00+01:00'],
    ['יום ד׳, 12 מרץ 2025 08:10', '2025-03-12T08:10:00'],
    ['Wed Nov 20 15:30:00 UTC 2024', '2024-11-20T15:30:00Z'],
    ['Wed Nov 20 2024 15:30:00 GMT+0000 (Coordinated Universal Time)', '2024-11-20T15:30:00Z'],
  ])('reads %s', (input, iso) => {
    expect(parseFeedDate(input)).toBe(iso);
  });

  it('gives null for what is no date, or no real day', () => {
    expect(parseFeedDate('soon')).toBeNull();
    expect(parseFeedDate('Thu, 31 Feb 2025 10:00:00 GMT')).toBeNull();
    expect(parseFeedDate('')).toBeNull();
    expect(parseFeedDate(null)).toBeNull();
  });

  it('knows Russian and Hebrew short month names, and refuses an hour past 12 with PM', async () => {
    const { MONTHS } = await import('../../src/readers/vocab/date-names.js');
    expect(MONTHS.get('февр')).toBe(2);
    expect(MONTHS.get('מרץ')).toBe(3);
    expect(parseFeedDate('Wed, 12 Mar 2025 13:10 PM')).toBeNull();
  });

  it('keeps the wall-clock time when the zone is unknown', () => {
    expect(parseFeedDate('Wed, 12 Mar 2025 08:10:00 XYZT')).toBe('2025-03-12T08:10:00');
  });
});
