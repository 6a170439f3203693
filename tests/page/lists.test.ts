import { describe, expect, it } from 'vitest';
import { extractPage, loadPage } from '../../src/readers/page/index.js';
import { expectInvariants } from './invariants.js';

const para = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story: the council met on Tuesday, and the members argued for an hour about the budget, the roads and the school.</p>`).join('\n');

function run(html: string) {
  const $ = loadPage(html);
  const r = extractPage($);
  expectInvariants(html, $.root()[0], r.blocks);
  return r;
}

describe('link lists inside the story', () => {
  it('a short list of sentences with a link in each is content; a short list of links is navigation', () => {
    const changes = '<ul><li>Ana Ruiz <a href="/1">fixed the crash on start-up that hit people</a> whose profile folder was empty or unreadable</li><li>Tom Berg <a href="/2">removed an old flag from the settings page</a>, which nobody had used since the last redesign</li></ul>';
    const related = '<ul><li><a href="/a">Bus fares frozen for another year in the valley</a></li><li><a href="/b">New bridge opens after three years of works</a></li></ul>';
    const r = run(`<html><body><article>${para(3)}${changes}${para(3)}${related}</article></body></html>`);
    expect(r.blocks.find((b) => b.text.startsWith('Ana Ruiz'))?.boilerplate).toBeUndefined();
    expect(r.blocks.find((b) => b.text.startsWith('Bus fares'))?.boilerplate).toBe('navigation');
  });
});
