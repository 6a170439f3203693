/**
 * Every run of whitespace as one space, by one scan. `text.replace(/\s+/g, ' ')` does the same,
 * but V8 can throw "Maximum call stack size exceeded" from a regex over a run of some hundred
 * thousand spaces when its backtracking stack cannot grow (seen in CI after a batch test had
 * run in the same process), and a block of one huge run is exactly what hostile input sends.
 */
const SPACE = /\s/;

export function foldWhitespace(text: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (!SPACE.test(text[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && SPACE.test(text[end]!)) end++;
    // One ordinary space already: nothing to copy.
    if (!(end === i + 1 && text[i] === ' ')) {
      out += `${text.slice(from, i)} `;
      from = end;
    }
    i = end;
  }
  return from === 0 ? text : out + text.slice(from);
}
