/** Sentence boundaries in news prose, without being fooled by initials and abbreviations. */
import { UPPER } from './letters.js';
import { vocabulary } from '../lang/index.js';
import { matchesOf } from './matches.js';

// A full stop ends a sentence unless it closes an initial ("U.S.", "J.") or a common
// abbreviation ("Dr.", "Cmdr.", "Nov."); the next sentence starts with a capital or a quote.
const ABBREVIATIONS =
  'Mr|Mrs|Ms|Mx|Dr|Prof|Rev|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Cmdr|Adm|Sgt|Maj|Pres|Supt|Det|Insp|No|vs|Inc|Corp|Co|Ltd|Mt|Ft|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|approx|est|dept|Univ';
// The personal titles of every language's speech data ("Dkt.", "Bw."), the short
// ones only ("Frau." may end a sentence), are abbreviations too; so are the lower-case
// ones a language writes before a name ("conf. dr. Radu Ciobanu", "mgr inż."), in either case.
const capitalised = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const TITLES = [...new Set(vocabulary('speech').flatMap((s) => Object.keys(s.titles)))]
  .flatMap((t) => (/^\p{Lu}\p{L}{1,2}$/u.test(t) ? [t] : /^\p{Ll}{2,5}$/u.test(t) ? [t, capitalised(t)] : []))
  .filter((t, i, all) => !ABBREVIATIONS.split('|').includes(t) && all.indexOf(t) === i)
  .join('|');
export const SENTENCE_END = new RegExp(
  String.raw`(?<!\b(?:[${UPPER}]|${ABBREVIATIONS}|${TITLES}|[${UPPER}]\.[${UPPER}]))[.!?]["”’)]?\s+(?=["“‘(]?[${UPPER}\d])`,
  'g',
);


/** Offsets where each sentence of a text starts, the first at 0. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of matchesOf(SENTENCE_END, text)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}
