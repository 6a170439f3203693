/** Closing furniture of feed items known by form and links (src/readers/item-tail.ts), and unclosed scripts. */
import { describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/index.js';

const story = '<p>The council met on Tuesday to discuss the budget for the coming year.</p>';
const feed = (html: string) => `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://t.example/a</link><description><![CDATA[${html}]]></description></item></channel></rss>`;
const read = (html: string) => {
  const [a] = cleanInput(feed(html));
  return { body: a.sections.flatMap((s) => s.blocks.map((b) => b.text)), furniture: a.boilerplate.map((b) => `${b.kind}: ${b.text}`), authors: a.byline.authors };
};

describe('closing furniture of an item', () => {
  it('takes a bar of counts as furniture when one noun is a counter, in any order of count and noun', () => {
    expect(read(`${story}<p><small>3 posts - 2 participants</small></p>`).furniture).toEqual(['other: 3 posts - 2 participants']);
    expect(read(`${story}<p>Posted by Ann — Wed Mar 05, 2025 7:20 pm — Replies 3 — Views 120</p>`).body).toEqual([story.slice(3, -4)]);
  });

  it('keeps counts that are a recipe, a score or a date range', () => {
    for (const tail of ['2 cups flour - 3 eggs', 'Arsenal 2 - 1 Chelsea', '12 mars – 14 avril']) expect(read(`${story}<p>${tail}</p>`).body).toContain(tail);
  });

  it('takes a staff credit as furniture and its names as no author', () => {
    expect(read(`${story}<p>编辑：赵敏\u3000审核：孙强</p>`)).toMatchObject({ furniture: ['other: 编辑：赵敏\u3000审核：孙强'], authors: [] });
    expect(read(`${story}<p>Edited by Lena Park</p>`).furniture).toEqual(['other: Edited by Lena Park']);
    // A sentence that opens with a staff word is the story's.
    expect(read(`${story}<p>Editor: the board will vote again in May.</p>`).body).toHaveLength(2);
  });

  it('takes appeals, a label over a bare address, platform links and a terms pointer as furniture', () => {
    const html = `${story}<p>Support the show: <a href="https://p.example/x">p.example/x</a></p><p>Website: <a href="https://show.example">show.example</a></p>` +
      `<p><a href="https://apple.example/s">Apple Podcasts</a> | <a href="https://spotify.example/s">Spotify</a></p><p>Hosted on Acast. See <a href="https://acast.example/privacy">acast.com/privacy</a> for more information.</p>`;
    expect(read(html)).toMatchObject({ body: [story.slice(3, -4)], furniture: ['promo: Support the show: p.example/x', 'promo: Website: show.example', 'navigation: Apple Podcasts | Spotify', 'legal: Hosted on Acast. See acast.com/privacy for more information.'] });
  });

  it('never takes the first block of an item, nor a sentence linking to two sites', () => {
    expect(read('<p>3 posts - 2 participants</p>').body).toEqual(['3 posts - 2 participants']);
    const two = `${story}<p>The plan was backed by <a href="https://a.example/">the port</a> and <a href="https://b.example/">the ferry line</a>.</p>`;
    expect(read(two).body).toHaveLength(2);
  });

  it('reads written-out addresses in plain-text content as links', () => {
    const [a] = cleanInput(feed('We talk about the history of the bicycle and its role in city planning.\n\nSupport the show: https://patreon.example/x\n\nSee omny.example/listener for privacy information.'));
    expect(a.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.text)]).filter(Boolean)).toEqual(['We talk about the history of the bicycle and its role in city planning.']);
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['promo', 'legal']);
  });

  it('takes a signature by its class', () => {
    expect(read(`${story}<div class="signature">Greetings from the garage on Garden Street</div>`).furniture).toEqual(['other: Greetings from the garage on Garden Street']);
  });
});

describe('an unclosed <script>', () => {
  it('holds the markup in its string literals, to the end of the content', () => {
    expect(read(`${story}<script>var x = "<p>tracking</p>"; // don't "count"\nlog('<b>');`).body).toEqual([story.slice(3, -4)]);
  });

  it('ends at the first tag outside its strings and comments', () => {
    expect(read(`${story}<script>var s = '<i>'; /* <p>no</p> */ go();<p>The vote is on Friday.</p>`).body).toEqual([story.slice(3, -4), 'The vote is on Friday.']);
  });
});
