/**
 * Joining the physical lines of an unwrapped paragraph. A line that ends in a letter and a
 * hyphen was cut in one of three ways, told apart without a dictionary:
 *   "Dis-" / "kussion"        a word broken at the line end: joined, hyphen dropped;
 *   "Sozial-" / "Demokraten"  a compound (the next part is capitalised, a digit, or the
 *                              hyphenated form stands elsewhere in the text): hyphen kept;
 *   "Bus-" / "und Bahn"       a suspended hyphen before a conjunction: hyphen and space kept.
 * A lower-case continuation is joined when the joined word stands elsewhere in the text,
 * or when the text breaks words at line ends often (an e-paper or PDF extraction);
 * otherwise the hyphen is kept, since a compound that happens to fall at a line end is
 * the likelier reading in text that does not hyphenate.
 */
import { bylineWords } from '../lang/vocabulary.js';

const BROKEN = /(\p{L}+)-$/u;
const NEXT = /^(\p{Ll}[\p{L}]*)/u;

let conjunctions: Set<string> | null = null;

export interface JoinContext {
  /** Words of the whole text, lower-cased, with and without hyphens (built on first need). */
  words(): Set<string>;
  /** Line-final hyphens after a letter, over the whole text. */
  breaks(): number;
}

export function joinContext(text: string): JoinContext {
  let words: Set<string> | null = null;
  let breaks: number | null = null;
  return {
    words: () => (words ??= new Set(text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [])),
    breaks: () => (breaks ??= (text.match(/\p{L}-[ \t]*\n[ \t]*\p{Ll}/gu) ?? []).length),
  };
}

export function joinLines(lines: string[], ctx: JoinContext): string {
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const next = lines[i];
    const head = BROKEN.exec(out);
    const tail = head ? NEXT.exec(next) : null;
    if (!head || !tail) {
      // "Tempo-" / "30-Pilotprojekt", "Sozial-" / "Demokraten": a compound broken at its own hyphen.
      out += head && /^[\p{Lu}\d]/u.test(next) ? next : ` ${next}`;
      continue;
    }
    conjunctions ??= new Set(bylineWords('conjunctions'));
    const left = head[1].toLowerCase();
    const right = tail[1].toLowerCase();
    if (conjunctions.has(right)) out += ` ${next}`;
    else if (ctx.words().has(`${left}-${right}`)) out += next;
    else if (ctx.words().has(left + right) || ctx.breaks() >= 3) out = out.slice(0, -1) + next;
    else out += next;
  }
  return out;
}
