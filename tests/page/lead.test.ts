import { describe, expect, it } from 'vitest';
import { extracted, para } from './extract.js';

function run(html: string) {
  const r = extracted(html);
  return { r, kept: r.blocks.filter((b) => !b.boilerplate && !b.role).map((b) => b.text) };
}

describe('standfirst between the headline and the story', () => {
  it('a lead paragraph in the article header is kept with the story', () => {
    const html = `<html><head><title>Council argues over the budget</title></head><body>
<div class="top"><p>A note on our new printing schedule, which starts in the spring and changes the delivery days for everyone.</p></div>
<header class="hero"><h1>Council argues over the budget</h1>
<p class="dek">The members could not agree on how to pay for the new school, and the vote was put off until next month.</p>
<div class="byline">By Ana Ruiz</div></header>
<div class="body">${para(6)}</div>
<aside><p>Another story entirely, about the weather and the harvest this year in the valley and beyond it.</p></aside>
</body></html>`;
    const { r, kept } = run(html);
    expect(kept[0]).toMatch(/^The members could not agree/);
    expect(kept).toHaveLength(7);
    expect(r.blocks.find((b) => b.text === 'By Ana Ruiz')?.role).toBe('byline');
    // Prose above the headline is not the story's lead.
    expect(kept.some((t) => t.includes('printing schedule'))).toBe(false);
  });

  it('a long run of blocks between the headline and the story is not taken', () => {
    const teasers = Array.from({ length: 40 }, (_, i) => `<div class="card"><p>Teaser ${i + 1}: a short summary of another story that runs to more than eighty characters in all.</p></div>`).join('\n');
    const html = `<html><head><title>Council argues over the budget</title></head><body>
<h1>Council argues over the budget</h1>${teasers}
<div class="body">${para(6)}</div></body></html>`;
    const { kept } = run(html);
    expect(kept.some((t) => t.startsWith('Teaser'))).toBe(false);
    expect(kept).toHaveLength(6);
  });

  it('a paragraph with a promo word ("article-teaser") there is the teaser of the story itself unless it links away', () => {
    const html = `<html><head><title>Council argues over the budget</title></head><body>
<h1>Council argues over the budget</h1>
<p class="article-teaser">The members could not agree on how to pay for the new school, and the vote was put off until next month.</p>
<p class="teaser"><a href="/other">Read also: the school board elects a new chair after a long and bitter campaign</a></p>
<div class="body">${para(6)}</div></body></html>`;
    const { r, kept } = run(html);
    expect(kept[0]).toMatch(/^The members could not agree/);
    expect(kept).toHaveLength(7);
    expect(r.blocks.find((b) => b.text.startsWith('Read also'))?.boilerplate).toBe('promo');
  });

  it('the headline may sit in a lower heading with a kicker beside the title', () => {
    const html = `<html><head><title>Council argues over the budget</title></head><body>
<div class="head"><h2>Politics: Council argues over the budget</h2>
<p>The members could not agree on how to pay for the new school, and the vote was put off until next month.</p></div>
<div class="body">${para(6)}</div></body></html>`;
    const { kept } = run(html);
    expect(kept[0]).toMatch(/^The members could not agree/);
    expect(kept).toHaveLength(7);
  });
});
