/**
 * Stage: pull quotes. A pull quote repeats words that also stand in a nearby paragraph,
 * usually in quotation marks and credited with a dash ("“…” —sex therapist Sari Cooper,
 * LCSW") or as reported speech ("“…,” said Sari Cooper."), sometimes with the credit on
 * a line of its own. It is not part of the reading
 * flow: the block becomes a `blockquote` with `data.pull`, and its credit line joins it.
 */
import type { Blockquote, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { blockLines, blockText, isBody, setRole, type BlockData } from '../tree.js';
import { namesIn } from '../text/names.js';
import { containment, shingles } from '../text/shingles.js';
import { contentWords, wordCount } from '../text/words.js';
import { formOf } from './evidence/form.js';
import { INVERTING_LIST, VERB_LIST } from './quotes/vocabulary.js';

export interface PullquoteOptions {
  /** How many blocks before and after to look for the repeated text. */
  window?: number;
}

const OPEN = `"“‘'«„`;
const CLOSE = `"”’'»“`;
const DASHES = ['—', '–', '―', '--', '-'];
const CREDIT_LINE = /^(?:[—–―]|--?)\s*([^"“”]{2,120})$/u;

interface Candidate {
  inner: string;
  attribution: string | null;
  quoted: boolean;
}

function unquote(text: string): { inner: string; quoted: boolean } {
  const t = text.trim();
  if (t.length > 2 && OPEN.includes(t[0]) && CLOSE.includes(t[t.length - 1])) return { inner: t.slice(1, -1).trim(), quoted: true };
  return { inner: t, quoted: false };
}

// `“…,” said Rosalind Achterberg.` / `“…,” Achterberg says.`: a credit given as reported speech.
const SAID_CREDIT = new RegExp(String.raw`^[,\s]*${INVERTING_LIST}\s+([^"“”«»„\n]{2,120})$`, 'u');
const CREDIT_SAID = new RegExp(String.raw`^[,\s]*(\p{Lu}[^"“”«»„\n]{1,119}?)\s+${VERB_LIST}$`, 'u');

/**
 * `“…” — credit`: a closing quotation mark, a dash, then a short credit with no quotes in
 * it; a last line that opens with a dash (the quote may then be unmarked); or `“…,” said
 * NAME` with nothing after the name.
 */
function splitCredit(text: string, lastLine: string | null): { quote: string; credit: string } | null {
  const creditLine = lastLine ? CREDIT_LINE.exec(lastLine.trim()) : null;
  const at = creditLine && lastLine ? text.lastIndexOf(lastLine.trim()) : -1;
  if (creditLine && at > 0) return { quote: text.slice(0, at).trimEnd(), credit: creditLine[1].trim() };
  for (const dash of DASHES) {
    const at = text.lastIndexOf(dash);
    if (at < 1) continue;
    const quote = text.slice(0, at).trimEnd();
    const credit = text.slice(at + dash.length).trim();
    if (CLOSE.includes(quote[quote.length - 1]) && credit.length >= 2 && credit.length <= 120 && !/["“”]/.test(credit)) return { quote, credit };
  }
  const close = Math.max(...[...CLOSE].map((c) => text.lastIndexOf(c)));
  if (close < 2 || !OPEN.includes(text[0])) return null;
  const rest = text.slice(close + 1).trim().replace(/[.!]$/, '');
  if (rest.length > 130) return null;
  const said = SAID_CREDIT.exec(rest) ?? CREDIT_SAID.exec(rest);
  return said ? { quote: text.slice(0, close + 1), credit: said[1].trim() } : null;
}

function candidateOf(node: RootContent): Candidate {
  const text = blockText(node);
  const lines = blockLines(node);
  const credited = splitCredit(text.trim(), lines.length > 1 ? lines[lines.length - 1].text : null);
  if (credited) return { ...unquote(credited.quote), attribution: credited.credit };
  return { ...unquote(text), attribution: null };
}

/** A bullet or one line of a run of like lines: a list item, not a pulled copy. */
function isListLine(node: RootContent): boolean {
  const ev = (node.data as BlockData | undefined)?.evidence;
  return ev ? ev.form.bullet || ev.listItem : formOf(blockText(node)).bullet;
}

/** Do (nearly) all the content words of `part` — five or more — occur in `whole`? */
function wordsRepeated(part: string, whole: string): boolean {
  const mine = new Set(contentWords(part));
  if (mine.size < 5) return false;
  const theirs = new Set(contentWords(whole));
  let hit = 0;
  for (const w of mine) if (theirs.has(w)) hit++;
  return hit / mine.size >= 0.85;
}

/** Three short pieces (start, middle, end) of a text, to probe another text for a repeat. */
function snippets(text: string): string[] {
  const size = 16;
  if (text.length <= size) return [text];
  const mid = Math.floor((text.length - size) / 2);
  return [text.slice(0, size), text.slice(mid, mid + size), text.slice(-size)];
}

/** The person a credit names ("sex therapist Sari Cooper, LCSW" → "Sari Cooper"). */
export function speakerFromCredit(credit: string | null): string | null {
  if (!credit) return null;
  const names = namesIn(credit);
  return names.length ? names[names.length - 1].name : null;
}

export const pullquotes: Plugin<[PullquoteOptions?], Root> = function (options = {}) {
  const window = options.window ?? 6;
  return (tree: Root) => {
    const blocks = tree.children;
    const body = blocks.map((b, i) => (isBody(b) && b.type === 'paragraph' ? i : -1)).filter((i) => i >= 0);
    const shingleCache = new Map<number, Set<string>>();
    const shinglesAt = (i: number) => {
      if (!shingleCache.has(i)) shingleCache.set(i, shingles(blockText(blocks[i])));
      return shingleCache.get(i)!;
    };
    const lowered = new Map<number, string>();
    const lowerAt = (i: number) => {
      if (!lowered.has(i)) lowered.set(i, blockText(blocks[i]).toLowerCase());
      return lowered.get(i)!;
    };
    const candidates = new Map<number, Candidate>();
    const candidateAt = (i: number) => {
      if (!candidates.has(i)) candidates.set(i, candidateOf(blocks[i]));
      return candidates.get(i)!;
    };

    for (const [k, i] of body.entries()) {
      const node = blocks[i];
      if (!isBody(node) || blockLines(node).length > 3) continue;
      const cand = candidateAt(i);
      const marked = cand.quoted || cand.attribution !== null;
      const size = wordCount(cand.inner);
      // An unmarked repeat is a sentence or two, never a whole long paragraph; and a list
      // item (a bullet of highlights) restates the story on purpose: it is content.
      if (size < (marked ? 6 : 8) || (!marked && (size > 60 || isListLine(node)))) continue;
      // Cheap first look: a repeat shares a run of characters with its source.
      const probes = snippets(cand.inner.toLowerCase());
      let own: Set<string> | null = null;
      const repeats = body
        .slice(Math.max(0, k - window), k + window + 1)
        .filter((j) => j !== i && isBody(blocks[j]))
        .some((j) => {
          const other = blockText(blocks[j]);
          // The pulled copy is the marked or the shorter one; the source stays body text.
          if (!marked) {
            const o = candidateAt(j);
            if (o.quoted || o.attribution !== null || other.length <= blockText(node).length) return false;
          }
          if (!probes.some((p) => lowerAt(j).includes(p))) return false;
          own ??= shingles(cand.inner);
          if (containment(own, shinglesAt(j)) >= (marked ? 0.75 : 0.9)) return true;
          // A marked pull quote may reword its source: nearly all its words still stand there.
          return marked && wordsRepeated(cand.inner, blockText(blocks[j]));
        });
      if (!repeats) continue;

      let attribution = cand.attribution;
      const next = blocks[i + 1];
      const creditLine = !attribution && next && isBody(next) ? CREDIT_LINE.exec(blockText(next).trim()) : null;
      if (creditLine && next) {
        attribution = creditLine[1].trim();
        setRole(next, 'pullquote-credit');
      }
      const data: BlockData = { ...(node.data as BlockData), pull: true, attribution, speaker: speakerFromCredit(attribution) };
      const quote: Blockquote = {
        type: 'blockquote',
        children: [{ type: 'paragraph', children: [{ type: 'text', value: cand.inner }] }],
        position: node.position,
        data,
      };
      blocks[i] = quote as RootContent;
    }
  };
};
