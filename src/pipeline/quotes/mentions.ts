/**
 * How a mention of a person stands in its text: the name without what comes before it
 * (an owner, a role, a title, an "according to"), whether it opens its sentence, and
 * whom a description in the next paragraph may mean.
 */
import { couldBeSurname } from '../../text/names.js';
import { sentenceStarts } from '../../text/sentences.js';
import type { Mention } from './timeline.js';
import { isAccordingWord, isArticleWord, isRoleWord, TITLE_AT_START } from './vocabulary.js';

/** "Berg’s" → "Berg", "Jones’" → "Jones". */
export const withoutPossessive = (name: string) => name.replace(/['’]s$/u, '').replace(/(?<=s)['’]$/u, '');
/**
 * A name without what stands before a title or role inside it, and without a possessive:
 * "InfoNation President Dan McDowell’s" → "Dan McDowell".
 */
export function withoutHeadNoise({ name, index }: { name: string; index: number }): { name: string; index: number } {
  const tokens = withoutPossessive(name).split(/\s+/);
  let cut = 0;
  // Two words may be "Menurut Dewi": an "according to" is never part of a name.
  const limit = tokens.length === 2 && isAccordingWord(tokens[0]) ? 1 : tokens.length - 2;
  for (let i = 0; i < limit; i++) {
    // An article or determiner opening a sentence ("La Roser Canals", "Mein Vorgänger Helmut Brandner"),
    // unless a surname's particles follow it ("De La Cruz").
    const article = i === 0 && /^\p{Lu}/u.test(tokens[0]) && isArticleWord(tokens[0]) && !isArticleWord(tokens[1]);
    const noise = article || isRoleWord(tokens[i]) || (i === 0 && isAccordingWord(tokens[i])) || TITLE_AT_START.test(`${tokens[i]} `) || (i > 0 && /^\p{Lu}[^.]*$/u.test(tokens[i]) && !couldBeSurname(tokens[i]));
    if (noise) cut = i + 1;
  }
  // A role and its object ("Anwohner der Hauptstraße") is nobody's name.
  if (cut && !/^\p{Lu}/u.test(tokens[cut])) return { name: '', index };
  return { name: tokens.slice(cut).join(' '), index: index + tokens.slice(0, cut).join(' ').length + (cut ? 1 : 0) };
}
// Sentence starts of the last few texts asked about (the paragraph and the one before).
const cache = new Map<string, number[]>();
function startsOf(text: string): number[] {
  let starts = cache.get(text);
  if (!starts) {
    if (cache.size > 3) cache.clear();
    cache.set(text, (starts = sentenceStarts(text)));
  }
  return starts;
}

/** Does a mention open its sentence (after one word at most: "But Locksley", "Dr. Haas")? */
export function opensSentence(text: string, index: number): boolean {
  const starts = startsOf(text);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= index) lo = mid + 1;
    else hi = mid;
  }
  const lead = text.slice(lo ? starts[lo - 1] : 0, index);
  const words = lead.replace(/["“‘(]/gu, ' ').trim();
  return lead.length < 40 && !/\s/u.test(words);
}

/**
 * The person the paragraph before ends on, when it gave them that description: "… a new
 * organist. Mikkel Aagaard-Storm starts in April." → "says the new organist". Not when
 * the noun is someone's ("Ahmado’s source … the source said").
 */
export function introducedBefore(description: string, previousText: string, previous: Mention[]): Mention | undefined {
  const head = description.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  const at = previousText.toLowerCase().indexOf(head);
  const last = previous.at(-1);
  if (!head || at < 0 || !last) return undefined;
  return /['’]s\s+(?:\S+\s+)?$/u.test(previousText.slice(Math.max(0, at - 30), at)) ? undefined : last;
}
