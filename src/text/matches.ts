/**
 * `text.matchAll(re)` without the copy of `re` that matchAll makes on every call (the
 * standard has it construct a new RegExp from the old one): for the long alternations built
 * from the language data that copy costs several microseconds a call, often more than the
 * matching. The same matches, found lazily as matchAll finds them, and `re.lastIndex` is as
 * it was whenever the caller's code runs, as matchAll leaves it. `re` must be global.
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: /${re.source}/${re.flags}`);
  const start = re.lastIndex;
  const unicode = re.flags.includes('u') || re.flags.includes('v');
  let at = start;
  try {
    for (;;) {
      re.lastIndex = at;
      const m = re.exec(text);
      if (!m) return;
      // An empty match moves on by one character (a code point with the u flag), as matchAll does.
      at = m[0] === '' ? advance(text, re.lastIndex, unicode) : re.lastIndex;
      re.lastIndex = start;
      yield m;
    }
  } finally {
    re.lastIndex = start;
  }
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
