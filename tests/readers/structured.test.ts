/** The parts of the structured readers: charset declarations, sniffing, author fields, learning across items. */
import { describe, expect, it } from 'vitest';
import { cleanInput } from '../../src/index.js';
import { personalNames } from '../../src/readers/authors.js';
import { declaredCharset, decodeDocument } from '../../src/readers/charset.js';
import { sniffKind } from '../../src/readers/sniff.js';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeDocument', () => {
  it('honours the XML declaration and the meta charset', () => {
    expect(declaredCharset(utf8('  <?xml version="1.0" encoding="windows-1251"?><rss/>'))).toBe('windows-1251');
    expect(declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'))).toBe('Shift_JIS');
    expect(decodeDocument(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><t>caf\u00e9</t>'))).toEqual({ text: '<?xml version="1.0" encoding="ISO-8859-1"?><t>café</t>', encoding: 'windows-1252' });
  });

  it('lets the bytes overrule a declaration they cannot be in', () => {
    // UTF-8 bytes under a Latin-1 declaration, and Latin-1 bytes under a UTF-8 one.
    expect(decodeDocument(utf8('<?xml version="1.0" encoding="ISO-8859-1"?><t>São João</t>')).text).toContain('São João');
    expect(decodeDocument(latin1('<?xml version="1.0" encoding="utf-8"?><t>caf\u00e9 cr\u00e8me</t>')).text).toContain('café crème');
  });

  it('takes the BOM over any declaration', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('<?xml version="1.0" encoding="windows-1252"?><t>“x”</t>')]);
    expect(decodeDocument(bytes)).toMatchObject({ encoding: 'utf-8', text: expect.stringContaining('“x”') });
  });
});

describe('sniffKind', () => {
  it('knows each kind by its content, whatever the extension', () => {
    expect(sniffKind('\n  <?xml version="1.0"?>\n<rss version="2.0">', 'a.txt')).toBe('rss');
    expect(sniffKind('<?xml version="1.0"?><!-- x --><feed xmlns="http://www.w3.org/2005/Atom">', 'feed.xml')).toBe('atom');
    expect(sniffKind('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">', null)).toBe('rdf');
    expect(sniffKind('{"version": "https://jsonfeed.org/version/1.1", "items": []}', 'x.json')).toBe('jsonfeed');
    expect(sniffKind('{"title": "a"}\n{"title": "b"}\n', 'x.json')).toBe('jsonl');
    expect(sniffKind('[{"title": "a"}, {"title": "b"}]', 'x.json')).toBe('jsonl');
    expect(sniffKind('{Updated} The story starts with a brace.\n\nAnd goes on.', 'story.txt')).toBe('text');
    expect(sniffKind('<!DOCTYPE html><html><body><p>x</p></body></html>', 'x.txt')).toBe('html');
    expect(sniffKind('<p>A fragment</p>', 'x.htm')).toBe('html');
    expect(sniffKind('<b>Breaking</b> a story that starts with a tag', 'story.txt')).toBe('text');
    expect(sniffKind('Plain story text.', 'story.html')).toBe('text');
  });
});

describe('personalNames', () => {
  it('keeps personal names only', () => {
    expect(personalNames(['Jane Doe in Brussels'])).toEqual(['Jane Doe']);
    expect(personalNames(['jane@example.com (Jane Doe)', 'By John Roe'])).toEqual(['Jane Doe', 'John Roe']);
    expect(personalNames(['Mei Chen and Omar Haddad'])).toEqual(['Mei Chen', 'Omar Haddad']);
    expect(personalNames(['Maria Silva, Staff Writer'])).toEqual(['Maria Silva']);
    expect(personalNames(['AFP', 'Reuters', 'admin', 'Redação', 'noreply@blogger.com (Unknown)', 'Sports Desk'])).toEqual([]);
    expect(personalNames(['Harbour Notes'], ['Harbour Notes'])).toEqual([]);
    expect(personalNames(['王小明', 'Иван Петров'])).toEqual(['王小明', 'Иван Петров']);
    expect(personalNames(['Jane Doe | Staff Writer', 'Maria Brasil / Reuters'])).toEqual(['Jane Doe', 'Maria Brasil']);
    expect(personalNames(['Редакция сайта', 'מערכת וואלה', 'Associated Press'])).toEqual([]);
  });

  it('drops reporter titles, in any script, and keeps the name beside them', () => {
    expect(personalNames(['记者 张三', '山田太郎 記者', '本报记者李四', '記者：王小明', '王小明／台北報導'])).toEqual(['张三', '山田太郎', '李四', '王小明']);
    expect(personalNames(['홍길동 기자', 'корреспондент Иван Петров', 'Correspondent Jane Doe', 'By: Ann Roe'])).toEqual(['홍길동', 'Иван Петров', 'Jane Doe', 'Ann Roe']);
    expect(personalNames(['记者', 'Наш корреспондент', 'Our Correspondent', 'Staff Reporter'])).toEqual([]);
  });

  it('gives no name for organisations, teams and site accounts', () => {
    expect(personalNames(['Newsroom', 'Editorial Team', 'admin', 'Site Admin', 'Support', 'Guest Author', 'Marketing Team'])).toEqual([]);
    expect(personalNames(['Acme Media Group', 'El País', 'O Globo', 'Der Spiegel', 'Equipe Globo', 'Estadão Conteúdo', 'Da Redação'])).toEqual([]);
    expect(personalNames(['新华社', '人民日报', '中央电视台', '人民网', 'ТАСС', 'РИА Новости', 'סוכנויות הידיעות', 'כתב ynet'])).toEqual([]);
    // Names that look like them are kept.
    expect(personalNames(['Robert De Niro', 'Le Van Thanh', 'Ann Example'])).toEqual(['Robert De Niro', 'Le Van Thanh', 'Ann Example']);
  });

  it('reads a place or a credit after a name as no second author', () => {
    expect(personalNames(['Jane Doe, Brussels'])).toEqual(['Jane Doe']);
    expect(personalNames(['Jane Doe reporting from Kyiv'])).toEqual(['Jane Doe']);
    expect(personalNames(['Maria Silva e João Souza'])).toEqual(['Maria Silva', 'João Souza']);
  });
});

describe('learning across the items of one feed', () => {
  const item = (n: number, extra: string) =>
    `<item><title>Story ${n}</title><description>&lt;p&gt;Story number ${n} tells of a ${extra} day at the market, with its own long sentence.&lt;/p&gt;&lt;p&gt;The harbour office opens at nine on weekdays.&lt;/p&gt;</description></item>`;
  const feed = `<rss><channel><title>T</title>${[1, 2, 3, 4].map((n) => item(n, ['busy', 'quiet', 'wet', 'cold'][n - 1])).join('')}</channel></rss>`;

  it('takes a block that stands in many items as furniture, and keeps each story', () => {
    const articles = cleanInput(feed);
    expect(articles).toHaveLength(4);
    for (const [i, a] of articles.entries()) {
      const body = a.sections.flatMap((s) => s.blocks.map((b) => b.text));
      expect(body).toEqual([`Story number ${i + 1} tells of a ${['busy', 'quiet', 'wet', 'cold'][i]} day at the market, with its own long sentence.`]);
      expect(a.boilerplate.map((b) => b.text)).toContain('The harbour office opens at nine on weekdays.');
    }
  });

  it('keeps a repeated block in an item whose story says it too', () => {
    const quoting = feed.replace('tells of a busy day', 'says that the harbour office opens at nine on weekdays, on a busy day');
    const [first, second] = cleanInput(quoting).map((a) => a.sections.flatMap((s) => s.blocks.map((b) => b.text)));
    expect(first).toContain('The harbour office opens at nine on weekdays.');
    expect(second).not.toContain('The harbour office opens at nine on weekdays.');
  });

  it('leaves a block that repeats in only two items', () => {
    const two = feed.replace(/The harbour office opens at nine on weekdays\./g, (m, at: number) => (at < feed.length / 2 ? m : `Line ${at}`));
    const body = cleanInput(two)[0].sections.flatMap((s) => s.blocks.map((b) => b.text));
    expect(body).toContain('The harbour office opens at nine on weekdays.');
  });
});

describe('feed XML safety and odd items', () => {
  it('reads block markup in content declared text as HTML, and leaves other angle brackets as text', () => {
    const feed = `<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry><title>E</title><id>e1</id><summary type="text">&lt;p&gt;First para of the entry.&lt;/p&gt;&lt;p&gt;Second &lt;a href="https://x.example/"&gt;link&lt;/a&gt; para.&lt;/p&gt;</summary></entry><entry><title>E2</title><id>e2</id><content type="text">Plain text with 2 &lt; 3 and a &lt;tag&gt; word.</content></entry></feed>`;
    expect(cleanInput(feed).map((a) => a.sections.flatMap((s) => s.blocks.map((b) => b.text)))).toEqual([['First para of the entry.', 'Second link para.'], ['Plain text with 2 < 3 and a <tag> word.']]);
  });

  it('reads a JSON Feed with comments and trailing commas, as feed readers do', () => {
    const feed = '{"version": "https://jsonfeed.org/version/1.1", "title": "Trail", // a comment\n "items": [{"id": "1", "title": "One", "content_text": "First item text.",}, {"id": "2", "title": "Two", "content_html": "<p>Second item.</p>",},]}';
    expect(cleanInput(feed).map((a) => [a.id, a.headline, a.byline.publication])).toEqual([['1', 'One', 'Trail'], ['2', 'Two', 'Trail']]);
  });

  it('ends an unclosed <script> at the next tag, even when its code compares with <', () => {
    const feed = `<rss><channel><title>T</title><item><title>S</title><description>&lt;p&gt;The first paragraph of the story.&lt;/p&gt;&lt;script&gt;if (a &lt; b) { track(); }&lt;p&gt;The second paragraph survives.&lt;/p&gt;</description></item></channel></rss>`;
    const [a] = cleanInput(feed);
    const text = JSON.stringify(a);
    expect(a.sections.flatMap((s) => s.blocks.map((b) => b.text))).toEqual(['The first paragraph of the story.', 'The second paragraph survives.']);
    expect(text).not.toContain('track()');
  });

  it('never resolves external entities nor expands declared ones', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>T &xxe; &b;</title><description>Body &b; text.</description></item></channel></rss>`;
    const [a] = cleanInput(xxe);
    expect(a.headline).toBe('T &xxe; &b;');
    expect(JSON.stringify(a)).not.toContain('root:');
    expect(JSON.stringify(a)).not.toContain('aaaaaaaaaa');
  });

  it('gives an item without a title no headline, and keeps its first line', () => {
    const [a] = cleanInput('<rss><channel><item><description>Short first line\n\nThen a paragraph of text that goes on for a while, as prose does.</description></item></channel></rss>');
    expect(a.headline).toBeNull();
    expect(JSON.stringify(a.sections)).toContain('Short first line');
  });
});

describe('declared language', () => {
  it('is the article language, as BCP 47', () => {
    const feed = (lang: string) => `<rss><channel><language>${lang}</language><item><title>T</title><description>Une phrase en français, assez longue pour être de la prose.</description></item></channel></rss>`;
    expect(cleanInput(feed('en-gb'))[0].language).toBe('en-GB');
    expect(cleanInput(feed('pt_br'))[0].language).toBe('pt-BR');
    expect(cleanInput(feed('not a language'))[0].language).toBe('fr'); // detected instead
  });
});

describe('dek from a summary beside the content', () => {
  const feed = (summary: string) =>
    `<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>S</title><item><title>T</title><link>https://s.example/t</link><description><![CDATA[${summary}]]></description><content:encoded><![CDATA[<p>The council met on Tuesday to discuss the new bridge and its cost, which has doubled.</p>]]></content:encoded></item></channel></rss>`;

  it('is none when the summary is the opening cut short, whatever furniture follows it', () => {
    expect(cleanInput(feed('<p>The council met on Tuesday to discuss the new bridge [&#8230;]</p><p>The post <a href="https://s.example/t">T</a> appeared first on <a href="https://s.example">S</a>.</p>'))[0].dek).toBeNull();
  });

  it('is the summary when it says something else', () => {
    expect(cleanInput(feed('Costs have doubled since the spring.'))[0].dek).toBe('Costs have doubled since the spring.');
  });
});

describe('HTML blocks', () => {
  it('parts paragraphs at an empty line (<br><br>), keeps a single <br> as a line break', () => {
    const [a] = cleanInput('<p>The first paragraph tells what happened at the quay on Monday.<br>It goes on a second line.<br><br>The second paragraph tells what the harbour master said.</p>', { from: 'html' });
    expect(a.sections.flatMap((s) => s.blocks.map((b) => b.text))).toEqual([
      'The first paragraph tells what happened at the quay on Monday. It goes on a second line.',
      'The second paragraph tells what the harbour master said.',
    ]);
  });
});

describe('an item whose content repeats its title', () => {
  it('files the repeat as a duplicate', () => {
    const [a] = cleanInput('<rss><channel><item><title>Tide tables for April</title><description>&lt;h2&gt;Tide tables for April&lt;/h2&gt;&lt;p&gt;High water at the pier comes forty minutes later each day this month.&lt;/p&gt;</description></item></channel></rss>');
    expect(a.headline).toBe('Tide tables for April');
    expect(a.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.text)]).filter(Boolean)).toEqual(['High water at the pier comes forty minutes later each day this month.']);
    expect(a.boilerplate).toMatchObject([{ kind: 'duplicate', text: 'Tide tables for April' }]);
  });
});

describe('empty or out-of-line content', () => {
  it('falls back to the description or the summary', () => {
    const rss = cleanInput('<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item><title>R</title><content:encoded></content:encoded><description>The description holds the whole story of the day.</description></item></channel></rss>');
    expect(rss[0].sections[0].blocks[0].text).toBe('The description holds the whole story of the day.');
    const atom = cleanInput('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><content src="https://a.example/1" type="text/html"/><summary>The summary holds the whole story of the day.</summary></entry></feed>');
    expect(atom[0].sections[0].blocks[0].text).toBe('The summary holds the whole story of the day.');
  });
});

describe('publication', () => {
  it('is what the item names (Medium\'s "originally published in"), else the feed title', () => {
    const feed = (tail: string) =>
      `<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Stories by Ana Ruiz on Medium</title><item><title>Walking</title><link>https://medium.com/@ana/walking-12ab</link><content:encoded><![CDATA[<p>Walking to work takes forty minutes, and I have come to like every one of them.</p>${tail}]]></content:encoded></item></channel></rss>`;
    const named = cleanInput(feed('<p><a href="https://medium.com/@ana/walking-12ab?source=rss">Walking</a> was originally published in <a href="https://medium.com/city-notes">City Notes</a> on Medium, where people are continuing the conversation by highlighting and responding to this story.</p>'))[0];
    expect(named.byline.publication).toBe('City Notes');
    expect(named.boilerplate.map((b) => b.kind)).toEqual(['attribution']);
    expect(cleanInput(feed(''))[0].byline.publication).toBe('Stories by Ana Ruiz on Medium');
  });
});

describe('a .json file that is no feed', () => {
  it('is read as JSON records, not as text', () => {
    expect(sniffKind('{\n  "title": "A",\n  "text": "Body."\n}\n', 'one.json')).toBe('jsonl');
    const [a] = cleanInput('{\n  "title": "A pretty-printed record",\n  "text": "Its body, a sentence of text."\n}\n', { path: 'one.json' });
    expect(a.headline).toBe('A pretty-printed record');
  });
});

describe('read-more links closing a paragraph', () => {
  const feed = (html: string) => `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://t.example/a</link><description><![CDATA[${html}]]></description></item></channel></rss>`;
  const read = (html: string) => {
    const [a] = cleanInput(feed(html));
    return { body: a.sections.flatMap((s) => s.blocks.map((b) => b.text)), furniture: a.boilerplate.map((b) => `${b.kind}: ${b.text}`) };
  };

  it('splits off the link and keeps the paragraph', () => {
    expect(read('<p>The road will stay shut until May. <a href="https://t.example/a">Lire la suite…</a></p>')).toEqual({ body: ['The road will stay shut until May.'], furniture: ['read-more: Lire la suite…'] });
    expect(read('<p>The road will stay shut until <a class="more-link" href="https://t.example/x">Continue reading</a></p>').furniture).toEqual(['read-more: Continue reading']);
  });

  it('takes a closing line of links as navigation, and a closing sentence with links as story', () => {
    const story = '<p>The council met on Tuesday to discuss the budget for the coming year.</p>';
    expect(read(`${story}<p><a href="https://t.example/u/ann">/u/ann</a> <a href="https://t.example/c/1">[comments]</a> <a href="https://t.example/p/1">[link]</a></p>`).furniture).toEqual(['navigation: /u/ann [comments] [link]']);
    expect(read(`${story}<p>It was <a href="https://t.example/x">approved</a> by <a href="https://t.example/y">everyone</a>.</p>`).body).toHaveLength(2);
  });

  it('never cuts a sentence that runs into its link', () => {
    const html = '<p>The council met on Tuesday to discuss the budget. For details, <a href="https://t.example/b">read more about the budget</a> here.</p><p>For the figures, <a href="https://t.example/a">see the full report</a></p>';
    expect(read(html).body).toEqual(['The council met on Tuesday to discuss the budget. For details, read more about the budget here.', 'For the figures, see the full report']);
  });
});
