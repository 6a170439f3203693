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
 * Each block's text and shape for the rules, read from the evidence pass (which computes
 * the story's vocabulary once, on first use); only the rules' own list shape is added.
 */
export function describe(blocks: RootContent[]): RuleContext[] {
  const evidence = blocks.map(evidenceOf);
  const forms = evidence.map((ev) => listForm(ev.form.text, ev.form.words));
  return evidence.map((ev, i) => ({
    text: ev.form.text,
    words: ev.form.words,
    listItem: forms[i] !== null && (forms[i - 1] === forms[i] || forms[i + 1] === forms[i]),
    get storyOverlap() {
      return ev.storyOverlap;
    },
  }));
}
