import { describe, expect, it } from 'vitest';
import { decodeBytes, normaliseNewlines } from '../../src/readers/decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());

// Encode to cp1252 by hand: TextEncoder only does UTF-8.
const CP1252_EXTRA: Record<string, number> = { '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2014': 0x97, '\u20ac': 0x80, '\u2026': 0x85 };
const cp1252 = (s: string) =>
  Uint8Array.from([...s].map((c) => {
    const code = CP1252_EXTRA[c] ?? c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in cp1252: ${c}`);
    return code;
  }));

const PARAGRAPH =
  '\u201cWe didn\u2019t expect the caf\u00e9 to be this busy,\u201d said the owner \u2014 who opened the place in 2015 \u2014 ' +
  'while pouring another espresso. The r\u00e9sum\u00e9 of the chef includes stints in Paris and Lyon, and the menu ' +
  'changes every week according to what the market offers. Prices start at \u20ac4\u2026';

describe('decodeBytes', () => {
  it('decodes UTF-8 without BOM', () => {
    expect(decodeBytes(utf8('Caf\u00e9 \u201cquoted\u201d \u2014 ok'))).toEqual({ text: 'Caf\u00e9 \u201cquoted\u201d \u2014 ok', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeBytes(cat([0xef, 0xbb, 0xbf], utf8('Caf\u00e9')))).toEqual({ text: 'Caf\u00e9', encoding: 'utf-8' });
  });

  it('keeps a second U+FEFF after the BOM as content', () => {
    expect(decodeBytes(cat([0xef, 0xbb, 0xbf], utf8('\ufeffx'))).text).toBe('\ufeffx');
  });

  it('decodes UTF-16LE with BOM', () => {
    expect(decodeBytes(cat([0xff, 0xfe], utf16le('Caf\u00e9 \u2014 \u65e5\u672c')))).toEqual({ text: 'Caf\u00e9 \u2014 \u65e5\u672c', encoding: 'utf-16le' });
  });

  it('decodes UTF-16BE with BOM', () => {
    expect(decodeBytes(cat([0xfe, 0xff], utf16be('Caf\u00e9 \u2014 \u65e5\u672c')))).toEqual({ text: 'Caf\u00e9 \u2014 \u65e5\u672c', encoding: 'utf-16be' });
  });

  it('detects UTF-16 without BOM from the NUL pattern', () => {
    const text = 'Headline\r\nBy Jane Doe \u2014 caf\u00e9 culture in 2019.';
    expect(decodeBytes(utf16le(text))).toEqual({ text: normaliseNewlines(text), encoding: 'utf-16le' });
    expect(decodeBytes(utf16be(text))).toEqual({ text: normaliseNewlines(text), encoding: 'utf-16be' });
  });

  it('decodes a windows-1252 paragraph with curly quotes, em dashes and accents', () => {
    const bytes = cp1252(PARAGRAPH);
    expect(bytes.length).toBeGreaterThan(200);
    expect(bytes).toContain(0x93);
    expect(bytes).toContain(0x94);
    expect(bytes).toContain(0x97);
    expect(bytes).toContain(0xe9);
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toBe(PARAGRAPH);
    expect(decoded.text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('maps every cp1252 byte 0x80-0x9F to the WHATWG character', () => {
    const c1 = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const decoded = decodeBytes(cat(cp1252('Plain English text for the detector, caf\u00e9 and na\u00efve. '), c1));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text.slice(-32)).toBe(
      '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
        '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178',
    );
  });

  it('treats a short invalid-UTF-8 line as windows-1252', () => {
    expect(decodeBytes(Uint8Array.from([0x93, 0x48, 0x69, 0x94]))).toEqual({ text: '\u201cHi\u201d', encoding: 'windows-1252' });
  });

  it('uses chardet for other legacy encodings (windows-1251)', () => {
    const text =
      '\u041c\u043e\u0441\u043a\u0432\u0430 \u2014 \u0441\u0442\u043e\u043b\u0438\u0446\u0430 \u0420\u043e\u0441\u0441\u0438\u0438. ' +
      '\u0412 \u0433\u043e\u0440\u043e\u0434\u0435 \u043c\u043d\u043e\u0433\u043e \u043c\u0443\u0437\u0435\u0435\u0432, ' +
      '\u0442\u0435\u0430\u0442\u0440\u043e\u0432 \u0438 \u043f\u0430\u0440\u043a\u043e\u0432, \u0430 \u043b\u0435\u0442\u043e\u043c ' +
      '\u0437\u0434\u0435\u0441\u044c \u043e\u0447\u0435\u043d\u044c \u043c\u043d\u043e\u0433\u043e \u0442\u0443\u0440\u0438\u0441\u0442\u043e\u0432.';
    const bytes = Uint8Array.from([...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return c === '\u2014' ? 0x97 : code;
    }));
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'windows-1251' });
  });

  it('uses chardet for other legacy encodings (iso-8859-2)', () => {
    const latin2: Record<string, number> = { ż: 0xbf, ó: 0xf3, ł: 0xb3, ć: 0xe6, ę: 0xea, ś: 0xb6, ą: 0xb1, ź: 0xbc, ń: 0xf1 };
    const text =
      'Zażółć gęślą jaźń. Wczoraj w Warszawie odbyło się spotkanie, na którym przedstawiciele miasta ' +
      'omówili plany rozwoju komunikacji miejskiej oraz budowę nowych ścieżek rowerowych w śródmieściu.';
    const bytes = Uint8Array.from([...text].map((c) => latin2[c] ?? c.charCodeAt(0)));
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'iso-8859-2' });
  });

  it('normalises CRLF and lone CR to LF, and nothing else', () => {
    const input = '  Title \r\nline two\rline three\n\r\n\tcafe\u0301 \u00a0';
    expect(decodeBytes(utf8(input)).text).toBe('  Title \nline two\nline three\n\n\tcafe\u0301 \u00a0');
    expect(decodeBytes(cp1252('A \u201cquote\u201d\r\nB\rC')).text).toBe('A \u201cquote\u201d\nB\nC');
    expect(decodeBytes(cat([0xff, 0xfe], utf16le('a\r\nb\rc'))).text).toBe('a\nb\nc');
  });

  it('decodes empty input as empty UTF-8', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('normaliseNewlines', () => {
  it('turns CRLF and CR into LF', () => {
    expect(normaliseNewlines('a\r\nb\rc\nd\r\r\n')).toBe('a\nb\nc\nd\n\n');
  });

  it('leaves other text alone', () => {
    expect(normaliseNewlines(' x\u2028y\t ')).toBe(' x\u2028y\t ');
  });
});
