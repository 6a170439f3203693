/**
 * Every run of whitespace as one space, by one scan. `text.replace(/\s+/g, ' ')` does the same,
 * but V8 can throw "Maximum call stack size exceeded" from a regex over a run of some hundred
 * thousand spaces when its backtracking stack cannot grow (seen in CI after a batch test had
 * run in the same process), and a block of one huge run is exactly what hostile input sends.
 */

/** JavaScript's `\s`, by code unit. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Nothing to fold: no whitespace but single spaces (most blocks). No quantifier, so no backtracking.
const FOLDABLE = /[^\S ]| {2}/;

export function foldWhitespace(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    // One ordinary space already: nothing to copy.
    if (!(end === i + 1 && text.charCodeAt(i) === 32)) {
      out += `${text.slice(from, i)} `;
      from = end;
    }
    i = end;
  }
  return out + text.slice(from);
}
