import { beforeEach, describe, expect, it } from 'vitest';
import { boilerplate } from '../../src/pipeline/boilerplate/index.js';
import { byline } from '../../src/pipeline/byline/index.js';
import { setDateLanguage } from '../../src/pipeline/byline/date.js';
import { parseBylineLine } from '../../src/pipeline/byline/line.js';
import { headline } from '../../src/pipeline/headline.js';
import { runStages } from '../helpers/stages.js';
import { blockText, roleOf } from '../../src/tree.js';

// parseDate tries the locales of the article being cleaned (set by the evidence stage); these
// lines are parsed alone, as in a fresh process, whatever a test before them cleaned.
beforeEach(() => setDateLanguage(null));

describe('byline lines', () => {
  it.each([
    ['By Lars Brandle', { authors: ['Lars Brandle'], led: true }],
    ['By Stefan Becket, Kathryn Watson and Grace Segers', { authors: ['Stefan Becket', 'Kathryn Watson', 'Grace Segers'], led: true }],
    ['By Maria Ortiz, Staff Writer', { authors: ['Maria Ortiz'], led: true }],
    ['Written by Victor Tangermann', { authors: ['Victor Tangermann'], led: true }],
    ['Author Aly Semigran | Well and Good', { authors: ['Aly Semigran'], publication: 'Well and Good', led: true }],
    ['By Olivia Larsen | The GiveWell Blog', { authors: ['Olivia Larsen'], publication: 'The GiveWell Blog', led: true }],
    ['Molly Wood | WIRED | Nov 14 2019, 6:00 am PT', { authors: ['Molly Wood'], publication: 'WIRED', published: '2019-11-14T06:00:00-08:00' }],
    ['Marisol Keane · 4 min read', { authors: ['Marisol Keane'] }],
    ['Posted by Paul Takahashi on November 20, 2019', { authors: ['Paul Takahashi'], published: '2019-11-20', led: true, poster: true }],
    ['September 10, 2019 at 01:00PM by CWC', { curator: 'CWC', published: '2019-09-10T13:00:00' }],
    ['Selected by Tessa Rowe', { curator: 'Tessa Rowe' }],
    ['Published: Nov. 20, 2019 1:07 a.m. ET', { published: '2019-11-20T01:07:00-05:00' }],
    ['2018-10-09', { published: '2018-10-09' }],
    ['By JANE DOE and JOHN ROE Associated Press', { authors: ['Jane Doe', 'John Roe'], publication: 'Associated Press', led: true }],
    ['By Dr. Sanjay Gupta, CNN Chief Medical Correspondent', { authors: ['Sanjay Gupta'], led: true }],
    ['By Jane Doe for The Guardian', { authors: ['Jane Doe'], publication: 'The Guardian', led: true }],
    ['Story by Ana Ruiz • Photos by Tom Berg', { authors: ['Ana Ruiz'], led: true }],
    ['Posted on November 20, 2019 by janedoe', { published: '2019-11-20' }],
    ['Nov 21, 2019 · 9:05am via Pocket', { via: 'Pocket', published: '2019-11-21T09:05:00' }],
    ['Lucia Ferreira, Great Plains Report', { authors: ['Lucia Ferreira'], publication: 'Great Plains Report', bare: true }],
    ['Nadia Brennan Science correspondent', { authors: ['Nadia Brennan'], bare: true }],
    ['Tri-County Courier · Amara Eze · 20 Nov 2019 14:05 GMT', { authors: ['Amara Eze'], publication: 'Tri-County Courier', published: '2019-11-20T14:05:00Z' }],
    ['submitted 3 hours ago by kettlecorn_kid to r/Health', { curator: 'kettlecorn_kid' }],
    ['Carmen Ortiz flipped this into Morning Reads', { curator: 'Carmen Ortiz' }],
    ['Updated 3:42 PM EST, Wed November 20, 2019', { published: '2019-11-20T15:42:00-05:00' }],
  ])('%s', (line, expected) => {
    expect(parseBylineLine(line)).toEqual({ authors: [], publication: null, curator: null, published: null, ...expected });
  });

  it.each([
    'By the time the ferry arrived, the storm had passed.',
    'Kate Spade Autumn/Winter Sale',
    'Trump Impeachment Hearing: November 20, 2019',
    'The Staff Writer Who Knew Too Much',
  ])('is not fooled by %s', (line) => {
    expect(parseBylineLine(line)).toBeNull();
  });

  // Answers are kept for lines asked about again (several stages read the same lines).
  it('answers a line asked about again afresh: a caller changing its facts changes no later answer', () => {
    const first = parseBylineLine('By Lars Brandle | Billboard')!;
    first.authors.push('Someone Else');
    first.publication = null;
    expect(parseBylineLine('By Lars Brandle | Billboard')).toEqual({ authors: ['Lars Brandle'], publication: 'Billboard', curator: null, published: null, led: true });
  });

  it("reads a line again under another article's language: numeric dates follow its calendar order", () => {
    setDateLanguage('en');
    expect(parseBylineLine('3/4/2025')?.published).toBe('2025-03-04');
    setDateLanguage('fr');
    expect(parseBylineLine('3/4/2025')?.published).toBe('2025-04-03');
  });
});

describe('byline stage', () => {
  const run = (lines: string[]) => runStages(lines.join('\n\n'), boilerplate, headline, byline).file.data.byline;
  const para = 'Officials said the terminal repairs cost about $40,000 and were finished two days ahead of plan, allowing the first crossing to leave on time.';

  it('reads reporters from a wire credit and the outlet from the dateline', () => {
    const b = run(['Ferry returns', `PORT ELLIS (Coastal Wire) – ${para}`, para, '(Reporting by Ana Ruiz and Tom Berg in Port Ellis; Editing by Jo Park)']);
    expect(b).toMatchObject({ authors: ['Ana Ruiz', 'Tom Berg'], publication: 'Coastal Wire' });
  });

  it('prefers the syndication trailer to the copyright holder for the outlet', () => {
    const b = run(['Ferry returns', para, para, 'The post Ferry returns appeared first on Island Times.', 'Copyright © 2019 Tidewater Media, All rights reserved.']);
    expect(b?.publication).toBe('Island Times');
  });

  it('only takes byline lines outside the story prose', () => {
    const b = run(['Ferry returns', para, 'By Lars Brandle', para]);
    expect(b?.authors).toEqual([]);
  });

  it('keeps a list of like lines after the story as content, not as credits', () => {
    const fixtures = ['Harbour Rovers – Kings Athletic', 'Millbrook Town – Eastfield United', 'Port Ellis – Granton Albion', 'Westvale – Saint Ronan Rangers'];
    const { tree, file } = runStages(['Rovers edge Kings in the mud', 'By Ana Ruiz', para, para, 'Next round', ...fixtures].join('\n\n'), boilerplate, headline, byline);
    expect(file.data.byline?.authors).toEqual(['Ana Ruiz']);
    const kept = tree.children.filter((b) => fixtures.includes(blockText(b)));
    expect(kept.map(roleOf)).toEqual(fixtures.map(() => undefined));
  });

  it('takes a label in capitals above the title for a label, not for the masthead', () => {
    const { tree, file } = runStages(['EN VIVO', 'Rovers edge Kings in the mud at Harbour Park', 'By Ana Ruiz', para, para.replace('terminal', 'pier'), '© 2025 Harbour Times'].join('\n\n'), boilerplate, headline, byline);
    expect(file.data.byline?.publication).toBe('Harbour Times');
    expect(roleOf(tree.children[0])).toBe('boilerplate');
  });
});
