/** The full cleanInput path on whole pages: the text stages keep what the page extractor kept, bar strong furniture formulas. */
import { describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/index.js';

const page = (body: string, head = '<title>A story</title>') => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const bodyOf = (html: string) => {
  const [a] = cleanInput(html, { from: 'html' });
  return { a, texts: a.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.blocks.map((b) => b.text)]) };
};
const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>The ferry crossed the bay for the ${i + 1}th time that week, and the harbour master logged each sailing in the book he keeps by the door.</p>`).join('');

describe('whole pages through the text pipeline', () => {
  it('a document without page chrome still goes to the page extractor, and a lone paragraph is not taken for the headline', () => {
    const { a, texts } = bodyOf(page('<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>'));
    expect(texts).toEqual(['Lorem ipsum dolor sit amet, consectetur adipiscing elit.']);
    expect(a.headline).toBe('A story');
  });

  it('keeps bracketed dialogue, code, table prices, headings and sentences with © that the extractor kept', () => {
    const html = page(
      `<article><h1>A story</h1>${prose(3)}<p>[Alden: He’s a good roommate, too.]</p><pre>(func $_start (nop) )</pre>` +
        `<table><tr><td>Year</td><td>Cost</td></tr><tr><td>2023</td><td>$915</td></tr></table>` +
        `<h3>Picture-in-Picture</h3><p>This isn’t a manifesto™© we just think it’s cool to share what we’ve learned so far, and hope you find it useful.</p>${prose(2)}</article>`,
    );
    const { texts } = bodyOf(html);
    const all = texts.join('\n');
    for (const t of ['[Alden: He’s a good roommate, too.]', '(func $_start (nop) )', '$915', 'Picture-in-Picture', 'This isn’t a manifesto™©']) expect(all).toContain(t);
  });

  it('still removes an inline furniture formula inside the kept story', () => {
    const html = page(`<article><h1>A story</h1>${prose(2)}<p>Advertisement</p><p>SIGN UP FOR OUR NEWSLETTER</p>${prose(2)}</article>`);
    const { a, texts } = bodyOf(html);
    expect(texts.join('\n')).not.toMatch(/Advertisement|NEWSLETTER/);
    expect(a.boilerplate.map((b) => b.kind)).toEqual(expect.arrayContaining(['ad', 'subscription']));
  });

  it('a heading the extractor kept is not read as a byline', () => {
    const html = page(`<article><h1>A story</h1>${prose(2)}<h2>Maxwell's Equations</h2>${prose(1)}<h2>The Lorenz Equations</h2></article>`);
    const { a, texts } = bodyOf(html);
    expect(texts).toEqual(expect.arrayContaining(["Maxwell's Equations", 'The Lorenz Equations']));
    expect(a.byline.lines ?? []).toEqual([]);
  });
});
