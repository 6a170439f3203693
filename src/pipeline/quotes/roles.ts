/**
 * Who holds which post, as the article says it: "harbour master Ana Ruiz", "Tomasz Lindqvist,
 * the mayor of the town,", "Ana Ruiz is the mayor". A definite description later ("the mayor
 * said", "a dit le maire") means the one person the article gave that word; when two people
 * share it, nobody. Only lower-case words count (a post, not a name), a possessive ends the
 * post ("Ana Ruiz, the mayor’s daughter," is no mayor), and no word list is needed: the
 * description's head is looked up among the words the text put beside each name.
 */
import { LETTER } from '../../text/letters.js';

const WORD = new RegExp(`^[${LETTER}][${LETTER}-]*$`, 'u');
const POSSESSIVE = /['’]s?$/u;

export class RoleBook {
  /** A post's word → the one full name the text gave it; null once two people share it. */
  private byWord = new Map<string, string | null>();

  /** Learn the posts beside each name of a text (names with their offsets, resolved to full names). */
  learn(text: string, names: { name: string; full: string; index: number }[]): void {
    for (const { name, full, index } of names) {
      const before = text.slice(Math.max(0, index - 60), index).split(/\s+/u).filter(Boolean);
      // "harbour master Ana Ruiz", "the mayor, Tomasz Lindqvist": lower-case words right before the name.
      const lead: string[] = [];
      for (let i = before.length - 1; i >= 0 && lead.length < 3; i--) {
        const word = before[i].replace(/,$/u, '');
        if (!WORD.test(word) || !/^\p{Ll}/u.test(word)) break;
        lead.push(word);
      }
      // "Tomasz Lindqvist, the mayor of the town," / "Ana Ruiz is the mayor": the post after the name.
      const rest = text.slice(index + name.length, index + name.length + 80);
      const m = /^(?:,\s+|\s+(?:is|was|est|ist|es|è|é)\s+)([^,.;:()]+)/u.exec(rest);
      const tail: string[] = [];
      for (const word of m ? m[1].split(/\s+/u) : []) {
        if (POSSESSIVE.test(word) || !WORD.test(word) || !/^\p{Ll}/u.test(word)) break;
        tail.push(word);
      }
      for (const word of [...lead, ...tail]) this.give(word.toLowerCase(), full);
    }
  }

  private give(word: string, name: string): void {
    if (word.length < 3) return;
    const had = this.byWord.get(word);
    if (had === undefined) this.byWord.set(word, name);
    else if (had !== name) this.byWord.set(word, null);
  }

  /** The one person whose post is the description's last word ("the harbour master" → "master"). */
  holder(description: string): string | null {
    const head = description.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    return this.byWord.get(head) ?? null;
  }
}
