import { describe, expect, it } from 'vitest';
import { extracted } from './extract.js';

const sentences = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the story: the council met on Tuesday, and the members argued for an hour about the budget, the roads and the school.`);

const run = extracted;

describe('the articleBody of JSON-LD', () => {
  it('names the story even when the page hides it (a paywall that ships the full text hidden)', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Council argues', articleBody: sentences.join(' ') });
    const r = run(`<html><head><title>Council argues</title><script type="application/ld+json">${ld}</script></head><body>
<h1>Council argues</h1><div class="teaser"><p>${sentences[0]}</p></div>
<div class="paywall-full-content" style="display:none">${sentences.map((s) => `<p>${s}</p>`).join('')}<div class="share">Share this</div></div>
<div class="paywall"><p>Subscribe to read on.</p></div></body></html>`);
    expect(r.warnings).toEqual([]);
    expect(r.main?.attribs.class).toBe('paywall-full-content');
    expect(r.blocks.filter((b) => !b.boilerplate && !b.role).map((b) => b.text)).toEqual(sentences);
    expect(r.blocks.find((b) => b.text === 'Share this')?.boilerplate).toBe('share');
  });
});
