import { describe, expect, it } from 'vitest';
import { extracted, para } from './extract.js';

const run = extracted;

describe('link lists inside the story', () => {
  it('a short list of sentences with a link in each is content; a short list of links is navigation', () => {
    const changes = '<ul><li>Ana Ruiz <a href="/1">fixed the crash on start-up that hit people</a> whose profile folder was empty or unreadable</li><li>Tom Berg <a href="/2">removed an old flag from the settings page</a>, which nobody had used since the last redesign</li></ul>';
    const related = '<ul><li><a href="/a">Bus fares frozen for another year in the valley</a></li><li><a href="/b">New bridge opens after three years of works</a></li></ul>';
    const r = run(`<html><body><article>${para(3)}${changes}${para(3)}${related}</article></body></html>`);
    expect(r.blocks.find((b) => b.text.startsWith('Ana Ruiz'))?.boilerplate).toBeUndefined();
    expect(r.blocks.find((b) => b.text.startsWith('Bus fares'))?.boilerplate).toBe('navigation');
  });

  it('an address written out as its own link (a URL, an e-mail address) is content; a linked sentence alone is a promo', () => {
    const r = run(`<html><body><article>${para(3)}<p>The petition is open until May:</p><p><a href="http://www.petition.example/ferry">http://www.petition.example/ferry</a></p><p><a href="mailto:desk@ledger.example">desk@ledger.example</a></p>${para(2)}<p><a href="/other">Read our coverage of the harbour works from last year</a></p></article></body></html>`);
    expect(r.blocks.find((b) => b.text === 'http://www.petition.example/ferry')?.boilerplate).toBeUndefined();
    expect(r.blocks.find((b) => b.text === 'desk@ledger.example')?.boilerplate).toBeUndefined();
    expect(r.blocks.find((b) => b.text.startsWith('Read our coverage'))?.boilerplate).toBe('promo');
  });
});
