/**
 * Direct-speech spans in a paragraph: text between double quotation marks (curly,
 * straight, German „…“ (or Dutch and Polish „…”) and »…«, French «…», Swedish ”…”, CJK 「…」 and 『…』). Single quotes
 * count only in a paragraph with no double marks (inside a quotation they nest, and elsewhere
 * they are apostrophes). A quotation still open at the end of the
 * paragraph runs to its end (the next paragraph usually reopens it).
 */
import { matchesOf } from '../../text/matches.js';
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

const HEBREW_LETTER = /[\u05D0-\u05EA]/u;
/** A straight quote between two Hebrew letters marks an acronym (ד"ר, צה"ל, דוא"ל), as the gershayim does. */
const gershayim = (text: string, i: number) => HEBREW_LETTER.test(text[i - 1] ?? '') && HEBREW_LETTER.test(text[i + 1] ?? '');

export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: string | null = null;
  let from = 0;
  MARKS.lastIndex = 0;
  // Jump from quotation mark to quotation mark: most characters are not one.
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    const c = m[0];
    const i = m.index;
    if (c === '"' && gershayim(text, i)) continue;
    if (open === null) {
      if (!ONLY_CLOSE.has(c) || opensWord(text, i)) {
        open = c;
        from = i + 1;
      }
    } else if (c === CLOSER[open] || (open === '"' && c === '”') || (open === '“' && c === '"') || (open === '„' && (c === '”' || c === '"'))) {
      push(from, i);
      open = null;
    }
  }
  if (open !== null) push(from, text.length);
  // A paragraph without double marks may quote in single ones, as British and Australian papers do.
  if (!spans.length && text.includes('‘')) return singleQuoteSpans(text);
  return spans;

  function push(start: number, end: number) {
    const inner = text.slice(start, end).trim();
    if (inner) spans.push({ start, end, text: inner });
  }
}

/**
 * ‘…’ quotations. The closing mark is also the apostrophe ("it’s", "the growers’ stalls"): an
 * opening mark starts a word; the quotation closes at the first mark after punctuation
 * ("…survived,’ he said"); one closed without it quotes a title or a word, not a speaker.
 */
function singleQuoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (let open = text.indexOf('‘', at); open >= 0; open = text.indexOf('‘', at)) {
    at = open + 1;
    if (!opensWord(text, open)) continue;
    const next = text.indexOf('‘', open + 1);
    const limit = next < 0 ? text.length : next;
    let close = -1;
    let lastWordEnd = -1;
    for (let i = text.indexOf('’', open + 1); i >= 0 && i < limit; i = text.indexOf('’', i + 1)) {
      if (/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) continue;
      if (/[,.!?…]/u.test(text[i - 1])) {
        close = i;
        break;
      }
      lastWordEnd = i;
    }
    // A span closed without punctuation is a title or a scare quote ("the report ‘Dikes, six years on’").
    if (close < 0) {
      if (lastWordEnd >= 0) at = lastWordEnd + 1;
      continue;
    }
    const inner = text.slice(open + 1, close).trim();
    if (inner.split(/\s+/).length >= 2) spans.push({ start: open + 1, end: close, text: inner });
    at = close + 1;
  }
  return spans;
}

// Dialogue dashes (Polish, Russian, Spanish): "– Nie możemy … – powiedział X." / "—Hemos ganado —dijo X—."
// One opens the paragraph or a sentence ("Nie wszyscy są zadowoleni. – Obawiamy się …").
const DASH_OPEN = /^[–—―]\s?|(?<=[.!?…:]\s)[–—―]\s?(?=[\p{Lu}\p{N}¿¡])/gu;
const DASH_CLOSE = /[\s,.!?…][–—―]\s?/gu;

/**
 * The dialogue-dash quotations of a paragraph: the words after an opening dash up to the next
 * spaced dash, kept when `attributed` finds an attribution right after that dash. Once one is
 * attributed, a later one with no attribution of its own continues it ("– … – mówił X. – …"),
 * up to the next dash or the paragraph's end.
 */
export function dashSpans(text: string, attributed: (after: string) => boolean): Span[] {
  const out: Span[] = [];
  DASH_OPEN.lastIndex = 0;
  for (let open = DASH_OPEN.exec(text); open; open = DASH_OPEN.exec(text)) {
    const start = open.index + open[0].length;
    if (out.length && start < out[out.length - 1].end) continue;
    DASH_CLOSE.lastIndex = start;
    const close = DASH_CLOSE.exec(text);
    const end = close ? close.index + 1 : text.length;
    const inner = text.slice(start, end).trim();
    if (!inner) continue;
    if ((close && attributed(text.slice(close.index + close[0].length, close.index + close[0].length + 300))) || (out.length && !close)) {
      out.push({ start, end, text: inner });
      DASH_OPEN.lastIndex = end;
    }
  }
  return out;
}

// Inside a quotation: a spaced dash after a comma or a stop, the attribution, and a dash that reopens it.
const INTERRUPT = /[,!?…]\s?[–—―](?=\s)/gu;
const REOPEN = /[.,!?…:]\s[–—―]\s?/gu;

/**
 * A quotation interrupted by its attribution, as Russian, Ukrainian and Polish write it
 * ("«…, — сказала NAME. — …»"): two quotations, with the attribution between them outside
 * both, when `attributed` finds an attribution right after the dash. Others are left whole.
 */
export function splitInterrupted(text: string, spans: Span[], attributed: (after: string) => boolean): Span[] {
  if (!spans.length) return spans;
  // Every dash of the paragraph found once, then walked with the spans (both in order): linear.
  const dashes = [...matchesOf(INTERRUPT, text)].map((m) => m.index + m[0].length - 1);
  if (!dashes.length) return spans;
  const reopens = [...matchesOf(REOPEN, text)].map((m) => ({ at: m.index, after: m.index + m[0].length }));
  const out: Span[] = [];
  let d = 0;
  let r = 0;
  for (const span of spans) {
    let start = span.start;
    while (d < dashes.length && dashes[d] < start) d++;
    for (; d < dashes.length && dashes[d] < span.end; d++) {
      const dash = dashes[d];
      if (dash < start || !attributed(text.slice(dash + 1, dash + 301))) continue;
      while (r < reopens.length && reopens[r].at <= dash) r++;
      if (r >= reopens.length || reopens[r].at >= span.end) break;
      const first = text.slice(start, dash).trim();
      if (first) out.push({ start, end: dash, text: first });
      start = reopens[r].after;
    }
    const rest = text.slice(start, span.end).trim();
    if (rest) out.push({ start, end: span.end, text: rest });
  }
  return out;
}
