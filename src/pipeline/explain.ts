/**
 * --explain: for every input line, the class it ended in, the confidence of the decision
 * and the evidence that decided it, read from what the stages recorded on each block
 * (`data.explain`) or, when a stage recorded nothing, from the block's role and form.
 */
import type { Root, RootContent } from 'mdast';
import type { ExplainClass, ExplainEntry } from '../types.js';
import { blockLines, roleOf, type BlockData } from '../tree.js';
import type { Evidence } from './evidence/index.js';
import { foldWhitespace } from '../text/whitespace.js';

function classOf(node: RootContent): ExplainClass {
  const role = roleOf(node);
  if (role === 'headline' || role === 'byline' || role === 'boilerplate') return role;
  if (role === 'pullquote-credit') return 'pullquote';
  if (node.type === 'heading') return 'heading';
  if (node.type === 'blockquote') return (node.data as BlockData | undefined)?.pull ? 'pullquote' : 'quote';
  return 'paragraph';
}

/** What the form says when no stage left a reason. */
function defaultEvidence(cls: ExplainClass, ev: Evidence | undefined): string[] {
  const f = ev?.form;
  const size = f ? `${f.words} words` : '';
  switch (cls) {
    case 'paragraph':
      return f?.prose ? [`prose: ${size}, ends a sentence or runs long`, 'no furniture signal'] : [`short line (${size}) with no furniture signal`, 'kept: when in doubt a line stays in the body'];
    case 'headline':
      return ['the first title-like line once preamble, date and credit lines are set aside'];
    case 'byline':
      return ['a line of credits and dates only, outside the story'];
    case 'heading':
      return [`a short line of its own (${size}) that introduces what follows`];
    case 'pullquote':
      return ['repeats a sentence of a nearby paragraph'];
    default:
      return [];
  }
}

export function explainTree(tree: Root): ExplainEntry[] {
  const out: ExplainEntry[] = [];
  for (const node of tree.children) {
    const data = node.data as BlockData | undefined;
    const cls = classOf(node);
    const kind = cls === 'boilerplate' ? (data?.kind ?? 'other') : null;
    const evidence = data?.explain?.evidence.length ? data.explain.evidence : defaultEvidence(cls, data?.evidence);
    const score = data?.explain?.score ?? null;
    for (const line of blockLines(node)) {
      out.push({ line: line.position.start.line, class: cls, kind, score: score === null ? null : Math.round(score * 100) / 100, evidence });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** The explanation as a table for a terminal. */
export function explainTable(entries: ExplainEntry[], label: string, text: (line: number) => string): string {
  const rows = entries.map((e) => {
    const snippet = foldWhitespace(text(e.line)).trim();
    const shown = snippet.length > 38 ? `${snippet.slice(0, 37)}…` : snippet;
    const score = e.score === null ? '   –' : e.score.toFixed(2);
    return `${String(e.line).padStart(5)}  ${(e.class + (e.kind ? `:${e.kind}` : '')).padEnd(22)} ${score}  ${shown.padEnd(38)}  ${e.evidence.slice(0, 3).join('; ')}`;
  });
  return [`explain ${label}`, ` line  class                  score  text                                    evidence`, ...rows, ''].join('\n');
}
