import { describe, expect, it } from 'vitest';
import { extracted, para } from './extract.js';

const BIO = '<div class="author-bio"><h3>About the author</h3><p>Jane Doe covers local government for the paper. She has written about the valley for twelve years and lives in Dunmere.</p></div>';

describe('the author box', () => {
  it('at the end of the story, inside its container: attribution, not story', () => {
    const r = extracted(`<html><body><article><h1>Council argues</h1>${para(6)}${BIO}</article><footer><a href="/">Home</a></footer></body></html>`);
    expect(r.blocks.find((b) => b.text.startsWith('Jane Doe covers'))?.boilerplate).toBe('attribution');
    expect(r.blocks.find((b) => b.text === 'About the author')?.boilerplate).toBe('attribution');
    expect(r.blocks.filter((b) => !b.boilerplate && !b.role)).toHaveLength(6);
  });

  it('with the story still to come (the byline of the next piece on a page of several), the lines stay', () => {
    const next = '<div class="author-line">By John Roe, March 25</div>';
    const r = extracted(`<html><body><article><h1>This week</h1>${para(4)}<h2>The second piece</h2>${next}${para(4)}</article></body></html>`);
    expect(r.blocks.find((b) => b.text.startsWith('By John Roe'))?.boilerplate).toBeUndefined();
  });

  it('a byline word on a long element (a columnist’s "author-article") is not a box', () => {
    const r = extracted(`<html><body><article><h1>Council argues</h1>${para(3)}<div class="author-article">${para(8)}</div></article></body></html>`);
    expect(r.blocks.filter((b) => !b.boilerplate && !b.role)).toHaveLength(11);
  });
});
