import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/readers/text.js';
import { blockText, blockLines } from '../../src/tree.js';

const texts = (t: string) => parseText(t).children.map(blockText);

describe('text reader', () => {
  it('splits on blank lines and keeps Markdown-looking characters verbatim', () => {
    expect(texts('# Not a heading\n\n* not a list *emphasis* _x_\n\n1. one > two <b>bold</b>\n')).toEqual([
      '# Not a heading',
      '* not a list *emphasis* _x_',
      '1. one > two <b>bold</b>',
    ]);
  });

  it('takes each line as a paragraph when there are no blank lines and no hard wrap', () => {
    const long = 'A sentence that goes on and on well past any wrap width a mail client would use, so it is a line of its own. '.repeat(3);
    expect(texts(`Title\n${long}\n${long}\nShort line`)).toHaveLength(4);
  });

  it('unwraps hard-wrapped paragraphs and keeps intended breaks (list lines) apart', () => {
    const wrapped = [
      'New vehicle sales in the Houston area plunged 10 percent last month,',
      'despite low interest rates and clearance deals offered by the dealers in',
      'the region, according to a report.',
      '',
      'Tour dates:',
      'June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL',
      'June 14 -- Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre),',
      'Alpharetta, GA',
      'June 17 -- Bridgestone Arena, Nashville, TN',
      '',
      'Consumers have purchased 208,560 new vehicles this year, down 5 percent',
      'from the year-to-date period last year, and truck sales are down too.',
    ].join('\n');
    expect(texts(wrapped)).toEqual([
      'New vehicle sales in the Houston area plunged 10 percent last month, despite low interest rates and clearance deals offered by the dealers in the region, according to a report.',
      'Tour dates:',
      'June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL',
      'June 14 -- Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre), Alpharetta, GA',
      'June 17 -- Bridgestone Arena, Nashville, TN',
      'Consumers have purchased 208,560 new vehicles this year, down 5 percent from the year-to-date period last year, and truck sales are down too.',
    ]);
  });

  it('does not take a list of short lines (a recipe) for hard-wrapped text', () => {
    const long = 'Heat a large cast-iron skillet over high heat until it just begins to smoke, then char the corn on all sides for about ten minutes.';
    const list = ['4 ears sweet corn, husked', '1 tablespoon neutral oil', '1 can (15 ounces) black beans, rinsed and drained', '1 small red onion, finely diced', '1 red bell pepper, diced'];
    const out = texts(['Charred corn salad', long, list.join('\n'), long, long].join('\n\n'));
    expect(out).toEqual(['Charred corn salad', long, ...list, long, long]);
  });

  it('runs a full typeset line that stops on a lower-case word on into a name, inside a paragraph only', () => {
    const column = [
      'Brua over Laksa stenges fra mandag mens',
      'kommunen skifter ut det gamle rekkverket. Det',
      'betyr en lang omvei for alle som skal til',
      'Storvik, og bussen kjører en annen rute hele',
      'uka. Ordføreren beklager ulempene.',
      'Ny rute',
      'Bussen går i stedet via Nordheim og bruker',
      'tjue minutter lenger hver vei, opplyser',
      'selskapet.',
    ];
    expect(texts(column.join('\n'))).toHaveLength(3);
    // List items of the same length stay apart: the line after the name starts no lower-case run-on.
    const prose = [
      'The creek rose by almost a metre overnight after two days of',
      'steady rain, and the county opened a shelter at the library',
      'on Thursday. Officials recommend that residents who live by',
      'the creek and the old mill race read the advice below:',
    ];
    const list = [
      'Sign up for emergency text alerts from the county',
      'Move valuables and electrical equipment off floors',
      'Report blocked storm drains to the city hotline',
    ];
    expect(texts([...prose, ...list].join('\n')).slice(-3)).toEqual(list);
  });

  it('records positions of every physical line (1-based, offsets into the text)', () => {
    const text = 'Headline  \n\n  Indented line\nsecond\n';
    const tree = parseText(text);
    const lines = tree.children.flatMap(blockLines);
    expect(lines.map((l) => [l.text, l.position.start.line, l.position.start.column, text.slice(l.position.start.offset, l.position.end.offset)])).toEqual([
      ['Headline', 1, 1, 'Headline'],
      ['Indented line', 3, 3, 'Indented line'],
      ['second', 4, 1, 'second'],
    ]);
  });
});
