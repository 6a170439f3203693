/**
 * The people of an article and how the text refers to them: a full name once
 * ("Kristine Seitz"), then a surname ("Seitz says"), a title ("Mr. Trump") or a pronoun
 * ("she said"). Surnames resolve to the first full name that ends with them; a pronoun
 * resolves to the person mentioned last before it — the nearest one it can refer to.
 */
import { couldBeSurname, isPersonName, namesIn, surname } from '../../text/names.js';
import { isPronoun } from './attribution.js';

const TITLE_PREFIX = /^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Rev)\.?\s+)/;

export interface Mention {
  name: string;
  index: number;
}

/** How many mentions of a list sorted by index come before offset `at` (binary search). */
function countBefore(sorted: Mention[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].index < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last mention before offset `at`. */
export function lastBefore(sorted: Mention[], at: number): Mention | undefined {
  return sorted[countBefore(sorted, at) - 1];
}

/** The first mention after offset `at`. */
export function firstAfter(sorted: Mention[], at: number): Mention | undefined {
  return sorted[countBefore(sorted, at + 1)];
}

/** Add a mention keeping the list sorted by index (mentions mostly arrive in order). */
export function insertByIndex(sorted: Mention[], mention: Mention): void {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1].index > mention.index) i--;
  sorted.splice(i, 0, mention);
}

export class Speakers {
  private bySurname = new Map<string, string>();
  /** The people mentioned in the previous paragraph. */
  private previous: Mention[] = [];
  /** The last person reported speaking in the text read so far. */
  lastSpeaker: string | null = null;

  private names = new Map<string, { name: string; index: number }[]>();

  /** Names in a text, found once per text: learning and mentions both need them. */
  private namesOf(text: string) {
    let found = this.names.get(text);
    if (!found) this.names.set(text, (found = namesIn(text)));
    return found;
  }

  /** Learn the full names of a text (call for the whole body first). */
  learn(text: string): void {
    for (const { name } of this.namesOf(text)) {
      const key = surname(name).toLowerCase();
      if (!this.bySurname.has(key)) this.bySurname.set(key, name);
    }
  }

  /** People mentioned in a paragraph, resolved, in order. */
  mentions(text: string): Mention[] {
    const out: Mention[] = this.namesOf(text).map(({ name, index }) => ({ name: this.full(name), index }));
    // Capitalised words that are known surnames (plain class: this runs on every paragraph).
    for (const m of text.matchAll(/[A-Z\u00C0-\u00DE\u0100-\u024F][A-Za-z\u00C0-\u024F'’-]+/g)) {
      const full = this.bySurname.get(m[0].toLowerCase());
      const index = m.index ?? 0;
      if (full && !out.some((o) => index >= o.index && index < o.index + o.name.length + 20)) out.push({ name: full, index });
    }
    return out.sort((a, b) => a.index - b.index);
  }

  /** Move past a paragraph: its last mention is what a pronoun in the next one may mean. */
  read(mentions: Mention[]): void {
    this.previous = mentions;
  }

  private full(name: string): string {
    return this.bySurname.get(surname(name).toLowerCase()) === name ? name : name;
  }

  /**
   * Resolve a mention at offset `at` of a paragraph. A pronoun means the nearest speaker
   * before it in the paragraph, else the nearest person named there, else the last
   * speaker (or person) of the paragraphs before.
   */
  resolve(mention: string, at: number, mentions: Mention[], speakers: Mention[] = []): string | null {
    if (isPronoun(mention)) {
      const spoke = lastBefore(speakers, at);
      const named = lastBefore(mentions, at);
      if (spoke || named) return (spoke ?? named)!.name;
      // From the paragraph before: the last speaker if it still talks of them, else whom it named last.
      const lastSpeaker = this.lastSpeaker;
      if (lastSpeaker && (this.previous.length === 0 || this.previous.some((m) => m.name === lastSpeaker))) return lastSpeaker;
      return this.previous.at(-1)?.name ?? lastSpeaker;
    }
    const who = mention.replace(TITLE_PREFIX, '').trim();
    if (isPersonName(who)) return who;
    // "But Vaughan", "Then Dr. Haas": drop what cannot be part of a name.
    const named = namesIn(who).pop()?.name;
    if (named) return named;
    const last = who.split(/\s+/).pop() ?? '';
    return this.bySurname.get(last.toLowerCase()) ?? (couldBeSurname(last) && last === who ? who : null);
  }
}
