// Structured inputs: HTML, XML feeds (entity bombs, external entities), JSON Lines and JSON.
import fs from 'node:fs';
import path from 'node:path';
import { HEAD } from './cases-content.mjs';

const P1 = 'The city council voted on Tuesday to approve a riverside park near the harbour.';
const P2 = 'Construction is expected to begin in the spring and last about eighteen months.';
const BODY = `${HEAD}\n${P1}\n${P2}`;
const page = (inner) => `<!doctype html><html><head><title>${HEAD}</title></head><body><article><h1>${HEAD}</h1><p>${P1}</p>${inner}<p>${P2}</p></article></body></html>`;
const item = (i, extra = '') => `<item><title>Item ${i} headline about the park</title><link>https://example.com/${i}</link><description>${P1} Number ${i}.${extra}</description></item>`;
const rss = (items, pre = '') => `<?xml version="1.0"?>${pre}<rss version="2.0"><channel><title>City news</title>${items}</channel></rss>`;
const jl = (o) => JSON.stringify(o);
const rec = (i, extra = {}) => ({ title: `Story ${i} about the park`, author: 'Jane Smith', text: `${P1}\n\n${P2} Story ${i}.`, ...extra });

// [id, description, name, content (string | () => string), spec overrides]
const S = [
  ['html-unclosed', 'HTML with unclosed tags everywhere', 'in.html', `<html><body><div><p>${HEAD}<p>${P1}<div><span><b><i>${P2}`, { noLoss: `${P1}\n${P2}` }],
  ['html-huge-attribute', 'an HTML attribute of 5 MB', 'in.html', () => page(`<div data-x="${'a'.repeat(5_000_000)}">x</div>`), { noLoss: BODY, timeoutMs: 60_000 }],
  ['html-50k-spans', '50,000 inline spans in one paragraph', 'in.html', () => page(`<p>${'<span>word</span> '.repeat(50_000)}</p>`), { noLoss: BODY, timeoutMs: 60_000 }],
  ['html-comment-storm', '100,000 comments', 'in.html', () => page('<!-- c -->'.repeat(100_000)), { noLoss: BODY, forbid: [' c '] }],
  ['html-unclosed-comment', 'a comment that never closes', 'in.html', () => `<html><body><h1>${HEAD}</h1><p>${P1}</p><!-- open ${'x'.repeat(1000)}`, { noLoss: `${HEAD}\n${P1}`, refuse: true }],
  ['html-deep-nesting', '100,000 nested divs', 'in.html', () => page(`${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}`), { noLoss: BODY, timeoutMs: 60_000 }],
  ['html-deep-unclosed', '100,000 nested unclosed <b> tags', 'in.html', () => page(`<p>${'<b>'.repeat(100_000)}bold text</p>`), { noLoss: BODY, timeoutMs: 60_000 }],
  ['html-script-style', 'a 2 MB script and style block', 'in.html', () => page(`<script>${'var a=1;'.repeat(250_000)}</script><style>${'p{}'.repeat(100_000)}</style>`), { noLoss: BODY, forbid: ['var a=1'] }],
  ['html-entity-storm', '1,000,000 &amp; entities', 'in.html', () => page(`<p>${'&amp;'.repeat(1_000_000)}</p>`), { noLoss: BODY, timeoutMs: 60_000 }],
  ['html-bad-entities', 'numeric entities out of range (&#xFFFFFFFF; &#0; &#xD800;)', 'in.html', page('<p>Bad &#xFFFFFFFF; &#0; &#xD800; &#99999999999; entities here.</p>'), { noLoss: BODY }],
  ['html-charset-latin1', 'HTML declaring windows-1252', 'in.html', () => Buffer.from(page('<p>Caf\u00e9 owners were na\u00efve.</p>').replace('<head>', '<head><meta charset="windows-1252">'), 'latin1'), { noLoss: `${BODY}\nCaf\u00e9 owners were na\u00efve.` }],
  ['html-20mb', 'a 20 MB HTML page of paragraphs', 'in.html', () => page(`<p>${P1}</p>`.repeat(220_000)), { noLoss: BODY, timeoutMs: 120_000 }],
  ['html-tags-only', 'HTML with tags and no text', 'in.html', '<html><head></head><body><div><span></span></div></body></html>', { refuse: true, noLoss: false }],
  ['html-cdata', 'CDATA and processing instructions in HTML', 'in.html', page('<p><![CDATA[ raw ]]> and <?php echo 1; ?> end.</p>'), { noLoss: BODY }],
  ['html-svg-math', 'inline SVG and MathML', 'in.html', page('<svg><text>svg label</text></svg><math><mi>x</mi></math>'), { noLoss: BODY }],
  ['xml-billion-laughs', 'an RSS feed with a billion-laughs entity bomb', 'in.xml', () => rss(item(1).replace('Number 1.', '&lol9;'), `<!DOCTYPE rss [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>`), { refuse: true, noLoss: false, forbid: ['lollollollollollollollollol'] }],
  ['xml-quadratic-blowup', 'one 50 KB entity used 10,000 times', 'in.xml', () => rss(item(1).replace('Number 1.', '&big;'.repeat(10_000)), `<!DOCTYPE rss [<!ENTITY big "${'x'.repeat(50_000)}">]>`), { refuse: true, noLoss: false, forbid: ['x'.repeat(100_001)] }],
  ['xml-xxe-file', 'an external entity pointing at /etc/passwd', 'in.xml', rss(item(1).replace('Number 1.', '&xxe;'), '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'), { refuse: true, noLoss: false, forbid: ['root:x:0', 'root:'] }],
  ['xml-xxe-http', 'an external entity pointing at a URL', 'in.xml', rss(item(1).replace('Number 1.', '&xxe;'), '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>'), { refuse: true, noLoss: false }],
  ['xml-parameter-entity', 'an external parameter entity', 'in.xml', rss(item(1), '<!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>'), { refuse: true, noLoss: false, forbid: ['root:'] }],
  ['rss-100k-items', 'an RSS feed of 100,000 items', 'in.xml', () => rss(Array.from({ length: 100_000 }, (_, i) => item(i)).join('')), { out: 'jsonl', timeoutMs: 180_000, articles: (n) => n === 100_000, noLoss: false }],
  ['rss-malformed', 'an RSS feed cut off in the middle', 'in.xml', rss(item(1) + item(2)).slice(0, -40), { out: 'jsonl', refuse: true, noLoss: false }],
  ['rss-empty-items', 'RSS items with no description or title', 'in.xml', rss('<item></item><item><title></title></item>'), { out: 'jsonl', refuse: true, noLoss: false, errLines: 2 }],
  ['rss-no-items', 'an RSS channel with no items', 'in.xml', rss(''), { out: 'jsonl', refuse: true, noLoss: false }],
  ['rss-nested-cdata', 'CDATA holding HTML holding CDATA-looking text', 'in.xml', rss(`<item><title>${HEAD}</title><description><![CDATA[<p>${P1}</p><p>${P2} ]]&gt; tail</p>]]></description></item>`), { out: 'jsonl', noLoss: `${P1}\n${P2}` }],
  ['xml-deep-nesting', 'XML nested 100,000 deep', 'in.xml', () => rss(`<item><title>x</title><description>${P1}</description>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</item>`), { out: 'jsonl', refuse: true, noLoss: false, timeoutMs: 60_000 }],
  ['xml-utf16-declared', 'XML declaring UTF-16 but written in UTF-8', 'in.xml', rss(item(1)).replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>'), { out: 'jsonl', refuse: true, noLoss: false }],
  ['atom-malformed', 'an Atom feed with unclosed entries', 'in.atom', `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>${HEAD}</title><content>${P1}`, { out: 'jsonl', refuse: true, noLoss: false }],
  ['jsonfeed-bad-items', 'a JSON Feed whose items is not an array', 'in.json', jl({ version: 'https://jsonfeed.org/version/1.1', title: 'x', items: { a: 1 } }), { out: 'jsonl', refuse: true, noLoss: false }],
  ['jsonl-broken-middle', 'JSON Lines with a broken line in the middle', 'in.jsonl', [jl(rec(1)), '{"title": "broken', jl(rec(3))].join('\n'), { out: 'jsonl', codes: [1], articles: 2, names: ['in.jsonl'], noLoss: false }],
  ['jsonl-surrogates', 'JSON Lines with lone surrogate escapes', 'in.jsonl', [jl(rec(1)), '{"title":"Half \\ud800 here","text":"Some text \\udc00 with a lone low surrogate and more words to read."}'].join('\n'), { out: 'jsonl', refuse: true, noLoss: false, after: (r) => (/\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])/i.test(r.stdout) ? 'a lone surrogate reached the output' : null) }],
  ['jsonl-huge-numbers', 'JSON Lines with 1e400 and 400-digit numbers', 'in.jsonl', [jl(rec(1)), `{"title":"Numbers story","text":"${P1}","n":1e400,"m":${'9'.repeat(400)}}`].join('\n'), { out: 'jsonl', articles: 2, noLoss: false }],
  ['jsonl-huge-dates', 'JSON Lines with numeric dates 1e400, -1e300 and 1e15', 'in.jsonl', ['1e400', '-1e300', '1e15', '-0', '1.5'].map((d, i) => `{"title":"Dated story ${i}","date":${d},"text":"${P1}"}`).join('\n'), { out: 'jsonl', articles: 5, noLoss: false }],
  ['jsonl-duplicate-keys', 'JSON with duplicate keys', 'in.jsonl', `{"title":"First title","title":"Second title","text":"${P1}"}`, { out: 'jsonl', articles: 1, noLoss: false }],
  ['jsonl-blank-lines', 'JSON Lines with blank and whitespace lines', 'in.jsonl', ['', jl(rec(1)), '   ', '\t', jl(rec(2)), ''].join('\n'), { out: 'jsonl', articles: 2, noLoss: false }],
  ['jsonl-non-objects', 'JSON Lines holding an array, a string, null and a number', 'in.jsonl', [jl(rec(1)), '[1,2]', '"str"', 'null', '42', jl(rec(2))].join('\n'), { out: 'jsonl', codes: [0, 1], errLines: 4, articles: 2, noLoss: false }],
  ['jsonl-deep-nesting', 'a JSON line nested 100,000 deep', 'in.jsonl', () => [jl(rec(1)), `{"title":"Deep","text":"${P1}","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`].join('\n'), { out: 'jsonl', codes: [0, 1], articles: (n) => n >= 1, noLoss: false }],
  ['jsonl-crlf', 'JSON Lines with CRLF line ends', 'in.jsonl', [jl(rec(1)), jl(rec(2))].join('\r\n'), { out: 'jsonl', articles: 2, noLoss: false }],
  ['jsonl-bom', 'JSON Lines starting with a BOM', 'in.jsonl', `\ufeff${[jl(rec(1)), jl(rec(2))].join('\n')}`, { out: 'jsonl', articles: 2, noLoss: false }],
  ['jsonl-nul-line', 'JSON Lines with a NUL-filled line', 'in.jsonl', [jl(rec(1)), '\u0000\u0000\u0000', jl(rec(2))].join('\n'), { out: 'jsonl', codes: [0, 1], articles: 2, noLoss: false }],
  ['jsonl-wrong-types', 'JSON Lines with title a number and text an object', 'in.jsonl', [jl({ title: 5, text: { a: 1 } }), jl(rec(2))].join('\n'), { out: 'jsonl', codes: [0, 1], articles: (n) => n >= 1, noLoss: false }],
  ['json-export-roundtrip', 'an article-clean JSON export given as input', 'in.json', null, { out: 'json', codes: [0, 1], noLoss: false }],
];

export const structuredCases = S.map(([id, desc, name, content, o]) => ({
  id: `structured:${id}`,
  desc,
  setup(dir) {
    let data = typeof content === 'function' ? content() : content;
    if (data === null) data = JSON.stringify({ schemaVersion: 1, headline: HEAD, byline: { authors: ['Jane Smith'] }, sections: [{ heading: null, blocks: [{ type: 'paragraph', text: P1 }] }], boilerplate: [] });
    fs.writeFileSync(path.join(dir, name), data);
    const out = o.out ?? 'json';
    return {
      args: ['-f', out, name],
      codes: o.codes ?? (o.refuse ? [0, 1] : [0]),
      names: o.names ?? [name],
      out,
      noLoss: o.noLoss === false ? null : o.noLoss,
      forbid: o.forbid,
      articles: o.articles,
      errLines: o.errLines,
      after: o.after,
      timeoutMs: o.timeoutMs,
    };
  },
}));

export const checkStructuredCases = S.filter(([id]) => !['rss-100k-items', 'html-20mb'].includes(id)).map(([id, desc, name, content]) => ({
  id: `check:${id}`,
  desc: `check over ${desc}`,
  setup(dir) {
    const data = typeof content === 'function' ? content() : content ?? '{}';
    fs.writeFileSync(path.join(dir, name), data);
    return { args: ['check', '--reporter', 'json', name], codes: [0, 1, 2], errCodes: [2], names: [name], out: 'any', forbid: ['root:x:0'], timeoutMs: 60_000,
      after: (r) => (r.code === 2 ? null : JSON.parse(r.stdout).length ? null : 'empty report') };
  },
}));
