/**
 * Lines of a heading's size that are not headings, judged by form: code, table rows,
 * dialogue, photo credits, media labels, captions, and a paragraph's first physical line.
 * A real subheading in the same story is still found.
 */
import { describe, expect, it } from 'vitest';
import { boilerplate } from '../../src/pipeline/boilerplate/index.js';
import { headline } from '../../src/pipeline/headline.js';
import { pullquotes } from '../../src/pipeline/pullquotes.js';
import { sections } from '../../src/pipeline/sections.js';
import { continues, notAHeading } from '../../src/pipeline/heading-vetoes.js';
import { runStages, summary } from '../helpers/stages.js';

const headingsOf = (blocks: string[]) =>
  summary(runStages(blocks.join('\n\n'), boilerplate, headline, pullquotes, sections).tree)
    .filter(([type]) => type === 'heading')
    .map(([, , text]) => text);

const prose = (topic: string) =>
  `The team behind the ${topic} spent most of the winter rewriting the parts that had grown slow, and the results of that work are only now becoming visible to the people who rely on it every day.`;

describe('lines that only look like headings', () => {
  it.each([
    ['fetch(url).then(render); // first paint'],
    ['<link rel="preload" href="fonts/serif.woff2">'],
    ['data-theme="dark"></section>'],
    ['cache_dir = /var/tmp/feeds'],
    ['GET /api/v2/articles/1832 HTTP/1.1'],
    ['WITH daily_totals AS ('],
    ['SELECT'],
    ['ORDER BY created_at'],
    ['Region | Turnout'],
    ['Listen · Share'],
    ['“Where did you put the spare keys?”'],
    ['"Nobody told us the bridge was closed!"'],
    ['Aiko Tanaka/Reuters'],
    ['Jonas Berg/Scanpix/Archive'],
    ['Image'],
    ['v'],
    ['Source: Northern Wire'],
    ['Date: Posted 3 March'],
    ['[ Valley Courier ]'],
    ['(Additional reporting by the news desk)'],
    ['Caption: The new bridge lit up at night'],
    ['Play video'],
    ['图注：新建的跨江大桥在夜色中亮灯'],
  ])('%s is not a heading', (line) => {
    expect(notAHeading(line)).toBe(true);
  });

  it.each([['Where the money went'], ['3. Storage model'], ['Why the council changed its mind'], ['RESULTS'], ['<table> rows with captions'], ['Spring/Summer'], ['Gallery: Harbour at dawn | 12 Photos']])('%s may be a heading', (line) => {
    expect(notAHeading(line)).toBe(false);
  });

  it('sees a paragraph carried on into the next block', () => {
    expect(continues('Once the index is rebuilt, each query that used to scan the', 'whole table reads a few pages instead.', null)).toBe(true);
    expect(continues('Once the index is rebuilt, each query that used to scan the', 'Whole table reads a few pages instead.', 64)).toBe(true);
    expect(continues('bicycles that have to reach the ferry at', 'Harbour Street, it means a long detour.', null, 'The detour is eleven kilometres. For')).toBe(true);
    expect(continues('Where the money went', 'The audit found that most of the grant was spent on consultants.', 64)).toBe(false);
  });
});

describe('in a story', () => {
  it('finds a product name over its spec lines, one of them with brackets in its label', () => {
    const blocks = [
      'Four rice cookers for a small kitchen, tested',
      prose('test kitchen'),
      'Kumo Mini 3',
      'Bowl size: 0.5 litres',
      'Cook time (white rice): 38 min',
      'Keep warm: none (manual off)',
      prose('Kumo'),
    ];
    expect(headingsOf(blocks)).toEqual(['Kumo Mini 3']);
  });

  it('keeps the last pro in the list above the "Cons" label', () => {
    const blocks = ['Trailhead 400 rear light review', prose('light'), 'Pros', 'Bright side panels that show from an angle', 'Quick, tool-free strap', 'Honest charge indicator', 'Cons', 'Short run time on the flashing mode', 'Strap loosens on rough gravel', prose('verdict')];
    expect(headingsOf(blocks)).toEqual(['Pros', 'Cons']);
  });

  it('does not make a heading of a reference back-link or a sentence before its footnote marker', () => {
    const blocks = ['The lighthouse keepers of the north coast', prose('museum'), 'The keepers left the island in the winter of 1952. [3]', prose('archive'), '^ Annual report of the harbour board', prose('board')];
    expect(headingsOf(blocks)).toEqual([]);
  });

  it('takes every title the page marked alike, even one right under a list', () => {
    const blocks = [
      'Harbour ferries',
      prose('ferry company'),
      '1 Routes',
      '2 Fleet',
      'Routes[edit]',
      prose('routes'),
      'Fleet[edit]',
      prose('fleet'),
      'Harbour view from the upper deck',
      'Fares[edit]',
      prose('fares'),
    ];
    expect(headingsOf(blocks)).toEqual(['Routes[edit]', 'Fleet[edit]', 'Fares[edit]']);
  });

  it('finds a plain label over a bulleted list', () => {
    const blocks = ['Council sets out next year’s budget', prose('finance committee'), 'What the plan pays for', '- new bus lanes on the ring road', '- two more libraries open on Sundays', '- a freeze on parking fees', prose('opposition')];
    expect(headingsOf(blocks)).toEqual(['What the plan pays for']);
  });

  it('does not make a heading of a sentence closed by a Japanese full stop', () => {
    const blocks = ['駅前の銭湯、改装して再開', prose('bathhouse'), '入場料は大人六百円のまま変えず、サウナは別料金で使える。', prose('owners')];
    expect(headingsOf(blocks)).toEqual([]);
  });

  it('keeps the subheading and drops the code, table row and dialogue', () => {
    const blocks = [
      'How the archive search got ten times faster',
      prose('archive search'),
      'What changed',
      prose('query planner'),
      'SELECT',
      'id, title FROM stories WHERE year > 2019;',
      prose('storage layer'),
      'Query | Before | After',
      prose('benchmarks'),
      '“Is that really the same machine?”',
      prose('operations desk'),
    ];
    expect(headingsOf(blocks)).toEqual(['What changed']);
  });

  it('does not make a heading of a line the next block carries on', () => {
    const blocks = ['Night trains return to the northern line', prose('rail operator'), 'From next month the sleeper service between the two cities will run', 'three nights a week, with a stop at the junction for connecting buses.', prose('timetable')];
    expect(headingsOf(blocks)).toEqual([]);
  });
});
