/**
 * Stage: boilerplate. Marks page furniture (ads, promos, share and subscription lines,
 * credits, legal footers) with role 'boilerplate' and a kind, so the body keeps only the
 * article. Furniture is judged by its form and vocabulary (see rules.ts) and, for ads, by
 * sharing no words with the story. Credits, addresses and link lists are only removed
 * from the tail (after the story's last paragraph of prose), where they cannot be article text.
 */
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { blockText, explainBlock, isBody, roleOf, setRole } from '../../tree.js';
import { isProse } from '../../text/words.js';
import { describe } from './context.js';
import { RULES, type RuleContext } from './rules.js';
import { endMarkAt, markAboutBox, markAfterEndMark, markLinkLists, markRelatedTitles, markQuotedReply, markRunningHeads, markSignature, type Mark } from './structure.js';
import { evidenceOf } from '../evidence/index.js';
import { signalFor } from './signals.js';
import { overrulesExtractor } from './extracted.js';
import { markFooterRun } from './footer-run.js';
import { WEIGHTS, weigh } from './weights.js';
import { withoutStack } from '../messages.js';

export interface BoilerplateOptions {
  /** Report each removed line as an info message (useful for `check`). */
  report?: boolean;
  /** Extra furniture a user configured for the source: a body line one of these matches is removed (kind `other`). */
  furniture?: readonly RegExp[];
}

// Furniture is a line or two; a paragraph longer than this is always story (and skipping
// the rules for it is most of the stage's speed).
const LONGEST_FURNITURE = 80;

// Rules that read a sentence's intent ("sign up for …", "check out …"): inside the story, a
// line that shares most of its words with the story is an instruction of the story itself.
const TOPICAL_RULES = new Set(['subscription', 'promo-pointer']);

function classify(ctx: RuleContext, inTail: boolean, node: RootContent) {
  if (ctx.words > LONGEST_FURNITURE) return undefined;
  const rule = RULES.find((r) => (!r.tailOnly || inTail) && r.test(ctx));
  if (rule && TOPICAL_RULES.has(rule.name)) {
    const ev = evidenceOf(node);
    if (ev.region === 'body' && (ev.listItem || (ev.topicalWords >= 2 && ev.topicalOverlap >= 0.75))) return undefined;
  }
  return rule;
}

/** Does the line stand in a run of list lines that a block of the story ending in a colon opens? */
function afterLeadIn(blocks: RootContent[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const ev = evidenceOf(blocks[j]);
    if (ev.form.end === ':' && ev.form.words >= 4 && roleOf(blocks[j]) !== 'boilerplate') return true;
    if (!ev.listItem || ev.form.prose) return false;
  }
  return false;
}

export const boilerplate: Plugin<[BoilerplateOptions?], Root> = function (options = {}) {
  return (tree: Root, file: VFile) => {
    const blocks = tree.children;
    const contexts = describe(blocks);
    const mark: Mark = (node, kind, rule, score = 1, evidence = [`matches the ${rule} rule`]) => {
      if (!overrulesExtractor(node, rule, score)) return explainBlock(node, { rule: `kept-${rule}`, score: 1 - score, evidence: ['kept: the page extractor kept it as content', ...evidence] });
      setRole(node, 'boilerplate', kind, { rule, score, evidence });
      if (options.report) withoutStack(() => file.info(`Removed ${kind} line: ${blockText(node).slice(0, 60)}`, node, `article-clean:boilerplate-${rule}`));
    };

    // Pass 1: rules that are safe anywhere.
    for (const [i, node] of blocks.entries()) {
      if (!isBody(node)) continue;
      const configured = options.furniture?.find((re) => re.test(contexts[i].text));
      if (configured) {
        mark(node, 'other', 'configured-furniture', 1, [`matches the configured pattern /${configured.source}/`]);
        continue;
      }
      const rule = classify(contexts[i], false, node);
      if (rule) mark(node, rule.kind, rule.name);
    }

    markRunningHeads(blocks, contexts, mark);
    markQuotedReply(blocks, contexts, mark);

    // The tail: peel from the end. Furniture (any rule, tail-only ones included) is marked;
    // short non-prose lines (credits, dates) are stepped over; the first paragraph of prose
    // that is no furniture is where the story ends.
    let tailStart = blocks.length;
    for (let i = blocks.length - 1; i >= 0; i--) {
      const node = blocks[i];
      if (!isBody(node)) {
        tailStart = i;
        continue;
      }
      const rule = classify(contexts[i], true, node);
      if (rule) mark(node, rule.kind, rule.name);
      else if (isProse(contexts[i].text)) break;
      tailStart = i;
    }

    markAboutBox(blocks, contexts, mark);
    markSignature(blocks, contexts, mark);
    markLinkLists(blocks, tailStart, mark);

    // Weighed signals: forms and formulas of any language, judged with their context.
    const language = tree.data?.language ?? null;
    const prose = (j: number) => j >= 0 && j < blocks.length && evidenceOf(blocks[j]).form.prose;
    const signals = blocks.map((node, i) => (isBody(node) ? signalFor(evidenceOf(node), language, prose(i - 1) && prose(i + 1), prose(i - 1)) : null));
    // A run of furniture lines (a footer: legal line, follow prompt, share bar) looks like a
    // list; a line whose neighbour is clearly furniture too is not given a list's benefit of the doubt.
    const furnitureAt = (j: number) => j >= 0 && j < blocks.length && ((signals[j]?.strength ?? 0) >= 0.8 || roleOf(blocks[j]) === 'boilerplate');
    // A press release ends at its end mark ("###"): the contact block above it is the release's own.
    const endMark = endMarkAt(contexts);
    for (const [i, node] of blocks.entries()) {
      if (!isBody(node)) continue;
      const ev = evidenceOf(node);
      const signal = i < endMark && signals[i]?.name === 'contact-line' ? null : signals[i];
      if (!signal) {
        if (ev.form.url && ev.region === 'body') withoutStack(() => file.info('Kept a link line inside the story', node, 'article-clean:kept-link-line'));
        continue;
      }
      const { score, evidence } = weigh(signal, ev, { furnitureNeighbour: furnitureAt(i - 1) || furnitureAt(i + 1), afterLeadIn: afterLeadIn(blocks, i) });
      if (score >= WEIGHTS.threshold) mark(node, signal.kind, signal.name, score, evidence);
      // Kept: say which signal it had and why that was not enough (the score is the confidence in keeping it).
      else explainBlock(node, { rule: `kept-${signal.name}`, score: 1 - score, evidence: [`kept: ${signal.kind} signal scored ${score.toFixed(2)} < ${WEIGHTS.threshold}`, ...evidence] });
    }
    // Last, so that the lines the signals already filed keep their kinds.
    markRelatedTitles(blocks, mark);
    markAfterEndMark(blocks, contexts, mark);
    markFooterRun(blocks, mark);
  };
};
