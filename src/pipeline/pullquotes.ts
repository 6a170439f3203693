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
import { containment } from '../text/shingles.js';
import { contentWords, wordCount, words } from '../text/words.js';
import { formOf } from './evidence/form.js';
import { candidateOf, dashCreditLine, nameCredit, repeatShingles, speakerFromCredit, type Candidate } from './pullquote-credit.js';
import { quoteSpans } from './quotes/spans.js';

export interface PullquoteOptions {
  /** How many blocks before and after to look for the repeated text. */
  window?: number;
}

/** A bullet or one line of a run of like lines: a list item, not a pulled copy. */
function isListLine(node: RootContent): boolean {
  const ev = (node.data as BlockData | undefined)?.evidence;
  return ev ? ev.form.bullet || ev.listItem : formOf(blockText(node)).bullet;
}

/** Do (nearly) all the content words of `part` — `least` or more — occur in `whole`? */
function wordsRepeated(part: string, whole: string, least: number): boolean {
  const mine = new Set(contentWords(part));
  if (mine.size < least) return false;
  const theirs = new Set(contentWords(whole));
  let hit = 0;
  for (const w of mine) if (theirs.has(w)) hit++;
  return hit / mine.size >= 0.85;
}

/** Length of the longest common subsequence of two word lists. */
function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const w of a) {
    const row = [0];
    for (let y = 1; y <= b.length; y++) row.push(w === b[y - 1] ? prev[y - 1] + 1 : Math.max(prev[y], row[y - 1]));
    prev = row;
  }
  return prev[b.length];
}

/**
 * Does `part` repeat one sentence (or two running ones) of `whole` nearly word for word:
 * one word changed or added (any dropped), the order kept, in a sentence of ten or more?
 */
function nearlyVerbatim(part: string, whole: string): boolean {
  const a = words(part.toLowerCase());
  if (a.length < 10) return false;
  const sentences = whole.split(/(?<=[.!?…])\s+/u).map((t) => words(t.toLowerCase()));
  return sentences.some((_, n) =>
    [sentences[n], [...sentences[n], ...(sentences[n + 1] ?? [])]].some((b) => {
      const common = lcs(a, b);
      return common >= Math.max(0.85 * a.length, a.length - 1) && common >= 0.6 * b.length;
    }),
  );
}

/** Three short pieces (start, middle, end) of a text, to probe another text for a repeat. */
function snippets(text: string): string[] {
  const size = 16;
  if (text.length <= size) return [text];
  const mid = Math.floor((text.length - size) / 2);
  return [text.slice(0, size), text.slice(mid, mid + size), text.slice(-size)];
}

export const pullquotes: Plugin<[PullquoteOptions?], Root> = function (options = {}) {
  const window = options.window ?? 6;
  return (tree: Root) => {
    const blocks = tree.children;
    const body = blocks.map((b, i) => (isBody(b) && b.type === 'paragraph' ? i : -1)).filter((i) => i >= 0);
    const shingleCache = new Map<number, Set<string>>();
    const shinglesAt = (i: number) => {
      if (!shingleCache.has(i)) shingleCache.set(i, repeatShingles(blockText(blocks[i])));
      return shingleCache.get(i)!;
    };
    const quoted = new Map<number, { text: string; shingles: Set<string> }>();
    const quotedEntry = (i: number) => {
      if (!quoted.has(i)) {
        const text = quoteSpans(blockText(blocks[i])).map((s) => s.text).join(' ');
        quoted.set(i, { text, shingles: repeatShingles(text) });
      }
      return quoted.get(i)!;
    };
    const quotedAt = (i: number) => quotedEntry(i).text;
    const quotedShinglesAt = (i: number) => quotedEntry(i).shingles;
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
      // No block before the widest reach (window * 2) is looked at again: drop what was kept of it,
      // so the caches hold a window of blocks, not a copy of the whole story.
      const gone = body[k - window * 2 - 1];
      if (gone !== undefined) for (const cache of [shingleCache, quoted, lowered, candidates]) cache.delete(gone);
      const node = blocks[i];
      if (!isBody(node) || blockLines(node).length > 6) continue;
      const next = blocks[i + 1];
      const nextText = next && isBody(next) && next.type === 'paragraph' ? blockText(next).trim() : '';
      // A dash credit on the line below marks the copy as much as quotation marks do.
      const base = candidateAt(i);
      const below = base.attribution === null ? dashCreditLine(nextText) : null;
      const cand: Candidate = below ? { ...base, attribution: below, form: 'dash' } : base;
      const marked = cand.quoted || cand.attribution !== null;
      const size = wordCount(cand.inner);
      // A repeat is a sentence or two, never a whole long paragraph; a quoted one with a dash
      // credit is a pull quote by its form, so a few words are enough. A list item (a bullet
      // of highlights) restates the story on purpose: unmarked, it is content.
      if (size < (marked ? (cand.quoted && cand.form === 'dash' ? 4 : 6) : 8) || size > (marked ? 80 : 60)) continue;
      if (!marked && (blockLines(node).length > 3 || isListLine(node))) continue;
      // A marked copy may stand further from its source than an unmarked one.
      const reach = marked ? window * 2 : window;
      // Cheap first look: a repeat shares a run of characters with its source.
      const probes = snippets(cand.inner.toLowerCase());
      let own: Set<string> | null = null;
      const source = body
        .slice(Math.max(0, k - reach), k + reach + 1)
        .filter((j) => j !== i && isBody(blocks[j]))
        .find((j) => {
          const other = blockText(blocks[j]);
          // The pulled copy is the marked or the shorter one; the source stays body text. A
          // quotation paragraph ("“…,” said NAME") is a source when it says much more than the copy.
          if (!marked) {
            const o = candidateAt(j);
            const longerQuote = o.form === 'said' && wordCount(o.inner) * 0.8 >= size;
            if (((o.quoted || o.attribution !== null) && !longerQuote) || other.length <= blockText(node).length) return false;
          }
          // "“…,” NAME said." beside "“…” — NAME": the copy is the one credited after a dash; the
          // quotation paragraph is the story's, its source.
          if (cand.form === 'said' && candidateAt(j).form === 'dash' && candidateAt(j).quoted) return false;
          // A copy credited after a dash may be reworded: it need not share a run of characters.
          if (!probes.some((p) => lowerAt(j).includes(p)) && cand.form !== 'dash') return false;
          own ??= repeatShingles(cand.inner);
          // "“…,” said NAME" is also the form of a quotation paragraph: that is a pulled copy
          // only when its words already stand in quotation marks in the source paragraph.
          const said = cand.form === 'said' ? quotedAt(j) : other;
          if (containment(own, cand.form === 'said' ? quotedShinglesAt(j) : shinglesAt(j)) >= (marked ? 0.75 : 0.9)) return true;
          // A marked pull quote may reword its source: nearly all its words still stand there;
          // an unmarked one repeats a sentence nearly word for word.
          // (The story's last paragraph may echo its lead on purpose: only an exact copy is pulled.)
          if (marked) return wordsRepeated(cand.inner, said, cand.form === 'dash' ? 4 : 5);
          return k < body.length - 1 && nearlyVerbatim(cand.inner, other);
        });
      if (source === undefined) continue;

      let attribution = cand.attribution;
      // A credit on the line below: after a dash (found above), or under a quoted copy a name
      // line whose person the source paragraph names.
      const credit = below ?? (attribution === null && cand.quoted ? nameCredit(nextText, blockText(blocks[source])) : null);
      if (credit && next) {
        attribution = credit.trim();
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
