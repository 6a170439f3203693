/**
 * How a furniture signal and its context become a decision. All the weights are here, in
 * one place, so the reasoning can be read and changed: a signal's strength (signals.ts)
 * plus what its place in the article says. A block is furniture when the total reaches
 * THRESHOLD. Removing real text is the worst error, so the context mostly argues for
 * keeping: a line in a list, a sentence of prose, a line that shares the story's words.
 */
import type { Evidence } from '../evidence/index.js';
import type { Signal } from './signals.js';

export const WEIGHTS = {
  /** Total score from which a block is furniture. */
  threshold: 0.6,
  /** Before the first or after the last paragraph of prose: where wrappers put their furniture. */
  edge: 0.15,
  /** One item of a run of like lines: lists are content far more often than furniture. */
  listItem: -0.3,
  /** In a run of lines right after a lead-in of the story ending in a colon: the story's own list. */
  leadIn: -0.5,
  /** A sentence of eight words or more. */
  prose: -0.35,
  /** For calls to act without a label: most of its content words stand elsewhere in the story. */
  storyOverlap: -0.3,
  /** The same line stands elsewhere in the document: templates repeat, stories rarely do. */
  repeated: 0.1,
} as const;

// Signals of intent without a label ("Get it at", "sign up", a pictograph): a line that
// shares the story's words may be the story's own instruction. A labelled pointer
// ("Read also: …") is furniture even when it names the story's subject.
const TOPICAL = new Set(['call-to-action', 'subscribe', 'symbol-lead', 'counter', 'cookie-consent']);
// Bars and markers are furniture wherever they stand; a list of them is still furniture.
const FORM_ONLY = new Set(['share-bar', 'item-bar', 'post-marker', 'breadcrumb', 'read-more', 'ad-marker']);

export interface Decision {
  score: number;
  evidence: string[];
}

export interface Neighbours {
  /** The block before or after is furniture too (has a signal or was marked). */
  furnitureNeighbour?: boolean;
  /** The story introduces the run this line stands in ("Officials recommend that residents:"). */
  afterLeadIn?: boolean;
}

export function weigh(signal: Signal, ev: Evidence, around: Neighbours = {}): Decision {
  const evidence = [signal.why];
  let score = signal.strength;
  if (ev.region !== 'body') {
    score += WEIGHTS.edge;
    evidence.push(ev.region === 'head' ? 'before the story starts' : 'after the story ends');
  }
  if (around.afterLeadIn && !FORM_ONLY.has(signal.name) && !signal.decisive) {
    score += WEIGHTS.leadIn;
    evidence.push('in a list the story introduces with a colon');
  } else if (ev.listItem && around.furnitureNeighbour && ev.region !== 'head') evidence.push('in a run of furniture lines, not a list');
  else if (ev.listItem && !FORM_ONLY.has(signal.name) && !signal.decisive) {
    score += WEIGHTS.listItem;
    evidence.push('one item of a list of like lines');
  }
  if (ev.form.prose && !signal.sentence && !signal.decisive) {
    score += WEIGHTS.prose;
    evidence.push('reads as a sentence of prose');
  }
  // Names (an outlet's, a brand's) say nothing of the topic: with two lower-case content words or more, those are what is compared.
  const overlap = ev.topicalWords >= 2 ? ev.topicalOverlap : ev.storyOverlap;
  if (TOPICAL.has(signal.name) && !signal.decisive && overlap >= 0.5) {
    score += WEIGHTS.storyOverlap;
    evidence.push(`shares ${Math.round(overlap * 100)}% of its words with the story`);
  } else if (TOPICAL.has(signal.name) && overlap === 0) evidence.push('shares no word with the story');
  if (ev.repeats > 0) {
    score += WEIGHTS.repeated;
    evidence.push(`repeats ${ev.repeats + 1} times in this document`);
  }
  return { score: Math.max(0, Math.min(1, score)), evidence };
}
