/**
 * UTF-32, which Node's TextDecoder does not support. Detected by its BOM (FF FE 00 00 or
 * 00 00 FE FF) or, without one, by three NULs in every four bytes of Latin-script text.
 * Decoded here in one linear pass; a unit that is not a Unicode scalar value becomes U+FFFD.
 */
export type Utf32 = 'utf-32le' | 'utf-32be';

export function utf32Bom(b: Uint8Array): Utf32 | null {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  return null;
}

/** Without a BOM: the two high bytes of (nearly) every unit are zero, the lowest not. */
export function sniffUtf32(b: Uint8Array): Utf32 | null {
  const units = Math.min(b.length, 4096) >> 2;
  if (units < 2 || b.length % 4 !== 0) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < units * 4; i += 4) {
    if (b[i + 2] === 0 && b[i + 3] === 0 && b[i] !== 0) le++;
    if (b[i] === 0 && b[i + 1] === 0 && b[i + 3] !== 0) be++;
  }
  if (le >= units * 0.9) return 'utf-32le';
  if (be >= units * 0.9) return 'utf-32be';
  return null;
}

const CHUNK = 8192;

export function decodeUtf32(bytes: Uint8Array, encoding: Utf32): string {
  const le = encoding === 'utf-32le';
  const parts: string[] = [];
  const units: number[] = [];
  const n = bytes.length - (bytes.length % 4);
  for (let i = 0; i < n; i += 4) {
    const cp = le
      ? (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)) >>> 0
      : ((bytes[i] << 24) | (bytes[i + 1] << 16) | (bytes[i + 2] << 8) | bytes[i + 3]) >>> 0;
    units.push(cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? 0xfffd : cp);
    if (units.length === CHUNK) {
      parts.push(String.fromCodePoint(...units));
      units.length = 0;
    }
  }
  // A truncated last unit is a decoding error, as in TextDecoder's replacement mode.
  if (n !== bytes.length) units.push(0xfffd);
  parts.push(String.fromCodePoint(...units));
  return parts.join('');
}
