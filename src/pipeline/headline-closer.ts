/**
 * The headline stage's second look. The first title-like line of a dump is usually the title,
 * but some wrappers stack header lines above it (a digest's issue line and table of contents,
 * a forward's note and mail headers, a wire's slug and keywords, a channel's tagline). When
 * title-like lines stand between the chosen line and the story's first paragraph, the title is
 * the one that shares most words with the story; a line that is only another header loses.
 */
import type { RootContent } from 'mdast';
import { blockLines, blockText, isBody } from '../tree.js';
import { isProse, wordCount } from '../text/words.js';
import { parseBylineLine } from './byline/line.js';
import { wordsOf } from '../lang/phrases.js';

const stem = (t: string) => (t.length > 5 ? `${t.slice(0, 5)}…` : t);

/** A line that could be a title: a phrase of three words or more, no sentence, no list, no address. */
function titleLike(text: string, maxWords: number): boolean {
  const n = wordCount(text);
  if (n < 3 || n > maxWords || /[.!;:,]["”’)]*$/u.test(text)) return false;
  if (/^[•·*>\-–—▶►■□]/u.test(text) || /@|https?:|www\./i.test(text)) return false;
  // "From the letters desk | The Fenland Courier": a desk and the outlet between a bar, a header.
  if (n <= 9 && /(?<!\s)\s+[|·•]\s+/u.test(text)) return false;
  // "Keywords: A, B, C", "Topics: 1. … 2. …": a label over a list of names or terms (a title's
  // "Your letters: the bypass roadworks, a vanishing bus, and …" lists phrases of three words or more).
  const items = text.slice(text.indexOf(':') + 1).split(',').map((t) => wordCount(t));
  const terms = items.length >= 3 && items.filter((n) => n >= 3).length < 2;
  if (/^[^:]{1,30}:\s/u.test(text) && (terms || /(?:^|\s)\d+\.\s.*\s\d+\.\s/u.test(text))) return false;
  return !/\p{L}{2}[.!?]\s+\p{Lu}/u.test(text);
}

/** A title-like line between `from` and the story with an author's credit right under it: the article's own title. */
function authoredTitle(blocks: RootContent[], from: number, prose: number, maxWords: number): number | null {
  const body = blocks.map((b, i) => (i >= from && i < prose && isBody(b) ? i : -1)).filter((i) => i >= 0);
  for (const [k, i] of body.entries()) {
    const text = blockText(blocks[i]).trim();
    if (parseBylineLine(text) || !titleLike(text, maxWords) || body[k + 1] === undefined) continue;
    const credit = parseBylineLine(blockText(blocks[body[k + 1]]).trim());
    if (credit?.authors.length && body.slice(k + 2).every((j) => parseBylineLine(blockText(blocks[j]).trim()))) return i;
  }
  return null;
}

/**
 * Index of the block to take as the title instead of `chosen`, or `chosen` itself. Only lines
 * between it and the first paragraph of prose compete; byline and date lines do not.
 */
export function closerTitle(blocks: RootContent[], chosen: number, maxWords: number): number {
  let prose = chosen + 1;
  while (prose < blocks.length && !(isBody(blocks[prose]) && isProse(blockText(blocks[prose])))) prose++;
  if (prose >= blocks.length) return chosen;
  const chosenText = blockText(blocks[chosen]).trim();
  const chosenTitleLike = titleLike(chosenText, maxWords);
  const rivals: number[] = [];
  let seenBody = false;
  for (let i = chosen + 1; i < prose; i++) {
    const node = blocks[i];
    if (!isBody(node)) continue;
    // A title with its credits right under it is complete; the line right under a title is its
    // standfirst or result line, not a rival title. Unless those credits are a date alone and a
    // later title-like line has its author's credit right under it, just above the story
    // (a bulletin's name and issue date, then the article's title and "By …").
    const credits = !seenBody && chosenTitleLike ? parseBylineLine(blockText(node).trim()) : null;
    if (credits) return credits.authors.length ? chosen : (authoredTitle(blocks, i + 1, prose, maxWords) ?? chosen);
    const underTitle = !seenBody && chosenTitleLike;
    seenBody = true;
    if (underTitle || blockLines(node).length !== 1) continue;
    const text = blockText(node).trim();
    if (!parseBylineLine(text) && titleLike(text, maxWords)) rivals.push(i);
  }
  if (!rivals.length) return chosen;

  // The chosen line keeps its place unless a rival clearly shares more of the story's words:
  // words of the story's prose, so that a header repeated in the footer earns nothing.
  // Words are matched on their first five letters too, so inflected forms count ("compostul", "compostorul").
  const story = new Set<string>();
  for (let i = prose; i < blocks.length; i++) {
    if (!isBody(blocks[i]) || !isProse(blockText(blocks[i]))) continue;
    for (const t of wordsOf(blockText(blocks[i])).tokens) story.add(t).add(stem(t));
  }
  const share = (i: number) => {
    const words = wordsOf(blockText(blocks[i])).tokens.filter((t) => t.length >= 3 || /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\d]/u.test(t));
    return words.length ? words.filter((t) => story.has(t) || story.has(stem(t))).length / words.length : 0;
  };
  let best = chosen;
  const base = chosenTitleLike ? share(chosen) : -1;
  for (const i of rivals) if (share(i) > Math.max(base + 0.15, best === chosen ? -1 : share(best)) && share(i) >= 0.3) best = i;
  return best;
}
