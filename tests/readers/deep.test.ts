/**
 * Input nested far deeper than any real feed or page (a generator gone wrong, or an attack):
 * the structure past a few hundred levels is flattened, the text is kept, nothing overflows
 * the stack.
 */
import { describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/index.js';
import { decodingCost } from '../../src/readers/plausible.js';

const LEVELS = 20000;
const prose = 'The bridge deck is being replaced, and the road stays shut until May.';
const bodyText = (a: { sections: { blocks: { text: string }[] }[] }) => a.sections.flatMap((s) => s.blocks.map((b) => b.text)).join(' ');

describe('deep nesting', () => {
  it('reads an item whose HTML nests 20,000 levels deep', () => {
    const html = '<div>'.repeat(LEVELS) + `<p>${prose}</p>` + '</div>'.repeat(LEVELS);
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>Deep</title><link>https://x.example/a</link><description><![CDATA[${html}]]></description></item></channel></rss>`;
    const [article] = cleanInput(feed);
    expect(article.headline).toBe('Deep');
    expect(bodyText(article)).toContain(prose);
  });

  it('reads XML elements nested 20,000 levels deep inside an item', () => {
    const feed = `<rss version="2.0"><channel><title>T</title><item><title>Deep XML</title><description>${'<x>'.repeat(LEVELS)}${prose}${'</x>'.repeat(LEVELS)}</description></item><item><title>Next</title><description>${prose}</description></item></channel></rss>`;
    const articles = cleanInput(feed);
    expect(articles.map((a) => a.headline)).toEqual(['Deep XML', 'Next']);
    expect(bodyText(articles[1])).toContain(prose);
  });

  it('reads a saved page nested 20,000 levels deep', () => {
    const page = `<html><head><title>Deep page</title></head><body><nav><a href="/">Home</a></nav><article>${'<div>'.repeat(LEVELS)}${`<p>${prose} ${prose}</p>`.repeat(4)}${'</div>'.repeat(LEVELS)}</article></body></html>`;
    const [article] = cleanInput(page, { path: 'deep.html' });
    expect(bodyText(article)).toContain(prose);
  });
});

describe('decodingCost', () => {
  it('is low for real text in any script and high for a wrong single-byte decoding', () => {
    expect(decodingCost('Le café de la place rouvre après six mois de travaux.')).toBe(0);
    expect(decodingCost('В субботу в центральном парке открылся новый каток.')).toBe(0);
    // cp1251 bytes read as cp1252, and Latin-1 bytes read as cp1251.
    expect(decodingCost('Â ñóááîòó â öåíòðàëüíîì ïàðêå îòêðûëñÿ íîâûé êàòîê.')).toBeGreaterThan(0.5);
    expect(decodingCost('Le cafй de la place rouvre aprиs six mois.')).toBeGreaterThan(0.5);
  });
});
