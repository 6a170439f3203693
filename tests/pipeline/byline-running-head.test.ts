// The outlet of a page's running head above the title, told by the form of its parts (an
// acronym first, a name after a label in capitals, a name before the kind of issue and its
// number or date), a masthead "Outlet, City", and abbreviations inside a copyright holder.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';
import { outletFromCopyright } from '../../src/pipeline/byline/credits.js';
import { runningHeadOutlet } from '../../src/pipeline/byline/running-head.js';

const story = [
  'The harbour board voted on Tuesday to extend the ferry timetable into the winter months, after two years of complaints from island residents who rely on the last evening crossing.',
  'Board members said the longer timetable would cost about 40,000 euros a year, to be paid from the parking fees collected at the terminal since the spring.',
];
const bylineOf = (head: string[], credit = 'By Marta Kovač') =>
  cleanArticle([...head, 'Ferry timetable extended into the winter', credit, ...story].join('\n\n')).byline;

describe('a running head above the title names the outlet', () => {
  it('an acronym before a department after a dash', () => {
    expect(bylineOf(['COMUNICATO SINDACALE', 'FIALC – Segreteria provinciale di Torino'], 'di Chiara Lombardo')).toMatchObject({ publication: 'FIALC', authors: ['Chiara Lombardo'] });
  });

  it('the name after a label in capitals', () => {
    expect(bylineOf(['NEWS RELEASE | Halvorsen Institute for Marine Science'])).toMatchObject({ publication: 'Halvorsen Institute for Marine Science' });
  });

  it('the name before the kind of issue, with the issue date as the date', () => {
    expect(bylineOf(["Barwon Growers' Market newsletter · Issue 47 · Friday 6 March 2026"])).toMatchObject({ publication: "Barwon Growers' Market", published: '2026-03-06' });
  });

  it('a title in sentence case beside an issue number', () => {
    expect(runningHeadOutlet('Zadružni glasnik · št. 2/2026 · Kmetijska zadruga Dolina')).toBe('Zadružni glasnik');
  });

  it('but no navigation, account links or a station beside a section word', () => {
    expect(runningHeadOutlet('Sign in | Subscribe')).toBeNull();
    expect(runningHeadOutlet('Subscribe to The Daily | Manage preferences')).toBeNull();
    expect(runningHeadOutlet('Habari | Pwani FM 98.4')).toBeNull();
    expect(runningHeadOutlet('This issue is brought to you by Corio Bay Community Bank – banking for locals since 1974')).toBeNull();
  });
});

describe('other outlet forms', () => {
  it('a masthead "Outlet, City" above the title is the outlet, not an author', () => {
    expect(bylineOf(['Sanjeevani Kaveri Hospitals, Pune'], 'By Ananya Kulkarni')).toMatchObject({ publication: 'Sanjeevani Kaveri Hospitals', authors: ['Ananya Kulkarni'] });
  });

  it('a copyright holder keeps the dots of its abbreviations', () => {
    expect(outletFromCopyright('© 2026 TSV Grünwiesen 1908 e.V. · Impressum · Datenschutzerklärung')).toBe('TSV Grünwiesen 1908 e.V.');
    expect(outletFromCopyright('© 2025 Wattage.com. All rights reserved.')).toBe('Wattage.com');
    expect(outletFromCopyright('© 2023 Acme Inc. All rights reserved.')).toBe('Acme');
  });

  it("the outlet's copyright is in the footer, not a picture's copyright inside the story", () => {
    const text = ['Ferry timetable extended into the winter', 'By Marta Kovač', story[0], 'Photo: © Atelier Vannier, Julien Raspail', story[1], '© Harbour Courier 2026. All rights reserved.'].join('\n\n');
    expect(cleanArticle(text).byline.publication).toBe('Harbour Courier');
  });
});
