/** The page's headline: declared titles first, the one <h1> only when the <title> holds it, else the <title>. */
import { describe, expect, it } from 'vitest';
import { extractPage, loadPage } from '../../src/readers/page/index.js';

const story = '<p>The ferry crossed the bay again this morning, and the harbour master logged the sailing in the book he keeps by the door, as he has done every day for thirty years.</p>'.repeat(3);
const headlineOf = (head: string, body: string) => extractPage(loadPage(`<html><head>${head}</head><body>${body}${story}</body></html>`)).meta.headline;

describe('page headline', () => {
  it('an <h1> that the <title> does not hold is a section label: the <title> is the headline', () => {
    expect(headlineOf('<title>Babies who eat peanuts early may avoid allergy</title>', '<h1>Allergies Health Center</h1>')).toBe('Babies who eat peanuts early may avoid allergy');
  });

  it('an <h1> inside the <title> is the headline without the site name', () => {
    expect(headlineOf('<title>Night ferry saved by one vote | The Coastal Ledger</title>', '<h1>Night ferry saved by one vote</h1>')).toBe('Night ferry saved by one vote');
  });

  it('a property list names each property: dc:title og:title', () => {
    expect(headlineOf('<title>Other</title><meta property="dc:title og:title" content="Preferred title">', '<h1>Other</h1>')).toBe('Preferred title');
  });

  it('JSON-LD with a label for headline and the title for name: the one the <title> matches', () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","name":"List of films featuring time loops","headline":"Wikimedia list article"}</script>';
    expect(headlineOf(`<title>List of films featuring time loops - Wikipedia</title>${ld}`, '')).toBe('List of films featuring time loops');
  });
});

describe('page authors', () => {
  const authorsOf = (head: string, body: string) => extractPage(loadPage(`<html><head>${head}</head><body>${body}${story}</body></html>`)).meta.authors;

  it('a rel=author link inside a longer line ("Posted by … on …") names the author', () => {
    expect(authorsOf('', '<h1>The ferry</h1><p class="post-info">Posted by <a rel="author" href="/u/1">Mike Conley</a> on December 18, 2020 in Nightly, Firefox and more</p>')).toEqual(['Mike Conley']);
  });

  it('a byline word run together with an ending ("authorname") marks the name', () => {
    expect(authorsOf('', '<h1>The ferry</h1><div class="head">Filed on 3 May 2015 in the Harbour section, by <span class="authorname">Erin Cunningham</span></div>')).toEqual(['Erin Cunningham']);
  });

  it('meta article:author_name', () => {
    expect(authorsOf('<meta name="article:author_name" content="Hazel Sheffield">', '<h1>The ferry</h1>')).toEqual(['Hazel Sheffield']);
  });

  it('an author link inside furniture (a related-stories box) is not the story’s author', () => {
    expect(authorsOf('', '<h1>The ferry</h1><aside class="related"><a href="/x">Another story</a> by <span class="authorname">Laurence Defranoux</span></aside>')).toEqual([]);
  });
});

describe('JSON-LD wrapped in CDATA or a comment', () => {
  it('is read: its datePublished, headline and publisher', () => {
    const ld = JSON.stringify({ '@type': 'Article', headline: 'Ferry saved', datePublished: '2018-04-05T06:00', publisher: { '@type': 'Organization', name: 'The Ledger' } });
    for (const wrapped of [`<![CDATA[\n${ld}\n]]>`, `//<![CDATA[\n${ld}\n//]]>`, `<!--\n${ld}\n-->`]) {
      const m = extractPage(loadPage(`<html><head><title>Other</title><script type="application/ld+json">\n${wrapped}\n</script></head><body>${story}</body></html>`)).meta;
      expect(m, wrapped.slice(0, 12)).toMatchObject({ headline: 'Ferry saved', published: '2018-04-05T06:00', publication: 'The Ledger' });
    }
  });
});

describe('the headline without its author', () => {
  it('a title ending "- Author - Site" loses both when the author is the page’s', () => {
    const m = extractPage(loadPage(`<html><head><title>Samantha and the great big lie - John C. Welch - Medium</title><meta name="author" content="John C. Welch"><meta property="og:site_name" content="Medium"></head><body>${story}</body></html>`)).meta;
    expect(m.headline).toBe('Samantha and the great big lie');
  });
});

describe('an image file name as a block', () => {
  it('is furniture, not story', () => {
    const r = extractPage(loadPage(`<html><body><article><h1>T</h1><figure><img src="a.jpg"><figcaption>WEB18-Facebook-1160x768.jpg</figcaption></figure>${story}<p>See results.png</p></article></body></html>`));
    expect(r.blocks.find((b) => b.text.startsWith('WEB18'))?.boilerplate).toBe('other');
    expect(r.blocks.find((b) => b.text === 'See results.png')?.boilerplate).toBeUndefined();
  });
});

describe('hidden parts of a page', () => {
  it('an element styled visibility: hidden is furniture, like display: none', () => {
    const r = extractPage(loadPage(`<html><body><article><h1>T</h1><div style="visibility: hidden;"><p>Hidden teaser text that nobody sees on the page at all.</p></div>${story}</article></body></html>`));
    expect(r.blocks.find((b) => b.text.startsWith('Hidden teaser'))?.boilerplate).toBe('other');
  });
});
