/**
 * Decoding feeds and HTML: the BOM first, then what the document declares (the XML
 * declaration's encoding, a <meta charset> or http-equiv Content-Type), then detection
 * (decode.ts). A declaration is overruled by bytes that cannot be in it: invalid sequences
 * for a multibyte encoding, C1 controls from a single-byte one, any other declaration
 * over bytes that are valid UTF-8, or a single-byte one whose words are no text (plausible.ts).
 */
import { decodeBytes, decodeWith, SINGLE_BYTE, type Decoded } from './decode.js';
import { decodingCost } from './plausible.js';

/** The encoding label a document declares in its first 2 KB, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  // The declarations are ASCII in every encoding this covers (UTF-16 is found by its BOM or NULs).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const xml = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta\s[^>]*?charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1] : null;
}

function hasBom(b: Uint8Array): boolean {
  return (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) || (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
}

function isUtf8WithMultibyte(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The WHATWG name of a label Node can decode, or null. */
function canonical(label: string): string | null {
  try {
    return new TextDecoder(label).encoding.toLowerCase();
  } catch {
    return null;
  }
}

/** Decode a feed or an HTML document's bytes, honouring (and checking) its declared charset. */
export function decodeDocument(bytes: Uint8Array): Decoded {
  if (hasBom(bytes)) return decodeBytes(bytes);
  const label = declaredCharset(bytes);
  const encoding = label ? canonical(label) : null;
  if (!encoding || encoding.startsWith('utf-16')) return decodeBytes(bytes);
  // Bytes that form valid UTF-8 sequences are not Latin-1, Cyrillic or GBK text.
  if (encoding !== 'utf-8' && isUtf8WithMultibyte(bytes)) return decodeBytes(bytes);
  if (SINGLE_BYTE.test(encoding)) {
    const decoded = decodeWith(encoding, bytes);
    // C1 controls never stand in text: the declaration is wrong.
    if (/[\u0080-\u009f]/.test(decoded.text)) return decodeBytes(bytes);
    // Every byte is a character in a single-byte encoding, but not every decoding is text
    // (Russian bytes under an ISO-8859-1 declaration give "Â ïàðêå"): a far more plausible
    // detection overrules it.
    const cost = decodingCost(decoded.text);
    if (cost > 0.3) {
      const detected = decodeBytes(bytes);
      if (decodingCost(detected.text) < cost / 3) return detected;
    }
    return normalised(decoded);
  }
  try {
    return normalised(decodeWith(encoding, bytes, true));
  } catch {
    return decodeBytes(bytes); // invalid bytes for the declared multibyte encoding
  }
}

function normalised(d: Decoded): Decoded {
  return { text: d.text.replace(/\r\n?/g, '\n'), encoding: d.encoding };
}
