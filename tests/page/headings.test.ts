import { describe, expect, it } from 'vitest';
import { extracted, para } from './extract.js';

const links = '<ul><li><a href="/a">Bus fares frozen</a></li><li><a href="/b">New bridge opens</a></li><li><a href="/c">Harbour works delayed</a></li></ul>';

const run = extracted;

describe('headings over furniture inside the story', () => {
  it('a heading over a link list alone goes with the list; headings over prose stay', () => {
    const r = run(`<html><head><title>Council argues</title></head><body><h1>Council argues</h1>
<div class="story"><h2>The vote</h2>${para(5)}<h2>More on this</h2>${links}</div></body></html>`);
    expect(r.blocks.find((b) => b.text === 'More on this')?.boilerplate).toBe('navigation');
    expect(r.blocks.find((b) => b.text === 'The vote')?.boilerplate).toBeUndefined();
  });

  it('a heading that ends the story, or one over a section with prose after the links, stays', () => {
    const r = run(`<html><head><title>Council argues</title></head><body><h1>Council argues</h1>
<div class="story">${para(5)}<h2>What comes next</h2>${links}<p>The next meeting is in May, when the members will vote on the budget again.</p><h2>Notes</h2></div></body></html>`);
    expect(r.blocks.find((b) => b.text === 'What comes next')?.boilerplate).toBeUndefined();
    expect(r.blocks.find((b) => b.text === 'Notes')?.boilerplate).toBeUndefined();
  });
});
