/**
 * Text that is UTF-8 but for a few bad bytes (a truncated character, a stray 0xFF), or UTF-8
 * with a few lines pasted in from a legacy encoding. Decoding the whole file as cp1252 (what
 * a failed strict UTF-8 check led to) turns every good character into mojibake ("“" → "â€œ");
 * instead each line is decoded on its own: valid UTF-8 as UTF-8, a line holding UTF-8
 * characters and bad bytes as UTF-8 with U+FFFD for the bad ones, and a line with no UTF-8
 * character at all by the legacy decoder.
 */

/** Valid multi-byte UTF-8 sequences and invalid bytes in `b`, counted in one pass. */
export function utf8Evidence(b: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    let ok = n > 0;
    for (let k = 1; ok && k <= n; k++) ok = i + k < b.length && (b[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += n + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** True when `b` (not valid UTF-8 as a whole) is evidently written in UTF-8 all the same. */
export function mostlyUtf8(b: Uint8Array): boolean {
  const { valid, invalid } = utf8Evidence(b);
  return valid > 0 && valid * 4 >= invalid;
}

/**
 * Decode line by line as above; `legacy` decodes the lines with no UTF-8 in them (joined by
 * LF, so one call sees them all and can guess their encoding from all of them).
 */
export function decodeMixed(b: Uint8Array, legacy: (bytes: Uint8Array) => string): string {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lossy = new TextDecoder('utf-8', { ignoreBOM: true });
  const out: (string | null)[] = [];
  const others: Uint8Array[] = [];
  for (let start = 0; start <= b.length; ) {
    let end = b.indexOf(0x0a, start);
    if (end < 0) end = b.length;
    const line = b.subarray(start, end);
    start = end + 1;
    try {
      out.push(strict.decode(line));
    } catch {
      if (utf8Evidence(line).valid > 0) out.push(lossy.decode(line));
      else {
        out.push(null);
        others.push(line);
      }
    }
    if (end === b.length) break;
  }
  if (others.length) {
    const joined = new Uint8Array(others.reduce((n, l) => n + l.length + 1, 0) - 1);
    let at = 0;
    for (const l of others) {
      joined.set(l, at);
      at += l.length;
      if (at < joined.length) joined[at++] = 0x0a;
    }
    const decoded = legacy(joined).split('\n');
    // A legacy decoder that did not keep the line count (a multi-byte guess) is not trusted.
    const lines = decoded.length === others.length ? decoded : others.map(legacy);
    let k = 0;
    for (let i = 0; i < out.length; i++) if (out[i] === null) out[i] = lines[k++];
  }
  return out.join('\n');
}
