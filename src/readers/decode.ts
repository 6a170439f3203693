import { analyse } from 'chardet';
import { decodingCost } from './plausible.js';
import { decodeMixed, mostlyUtf8 } from './mixed-utf8.js';
import { decodeUtf32, sniffUtf32, utf32Bom } from './utf32.js';

export interface Decoded {
  text: string;
  /** Lowercase WHATWG encoding name, e.g. utf-8, windows-1252, utf-16le, iso-8859-2 (or utf-32le/be). */
  encoding: string;
  /** Stray control characters (NUL and the like) removed from the text; absent when none. */
  dropped?: DroppedControls;
}

export interface DroppedControls {
  count: number;
  /** Where the first one stood, in the decoded text (before it was removed). */
  first: { line: number; column: number; offset: number };
}

/** CRLF and lone CR become LF, here, so that offsets computed downstream are stable. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Control characters that are never text: C0 other than tab, LF, VT, FF and CR, and DEL.
 * A stray NUL in an otherwise good article is dropped (with a warning), not a reason to refuse
 * it. C1 characters stay: they are what cp1252's five undefined bytes decode to.
 */
// eslint-disable-next-line no-control-regex
const STRAY_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * Decode raw input bytes: BOM first (UTF-32 before UTF-16: FF FE 00 00 starts like FF FE),
 * then UTF-32 and UTF-16 without BOM, then strict UTF-8, then chardet's guess for legacy
 * encodings, then windows-1252. Line endings are normalised and stray control characters
 * dropped (reported in `dropped`); nothing else in the text is changed.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const { text, encoding } = decodeRaw(bytes);
  const normalised = normaliseNewlines(text);
  STRAY_CONTROL.lastIndex = 0;
  const first = STRAY_CONTROL.exec(normalised);
  if (!first) return { text: normalised, encoding };
  let count = 0;
  const cleaned = normalised.replace(STRAY_CONTROL, () => {
    count++;
    return '';
  });
  return { text: cleaned, encoding, dropped: { count, first: pointAt(normalised, first.index) } };
}

/** Line and column (1-based) of `offset` in `text`. */
function pointAt(text: string, offset: number): DroppedControls['first'] {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

/**
 * Bytes that are not text in any encoding we read: no BOM, not UTF-16/32 by their NUL
 * pattern, and more than 5% of the first 8 KB are control bytes (random or compressed data
 * has about 11%; text with a few stray NULs far fewer; those are dropped, not refused).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf32Bom(bytes) || bomEncoding(bytes) || sniffUtf32(bytes) || sniffUtf16(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f) controls++;
  }
  return controls > n * 0.05;
}

function decodeRaw(bytes: Uint8Array): Decoded {
  const utf32 = utf32Bom(bytes);
  if (utf32) return { text: decodeUtf32(bytes.subarray(4), utf32), encoding: utf32 };
  const bom = bomEncoding(bytes);
  if (bom) return decodeWith(bom.encoding, bytes.subarray(bom.length));

  // Before the UTF-8 check: NUL bytes are valid UTF-8, so BOM-less UTF-16/32 would pass it.
  const bomless32 = sniffUtf32(bytes);
  if (bomless32) return { text: decodeUtf32(bytes, bomless32), encoding: bomless32 };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeWith(utf16, bytes);

  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: a legacy encoding, or UTF-8 with a few bad bytes or legacy lines
  }
  if (mostlyUtf8(bytes)) return { text: decodeMixed(bytes, (b) => decodeLegacy(b).text), encoding: 'utf-8' };
  return decodeLegacy(bytes);
}

function decodeLegacy(bytes: Uint8Array): Decoded {
  // Take chardet's best candidate that decodes the bytes cleanly. On short input it
  // guesses multibyte encodings (Shift_JIS, EUC-JP) that fail or turn bytes into C1
  // controls, which real text never has; it may also list UTF-8 (ruled out above)
  // or names TextDecoder lacks (mbcs, UTF-32). When the best is a single-byte encoding,
  // the single-byte ones it ranks below are weighed too (plausible.ts): on a few lines
  // it scores Russian cp1251 as cp1252.
  const singles: Decoded[] = [];
  for (const { name } of analyse(bytes)) {
    if (/^(?:utf-8|ascii)$/i.test(name)) continue;
    // Feeds and browsers treat latin-1 as cp1252 (0x80-0x9F are quotes and dashes, not controls).
    const label = /^iso-8859-1$/i.test(name) ? 'windows-1252' : name;
    try {
      const decoded = decodeWith(label, bytes, true);
      if (/[\u0080-\u009f]/.test(decoded.text)) continue;
      if (!SINGLE_BYTE.test(decoded.encoding)) {
        if (singles.length) continue;
        return decoded;
      }
      // The first few are enough: chardet ranks the right one near the top.
      if (singles.push(decoded) >= 4) break;
    } catch {
      // unsupported label or undecodable bytes: try the next candidate
    }
  }
  if (!singles.length) return decodeWith('windows-1252', bytes);
  const costs = singles.map((d) => decodingCost(d.text));
  return singles[costs.indexOf(Math.min(...costs))];
}

/** Single-byte encodings (WHATWG names): any byte sequence decodes, so plausibility decides. */
export const SINGLE_BYTE = /^(?:windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|ibm866|x-mac-cyrillic|windows-874)$/;

function bomEncoding(b: Uint8Array): { encoding: string; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * chardet only recognises UTF-16 by its BOM, so look for the NUL pattern of
 * Latin-script UTF-16 ourselves: NULs in most odd (LE) or even (BE) positions and
 * almost none in the other.
 */
function sniffUtf16(b: Uint8Array): string | null {
  const pairs = Math.min(b.length, 4096) >> 1;
  if (pairs < 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  if (odd >= pairs * 0.3 && even <= pairs * 0.05) return 'utf-16le';
  if (even >= pairs * 0.3 && odd <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** Throws for labels Node's TextDecoder does not support, and with `fatal` for invalid bytes. */
export function decodeWith(label: string, bytes: Uint8Array, fatal = false): Decoded {
  // ignoreBOM: a BOM is already stripped; a further U+FEFF is content and stays.
  const decoder = new TextDecoder(label, { ignoreBOM: true, fatal });
  const encoding = decoder.encoding.toLowerCase();
  let text = decoder.decode(bytes);
  if (encoding === 'windows-1252') text = fixCp1252(text);
  return { text, encoding };
}

/**
 * Node 20.18.3+ / 22.13+ decode 'windows-1252' as ISO-8859-1, leaving 0x80-0x9F as
 * C1 controls (nodejs/node#56542, #60888). Map them to the WHATWG cp1252 table;
 * on a fixed Node no C1 characters remain except the five cp1252 keeps as controls.
 */
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
}
