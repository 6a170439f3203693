/**
 * What the boilerplate rules know about each block: its text, word count, whether it is one
 * item of a list, and (computed on first use) how much of its vocabulary the story shares.
 */
import type { RootContent } from 'mdast';
import { evidenceOf } from '../evidence/index.js';
import type { RuleContext } from './rules.js';

/** The form of a short line: what a list's items share ("Label: $1.10", "June 9 -- Venue, City"). */
function listForm(text: string, words: number): string | null {
  if (words > 14 || /[.;,]["”’)]*$/.test(text)) return null;
  // Capitals set a label apart ("WHAT CHANGES" is no item of the list beside it).
  return [/:/.test(text), /[\d$£€]/.test(text), /\?$/.test(text), /^[\d(]|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d/i.test(text), !/\p{Ll}/u.test(text)].join('');
}

/**
 * One block as the rules see it. A class, not an object literal with a getter: a literal's
 * getter is a closure per block and turns each object into a dictionary (about 1 KB a block,
 * 15 MB on a 10 MB input); here the getter lives once, on the prototype.
 */
class BlockContext implements RuleContext {
  readonly text: string;
  readonly words: number;

  constructor(
    private readonly ev: ReturnType<typeof evidenceOf>,
    readonly listItem: boolean,
  ) {
    this.text = ev.form.text;
    this.words = ev.form.words;
  }

  /** Read from the evidence pass, which computes the story's vocabulary once, on first use. */
  get storyOverlap(): number {
    return this.ev.storyOverlap;
  }

  blocksWith(word: string): number {
    return this.ev.blocksWith(word);
  }

  /** The share over the block's lower-case words when it has two or more (names say nothing of the topic). */
  get topicalOverlap(): number {
    return this.ev.topicalWords >= 2 ? this.ev.topicalOverlap : this.ev.storyOverlap;
  }
}

/** Each block's text and shape for the rules; only the rules' own list shape is added. */
export function describe(blocks: RootContent[]): RuleContext[] {
  const evidence = blocks.map(evidenceOf);
  const forms = evidence.map((ev) => listForm(ev.form.text, ev.form.words));
  return evidence.map((ev, i) => new BlockContext(ev, forms[i] !== null && (forms[i - 1] === forms[i] || forms[i + 1] === forms[i])));
}
