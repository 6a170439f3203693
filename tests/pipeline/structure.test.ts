import { describe, expect, it } from 'vitest';
import { headline } from '../../src/pipeline/headline.js';
import { pullquotes } from '../../src/pipeline/pullquotes.js';
import { headingShaped, sections } from '../../src/pipeline/sections.js';
import { isProse } from '../../src/text/words.js';
import { runStages, summary } from '../helpers/stages.js';

const prose = (topic: string) =>
  `The council met on Tuesday to discuss ${topic}, and members spent most of the evening on questions from residents who had waited weeks for an answer.`;

describe('headline stage', () => {
  it('takes the first line that is not a date or byline line', () => {
    const { file } = runStages(['November 20, 2019', 'Ferry service resumes', prose('ferries')].join('\n\n'), headline);
    expect(file.data.headline).toBe('Ferry service resumes');
  });

  it('sets a section label above the title aside as a kicker', () => {
    const { tree, file } = runStages(['POLITICS', 'Council votes to expand the ferry schedule', prose('ferries')].join('\n\n'), headline);
    expect(file.data.headline).toBe('Council votes to expand the ferry schedule');
    expect(summary(tree)[0]).toEqual(['paragraph', 'boilerplate:navigation', 'POLITICS']);
  });

  it('reads the outlet name above the title as a credit, and running heads as furniture', () => {
    const { tree, file } = runStages(['The Coastline Review', 'THE COASTLINE REVIEW | JUNE 2025', 'Bluffs are retreating faster than expected along the coast', prose('bluffs')].join('\n\n'), headline);
    expect(file.data.headline).toBe('Bluffs are retreating faster than expected along the coast');
    expect(file.data.outletLine).toBe('The Coastline Review');
    expect(summary(tree).slice(0, 2).map(([, role]) => role)).toEqual(['byline', 'boilerplate:other']);
  });

  it('keeps a short headline when the next line is the story', () => {
    const { file } = runStages(['Ferry service resumes', '“The crossing is safe again,” says harbour master Ana Ruiz. The ferry left at dawn.'].join('\n\n'), headline);
    expect(file.data.headline).toBe('Ferry service resumes');
  });

  it('drops a "Subject:" label from a mail alert title', () => {
    const { file } = runStages(['Subject: Ferry service resumes', prose('ferries')].join('\n\n'), headline);
    expect(file.data.headline).toBe('Ferry service resumes');
  });

  it('refuses a first block that reads like a paragraph, and says so', () => {
    const { file } = runStages([prose('ferries'), prose('roads')].join('\n\n'), headline);
    expect(file.data.headline).toBeNull();
    expect(file.messages[0].ruleId).toBe('headline-missing');
  });
});

describe('sections stage', () => {
  const headings = (blocks: string[]) =>
    summary(runStages(blocks.join('\n\n'), headline, sections).tree)
      .filter(([type]) => type === 'heading')
      .map(([, , text]) => text);

  it('finds subheadings that introduce prose, including questions and ALL CAPS', () => {
    expect(headings(['Title', prose('a'), 'Why the ferry stopped', prose('b'), 'So, what happens now?', prose('c'), 'NISSAN SENTRA', prose('d')])).toEqual([
      'Why the ferry stopped',
      'So, what happens now?',
      'NISSAN SENTRA',
    ]);
  });

  it('does not take lead-ins, sentences, list items or a line before another heading', () => {
    expect(
      headings([
        'Title',
        prose('a'),
        'Here are some of the highlights:',
        prose('b'),
        'The ferry is back.',
        prose('c'),
        'June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL',
        'June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL',
        'June 14 -- Ameris Bank Amphitheatre, Alpharetta, GA',
        prose('d'),
        'Unproven',
        'Origin',
        prose('e'),
      ]),
    ).toEqual(['Origin']);
  });

  it('takes short labels that open or follow a list as headings', () => {
    expect(
      headings([
        'Title',
        prose('a'),
        'Chapters',
        '00:00 Cold open',
        '02:45 A maid, a plate and a nebula',
        '11:30 Sorting the stars',
        prose('b'),
        '1 teaspoon honey',
        '1/2 teaspoon ground cumin',
        'Salt to taste',
        'Method',
        prose('c'),
      ]),
    ).toEqual(['Chapters', 'Method']);
  });

  it('takes a labelled product name, model number and all, over spec lines with and without figures', () => {
    expect(
      headings(['Title', prose('a'), 'Best overall: Harrow Peak 2L', 'Weight: 410 g', 'Fabric: two-layer, taped seams', prose('b'), 'Best budget: Marlow Light', 'Weight: 350 g', 'Fabric: coated nylon', prose('c')]),
    ).toEqual(['Best overall: Harrow Peak 2L', 'Best budget: Marlow Light']);
    // A figure standing alone is a value, not a name: "Flour: 500 g" over more lines is no heading.
    expect(headings(['Title', prose('a'), 'Flour: 500 g', 'Water: 350 g', 'Salt: 10 g', prose('b')])).toEqual([]);
  });

  it('takes a label over one spec line for a section when the pair repeats through the review', () => {
    expect(headings(['Title', prose('a'), 'TORVIK 40 PRO', 'Power: 40 hp diesel', prose('b'), 'BRANDT MINI 18', 'Power: 18 hp diesel', prose('c')])).toEqual(['TORVIK 40 PRO', 'BRANDT MINI 18']);
  });

  it('reads lines that open with a figure of one shape as a list under its label, none of them a heading', () => {
    const chapters = ['00:00 Welcome and the week on the allotments', '04:10 Why do we still dig at all?', '12:35 Clay, roots and the spring flood test', '25:50 Questions from listeners'];
    expect(headings(['Title', prose('a'), 'Chapters', ...chapters, prose('b')])).toEqual(['Chapters']);
  });

  it('judges the shape of a line on its own', () => {
    expect(headingShaped('2. Never urged Ukraine to investigate Joe Biden', 18, false)).toBe(true);
    expect(headingShaped('III. Das Ende', 18, false)).toBe(true);
    expect(headingShaped('VOLKSWAGEN ID. SPACE VIZZION CONCEPT', 18, false)).toBe(true);
    expect(headingShaped('Why Evidence Action Beta is promising. (More)', 18, false)).toBe(false);
    expect(headingShaped('Delhi’s air wasn’t always so bad. A law helped fuel it.', 18, true)).toBe(true);
    // A sentence ended by the danda is a sentence, as one ended by a full stop is.
    expect(headingShaped('2. अपने मोहल्ले के वार्ड कार्यालय में फॉर्म जमा करें।', 18, false)).toBe(false);
    expect(headingShaped('आवेदन कैसे करें', 18, false)).toBe(true);
  });

  it('reads a sentence ended by the danda as prose', () => {
    expect(isProse('अपने मोहल्ले के वार्ड कार्यालय में फॉर्म जमा करें और रसीद संभाल कर रखें।')).toBe(true);
    expect(isProse('নতুন সেতুর কাজ আগামী বছরের বর্ষার আগেই শেষ হওয়ার কথা।')).toBe(true);
    expect(isProse('आवेदन कैसे करें')).toBe(false);
  });
});

describe('pull quote stage', () => {
  const para =
    'Officials said the work was hard. “We rebuilt the terminal in nine days because the islands cannot wait for a ferry,” said harbour master Ana Ruiz. Crews worked at night.';

  it('turns a credited repeat of body text into a pull quote, with its credit line', () => {
    const out = summary(runStages(['Title', para, '“We rebuilt the terminal in nine days because the islands cannot wait.”', '— harbour master Ana Ruiz', prose('x')].join('\n\n'), headline, pullquotes).tree);
    expect(out.map(([type, role]) => `${type}:${role}`)).toEqual(['paragraph:headline', 'paragraph:body', 'blockquote:pull', 'paragraph:pullquote-credit', 'paragraph:body']);
  });

  it('takes a reworded, credited repeat as a pull quote too', () => {
    const source = '"We never stopped believing in the shape," head coach Rosa Ilunga said. "The lads earned that one, and the crowd carried us through the last ten minutes."';
    const out = summary(runStages(['Title', source, '“We never stopped believing in the shape, and the lads earned that one.”', '— Head coach Rosa Ilunga', prose('x')].join('\n\n'), headline, pullquotes).tree);
    expect(out.map(([type, role]) => `${type}:${role}`)).toEqual(['paragraph:headline', 'paragraph:body', 'blockquote:pull', 'paragraph:pullquote-credit', 'paragraph:body']);
  });

  it('leaves a quotation that repeats nothing in the body', () => {
    const out = summary(runStages(['Title', para, '“Nobody here has ever seen a storm quite like this one in forty years.” — Tom Berg', prose('x')].join('\n\n'), headline, pullquotes).tree);
    expect(out[2][1]).toBe('body');
  });
});
