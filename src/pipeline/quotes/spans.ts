/**
 * Direct-speech spans in a paragraph: text between double quotation marks (curly,
 * straight, German „…“ (or Dutch and Polish „…”) and »…«, French «…», Swedish ”…”, CJK 「…」 and 『…』). Single quotes are left alone: inside a quotation they
 * nest, and elsewhere they are apostrophes. A quotation still open at the end of the
 * paragraph runs to its end (the next paragraph usually reopens it).
 */
export interface Span {
  /** Offsets of the quoted words, without the marks. */
  start: number;
  end: number;
  text: string;
}

const CLOSER: Record<string, string> = { '“': '”', '„': '“', '«': '»', '»': '«', '"': '"', '”': '”', '「': '」', '『': '』' };
/** Marks that only ever close: on their own they open nothing. */
const ONLY_CLOSE = new Set(['”', '」', '』']);

const MARKS = /["“”„«»「」『』]/g;

/**
 * A closing-shaped mark that opens a word ("”Vi har mätt …”", Swedish and Finnish): it
 * stands at the start or after a space or an opening bracket, and a letter follows.
 */
const opensWord = (text: string, i: number) => (i === 0 || /[\s([—–]/.test(text[i - 1])) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');

export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: string | null = null;
  let from = 0;
  MARKS.lastIndex = 0;
  // Jump from quotation mark to quotation mark: most characters are not one.
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const c = m[0];
    const i = m.index;
    if (open === null) {
      if (!ONLY_CLOSE.has(c) || opensWord(text, i)) {
        open = c;
        from = i + 1;
      }
    } else if (c === CLOSER[open] || (open === '"' && c === '”') || (open === '“' && c === '"') || (open === '„' && c === '”')) {
      push(from, i);
      open = null;
    }
  }
  if (open !== null) push(from, text.length);
  return spans;

  function push(start: number, end: number) {
    const inner = text.slice(start, end).trim();
    if (inner) spans.push({ start, end, text: inner });
  }
}

// Dialogue dashes (Polish, Russian, Spanish): "– Nie możemy … – powiedział X." / "—Hemos ganado —dijo X—."
const DASH_OPEN = /^[–—―]\s?/u;
const DASH_CLOSE = /[\s,.!?…][–—―]\s?/gu;

/** A paragraph that opens with a dialogue dash: the words up to the next spaced dash, or null. */
export function dashSpan(text: string): Span | null {
  const open = DASH_OPEN.exec(text);
  if (!open) return null;
  DASH_CLOSE.lastIndex = open[0].length;
  const close = DASH_CLOSE.exec(text);
  const end = close ? close.index + 1 : -1;
  if (end <= open[0].length) return null;
  const inner = text.slice(open[0].length, end).trim();
  return inner ? { start: open[0].length, end, text: inner } : null;
}
