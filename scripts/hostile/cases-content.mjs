// Content cases: one input file of a hostile or odd shape, cleaned with -f json. Each must give
// a correct article (nothing lost) or, where `refuse` allows it, one clear line naming the file.
import fs from 'node:fs';
import path from 'node:path';

export const HEAD = 'Council approves new riverside park plan';
export const STORY = [
  HEAD,
  'By Jane Smith',
  '',
  'The city council voted on Tuesday to approve a riverside park that will replace an old parking lot near the harbour.',
  '',
  '\u201cWe have waited a long time for this,\u201d said Maria Lopez, who chairs the parks committee.',
  '',
  'Construction is expected to begin in the spring and last about eighteen months.',
  '',
].join('\n');

// C0 and C1 controls (but tab, newlines, form feed) and U+FFFD: the tool may drop these.
const stripControls = (s) => [...s].filter((ch) => { const c = ch.codePointAt(0); return !((c < 32 && ![9, 10, 12, 13].includes(c)) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd); }).join('');
const enc = (s) => Buffer.from(s, 'utf8');
const u16le = (s) => Buffer.from(s, 'utf16le');
const u16be = (s) => Buffer.from(s, 'utf16le').swap16();
function u32(s, le) {
  const cps = [...s].map((c) => c.codePointAt(0));
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (le ? b.writeUInt32LE(cp, i * 4) : b.writeUInt32BE(cp, i * 4)));
  return b;
}
const withPara = (p) => STORY.replace('Construction is expected', `${p}\n\nConstruction is expected`);
const words = (n, seed = 7) => {
  const w = ['harbour', 'council', 'river', 'budget', 'vote', 'planning', 'museum', 'bridge', 'school', 'market'];
  let x = seed;
  const out = [];
  for (let i = 0; i < n; i++) { x = (x * 1103515245 + 12345) % 2147483648; out.push(w[x % w.length]); }
  return out.join(' ');
};
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2f3c9a30000000049454e44ae426082', 'hex');
const GZIP = Buffer.from('1f8b08000000000000034b4c4a0600c241243503000000', 'hex');
const PDF = enc('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
const ZIP = Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.alloc(200, 0x9c)]);
const ELF = Buffer.concat([Buffer.from('7f454c46020101000000000000000000', 'hex'), Buffer.alloc(400, 0)]);
const random = (n) => { const b = Buffer.alloc(n); let x = 99; for (let i = 0; i < n; i++) { x = (x * 1664525 + 1013904223) >>> 0; b[i] = x >>> 24; } return b; };

// [id, description, bytes | () => bytes, options]
// options: refuse (a one-line refusal is also right), mustRefuse, noLoss (text to check; default
// the decoded input for text cases), name (file name), codes, timeoutMs.
const C = [
  ['empty', 'an empty file', enc(''), { refuse: true }],
  ['whitespace-only', 'spaces, tabs and newlines only', enc('  \n\t\n   \n\n'), { refuse: true }],
  ['bom-only', 'a UTF-8 BOM and nothing else', Buffer.from([0xef, 0xbb, 0xbf]), { refuse: true }],
  ['utf8-bom', 'UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc(STORY)]), {}],
  ['utf16le-bom', 'UTF-16LE with a BOM', u16le(`\ufeff${STORY}`), { text: STORY }],
  ['utf16be-bom', 'UTF-16BE with a BOM', u16be(`\ufeff${STORY}`), { text: STORY }],
  ['utf16le-nobom', 'UTF-16LE without a BOM', u16le(STORY), { text: STORY }],
  ['utf16be-nobom', 'UTF-16BE without a BOM', u16be(STORY), { text: STORY }],
  ['utf32le-bom', 'UTF-32LE with a BOM', u32(`\ufeff${STORY}`, true), { text: STORY }],
  ['utf32be-bom', 'UTF-32BE with a BOM', u32(`\ufeff${STORY}`, false), { text: STORY }],
  ['utf32le-nobom', 'UTF-32LE without a BOM', u32(STORY, true), { text: STORY }],
  ['utf16-odd-length', 'UTF-16LE with a BOM and a truncated last unit', Buffer.concat([u16le(`\ufeff${STORY}`), Buffer.from([0x41])]), { text: STORY }],
  ['invalid-utf8', 'stray 0xFF and 0xC3 bytes inside UTF-8 text', Buffer.concat([enc(STORY.slice(0, 200)), Buffer.from([0xff, 0xc3]), enc(STORY.slice(200))]), { text: STORY.slice(0, 200) + STORY.slice(200) }],
  ['latin1', 'a windows-1252 file (é, smart quotes)', Buffer.from(STORY.replace('harbour', 'caf\u00e9 harbour').replace(/[\u201c\u201d]/g, '"'), 'latin1'), { text: STORY.replace('harbour', 'caf\u00e9 harbour').replace(/[\u201c\u201d]/g, '"') }],
  ['mixed-encodings', 'a UTF-8 line and a latin-1 line in one file', Buffer.concat([enc(STORY.replace('harbour', 'caf\u00e9 harbour')), Buffer.from('A late line about the na\u00efve budget plan.\n', 'latin1')]), { text: `${STORY}A late line about the budget plan.\n` }],
  ['overlong-utf8', 'overlong UTF-8 encodings (C0 AF)', Buffer.concat([enc(STORY), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf, 0x0a])]), { text: STORY }],
  ['nul-bytes', 'NUL bytes sprinkled inside words', enc(STORY.replace('council', 'coun\u0000cil').replace('spring', 'spr\u0000ing\u0000')), { text: STORY }],
  ['single-nul', 'one NUL byte in a whole article', enc(STORY.replace('Tuesday', 'Tues\u0000day')), { text: STORY }],
  ['control-chars', 'C0 control characters (BEL, ESC, VT, DEL) in text', enc(STORY.replace('parking', 'par\u0007king\u001b').replace('months', 'mon\u007fths\u000b')), { text: STORY }],
  ['c1-controls', 'C1 control characters (U+0080-U+009F)', enc(STORY.replace('park ', 'park\u0085 ').replace('begin', 'be\u009bgin')), { text: STORY.replace('begin', 'begin') }],
  ['ansi-escapes', 'ANSI colour escape sequences around words', enc(STORY.replace('Tuesday', '\u001b[31mTuesday\u001b[0m')), {}],
  ['bidi-overrides', 'bidi override and isolate characters', enc(STORY.replace('approve', '\u202eapprove\u202c').replace('Maria', '\u2066Maria\u2069')), {}],
  ['zero-width', 'zero-width spaces, joiners and a mid-text BOM', enc(STORY.replace('riverside', 'river\u200bside').replace('harbour', 'har\u200dbour\ufeff').replace('spring', '\u2060spring')), {}],
  ['combining-storm', 'one letter with 20,000 combining marks', enc(withPara(`Zalgo a${'\u0301'.repeat(20000)} text follows here.`)), {}],
  ['emoji-zwj', 'emoji ZWJ sequences, flags and skin tones', enc(withPara('Residents \u{1F468}\u200d\u{1F469}\u200d\u{1F467}\u200d\u{1F466} cheered \u{1F1EC}\u{1F1E7} \u{1F44D}\u{1F3FD} loudly.')), {}],
  ['non-bmp', 'mathematical alphanumerics and CJK extension B', enc(withPara('The \u{1D400}\u{1D401}\u{1D402} report cites \u{20000}\u{20001} characters.')), {}],
  ['private-use', 'private-use and noncharacters (U+E000, U+FFFF)', enc(withPara('Symbols \ue000\uf8ff and \uffff\ufffe appear here.')), {}],
  ['crlf', 'CRLF line endings', enc(STORY.replace(/\n/g, '\r\n')), {}],
  ['cr-only', 'CR-only (classic Mac) line endings', enc(STORY.replace(/\n/g, '\r')), {}],
  ['mixed-eol', 'CRLF, LF and CR mixed', enc(STORY.replace('\n\n', '\r\n\r\n').replace('\n\n', '\r\r')), {}],
  ['unicode-separators', 'U+2028 / U+2029 / NEL as line breaks', enc(STORY.replace('\n\n', '\u2029').replace('\n\n', '\u2028\u2028')), {}],
  ['form-feeds', 'form feeds between paragraphs', enc(STORY.replace('\n\n', '\n\f\n')), {}],
  ['tabs', 'tab-indented paragraphs and tab-only lines', enc(STORY.replace(/\n\n/g, '\n\t\n\t')), {}],
  ['no-trailing-newline', 'no newline at the end', enc(STORY.trimEnd()), {}],
  ['single-line', 'one short line only', enc('Just one line of text about the council'), { refuse: true }],
  ['headline-only', 'a headline and a byline, no body', enc(`${HEAD}\nBy Jane Smith\n`), { refuse: true }],
  ['long-line-10mb', 'a 10 MB single line with no newline', () => enc(words(1_700_000)), { timeoutMs: 90_000, refuse: true }],
  ['long-line-1mb-para', 'an article with one 1 MB paragraph', () => enc(withPara(words(170_000))), { timeoutMs: 60_000 }],
  ['quote-mark-1mb', '1 MB of one curly quote mark', () => enc('\u201c'.repeat(350_000)), { refuse: true }],
  ['ascii-quote-1mb', '1 MB of ASCII double quotes', () => enc('"'.repeat(1_000_000)), { refuse: true }],
  ['quote-dash-runs', '50,000 quote–dash runs in one line', () => enc(withPara('\u201c\u2014'.repeat(50_000))), {}],
  ['quotations-20k', 'one paragraph of 20,000 quotations', () => enc(withPara('\u201cI like this a lot,\u201d said Jane Smith. '.repeat(20_000))), { timeoutMs: 60_000 }],
  ['em-dash-100k-lines', '100,000 lines of an em dash', () => enc(`${STORY}\n${'\u2014\n'.repeat(100_000)}`), { timeoutMs: 60_000 }],
  ['punctuation-lines', 'lines of punctuation only', enc(`${STORY}\n***\n\n...\n\n!!!???\n\n#####\n\n~~~~\n\n* * *\n`), {}],
  ['only-urls', 'every line a URL', enc(Array.from({ length: 50 }, (_, i) => `https://example.com/story/${i}?utm=a&b=${i}`).join('\n\n')), { refuse: true }],
  ['only-numbers', 'every line a number', enc(Array.from({ length: 200 }, (_, i) => String(i * 7919)).join('\n')), { refuse: true }],
  ['only-emails', 'every line an email address', enc(Array.from({ length: 30 }, (_, i) => `reader${i}@example.com`).join('\n\n')), { refuse: true }],
  ['markdown-table', 'a Markdown table inside an article', enc(withPara('| Ward | Votes |\n|------|------:|\n| North | 1200 |\n| South | 980 |')), { name: 'in.md' }],
  ['md-nested-lists', 'Markdown list nested 2,000 deep', () => enc(withPara(Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'))), { name: 'in.md' }],
  ['md-nested-quotes', 'blockquote nested 10,000 deep', () => enc(withPara(`${'>'.repeat(10_000)} deep quoted words`)), { name: 'in.md' }],
  ['md-unclosed-fence', 'an unclosed code fence', enc(withPara('```js\nconst park = 1;')), { name: 'in.md' }],
  ['md-broken-front-matter', 'front matter that never closes', enc(`---\ntitle: ${HEAD}\nauthor: Jane\n\n${STORY}`), { name: 'in.md' }],
  ['md-many-headings', '5,000 Markdown headings', () => enc(`${STORY}\n${Array.from({ length: 5000 }, (_, i) => `## Section ${i}\n\nText of section ${i}.\n`).join('\n')}`), { name: 'in.md', timeoutMs: 60_000 }],
  ['md-link-storm', '50,000 Markdown links in a line', () => enc(withPara('[a](http://x.y/z) '.repeat(50_000))), { name: 'in.md', noLoss: false, timeoutMs: 60_000 }],
  ['capital-long-word', 'a capital and 200,000 lower-case letters', () => enc(withPara(`A${'a'.repeat(200_000)}`)), { timeoutMs: 60_000 }],
  ['long-word-line', 'one 1 MB word on its own', () => enc(withPara('x'.repeat(1_000_000))), { timeoutMs: 60_000 }],
  ['short-lines-100k', '100,000 short lines', () => enc(`${STORY}\n${Array.from({ length: 100_000 }, (_, i) => `Line ${i} of the log.`).join('\n')}`), { timeoutMs: 90_000 }],
  ['blank-lines-100k', '100,000 blank lines between paragraphs', () => enc(STORY.replace('\n\n', '\n'.repeat(100_000))), {}],
  ['leading-spaces-1mb', 'a line of 1 MB of spaces before words', () => enc(withPara(`${' '.repeat(1_000_000)}spaced out words`)), {}],
  ['byline-storm', '10,000 byline-like lines', () => enc(`${STORY}\n${'By Jane Smith and John Doe\n'.repeat(10_000)}`), { timeoutMs: 60_000 }],
  ['caps-lines', '5,000 ALL-CAPS heading-like lines', () => enc(`${STORY}\n${'BREAKING NEWS UPDATE\n\n'.repeat(5000)}`), { timeoutMs: 60_000 }],
  ['rtl-article', 'an Arabic and Hebrew article', enc('\u0627\u0644\u0645\u062c\u0644\u0633 \u064a\u0648\u0627\u0641\u0642 \u0639\u0644\u0649 \u062e\u0637\u0629 \u0627\u0644\u062d\u062f\u064a\u0642\u0629\n\n\u0635\u0648\u062a \u0627\u0644\u0645\u062c\u0644\u0633 \u064a\u0648\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621 \u0639\u0644\u0649 \u062e\u0637\u0629 \u062c\u062f\u064a\u062f\u0629 \u0644\u0644\u062d\u062f\u064a\u0642\u0629 \u0642\u0631\u0628 \u0627\u0644\u0645\u064a\u0646\u0627\u0621.\n\n\u05d4\u05de\u05d5\u05e2\u05e6\u05d4 \u05d0\u05d9\u05e9\u05e8\u05d4 \u05d0\u05ea \u05d4\u05ea\u05d5\u05db\u05e0\u05d9\u05ea \u05d4\u05d7\u05d3\u05e9\u05d4 \u05dc\u05e4\u05d0\u05e8\u05e7.\n'), {}],
  ['cjk-article', 'a Chinese article without spaces', enc('\u5e02\u8bae\u4f1a\u6279\u51c6\u6cb3\u6ee8\u516c\u56ed\u8ba1\u5212\n\n\u5e02\u8bae\u4f1a\u5468\u4e8c\u6295\u7968\u6279\u51c6\u4e86\u4e00\u4e2a\u6cb3\u6ee8\u516c\u56ed\uff0c\u5c06\u53d6\u4ee3\u6e2f\u53e3\u9644\u8fd1\u7684\u65e7\u505c\u8f66\u573a\u3002\n\n\u5de5\u7a0b\u9884\u8ba1\u5c06\u4e8e\u6625\u5b63\u5f00\u59cb\uff0c\u6301\u7eed\u7ea6\u5341\u516b\u4e2a\u6708\u3002\n'), {}],
  ['html-in-text', 'tag-like text (<script>) in a .txt article', enc(withPara('Use the <script>alert(1)</script> tag & the <b>bold</b> one.')), { noLoss: false }],
  ['yaml-like-text', 'text that looks like YAML keys', enc(withPara('key: value\nother: thing\n- item')), {}],
  ['json-looking-text', 'a .txt file holding a JSON array', enc('[1, 2, {"a": "b"}]\n'), { refuse: true, noLoss: false }],
  ['binary-png', 'a PNG image', PNG, { mustRefuse: true }],
  ['binary-gzip', 'a gzip stream', GZIP, { mustRefuse: true }],
  ['binary-pdf', 'a PDF document', PDF, { mustRefuse: true }],
  ['binary-zip', 'a ZIP archive', ZIP, { mustRefuse: true }],
  ['binary-elf', 'an ELF executable', ELF, { mustRefuse: true }],
  ['binary-random', '64 KB of random bytes', random(65536), { mustRefuse: true }],
];

export const contentCases = C.map(([id, desc, data, o]) => ({
  id: `content:${id}`,
  desc,
  input: { data, ...o },
  setup(dir) {
    const bytes = typeof data === 'function' ? data() : data;
    const name = o.name ?? 'in.txt';
    fs.writeFileSync(path.join(dir, name), bytes);
    const text = o.text ?? bytes.toString('utf8');
    const noLoss = o.noLoss === false || o.mustRefuse ? null : stripControls(text);
    return {
      args: ['-f', 'json', name],
      codes: o.mustRefuse ? [1] : o.refuse ? [0, 1] : [0],
      names: [name],
      noLoss,
      timeoutMs: o.timeoutMs,
    };
  },
}));

/** The same inputs through `check --reporter json`: exit 0/1 (findings) or 2 (could not read), one line. */
export const checkContentCases = C.map(([id, desc, data, o]) => ({
  id: `check:${id}`,
  desc: `check over ${desc}`,
  setup(dir) {
    const bytes = typeof data === 'function' ? data() : data;
    const name = o.name ?? 'in.txt';
    fs.writeFileSync(path.join(dir, name), bytes);
    return {
      args: ['check', '--reporter', 'json', name],
      codes: o.mustRefuse ? [1, 2] : [0, 1],
      names: [name],
      out: 'any',
      errCodes: [2],
      timeoutMs: o.timeoutMs,
      after(r) {
        if (r.code === 2) return null;
        const rep = JSON.parse(r.stdout);
        if (!Array.isArray(rep) || !rep.some((f) => String(f.filePath).endsWith(name))) return 'report does not list the file';
        return null;
      },
    };
  },
}));
