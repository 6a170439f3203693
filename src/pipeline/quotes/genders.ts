/**
 * What the text tells of each person's gender: a title before a mention ("Ms. Owusu",
 * "Herr Weber"), a gendered noun beside it ("spokeswoman Ama Owusu", "Owusu, la ministra"),
 * or a gendered pronoun in a sentence that names that person and nobody else ("Owusu
 * said her team …"). Contradicting evidence leaves the gender unknown.
 */
import type { Gender, LanguageCode } from '../../lang/index.js';
import { LETTER } from '../../text/letters.js';
import { sentenceStarts } from '../../text/sentences.js';
import type { Mention } from './timeline.js';
import { nounGender, pronounFormGender, TITLE } from './vocabulary.js';

const TITLE_BEFORE = new RegExp(`(${TITLE})$`);
const WORD = new RegExp(`[${LETTER}'’.-]+`, 'g');
const words = (s: string) => s.match(WORD) ?? [];

export class Genders {
  private known = new Map<string, Gender | 'conflict'>();
  /** The language of the text, whose gendered words count. */
  lang: LanguageCode = 'en';

  note(name: string, gender: Gender | null): void {
    if (!gender) return;
    const had = this.known.get(name);
    this.known.set(name, had && had !== gender ? 'conflict' : gender);
  }

  /** The gender a word of the text's language tells ("fishmonger" none, "mareyeuse" f). */
  nounGender(word: string): Gender | null {
    return nounGender(word, this.lang);
  }

  of(name: string): Gender | null {
    const g = this.known.get(name);
    return g === 'conflict' || g === undefined ? null : g;
  }

  /** Read the evidence in one paragraph, given the people it mentions (sorted by offset). */
  learn(text: string, mentions: Mention[]): void {
    for (const { name, index } of mentions) {
      if (!name) continue;
      const title = TITLE_BEFORE.exec(text.slice(Math.max(0, index - 14), index));
      if (title) this.note(name, nounGender(title[1].trim(), this.lang));
      // Up to three words before the name, or an appositive right after it.
      const near = [...words(text.slice(Math.max(0, index - 40), index)).slice(-3)];
      const rest = text.slice(index + name.length, index + name.length + 60);
      if (/^\s*,/.test(rest)) near.push(...words(rest).slice(0, 6));
      for (const w of near) this.note(name, nounGender(w, this.lang));
    }
    this.learnFromPronouns(text, mentions);
  }

  /** A sentence that names one person only: its gendered pronouns are that person's. */
  private learnFromPronouns(text: string, mentions: Mention[]): void {
    const starts = [...sentenceStarts(text), text.length];
    let m = 0;
    for (let s = 0; s + 1 < starts.length; s++) {
      const people = new Set<string>();
      let first = -1;
      while (m < mentions.length && mentions[m].index < starts[s + 1]) {
        const { name, index } = mentions[m++];
        if (name) people.add(name);
        if (first < 0) first = index;
      }
      if (people.size !== 1) continue;
      // Only pronouns after the person: "Her husband, Daniel Kim" speaks of someone else.
      const found = new Set(words(text.slice(first, starts[s + 1])).map((w) => pronounFormGender(w, this.lang)).filter((g) => g !== null));
      if (found.size === 1) this.note([...people][0], [...found][0]);
    }
  }
}
