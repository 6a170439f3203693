/**
 * Stage: boilerplate. Marks page furniture (ads, promos, share and subscription lines,
 * credits, legal footers) with role 'boilerplate' and a kind, so the body keeps only the
 * article. Furniture is judged by its form and vocabulary (see rules.ts) and, for ads, by
 * sharing no words with the story. Credits, addresses and link lists are only removed
 * from the tail (after the story's last paragraph of prose), where they cannot be article text.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { blockText, isBody, setRole } from '../../tree.js';
import { isProse } from '../../text/words.js';
import { describe } from './context.js';
import { RULES, type RuleContext } from './rules.js';
import { markAboutBox, markLinkLists, markRunningHeads, type Mark } from './structure.js';

export interface BoilerplateOptions {
  /** Report each removed line as an info message (useful for `check`). */
  report?: boolean;
}

// Furniture is a line or two; a paragraph longer than this is always story (and skipping
// the rules for it is most of the stage's speed).
const LONGEST_FURNITURE = 80;

function classify(ctx: RuleContext, inTail: boolean) {
  if (ctx.words > LONGEST_FURNITURE) return undefined;
  return RULES.find((r) => (!r.tailOnly || inTail) && r.test(ctx));
}

export const boilerplate: Plugin<[BoilerplateOptions?], Root> = function (options = {}) {
  return (tree: Root, file: VFile) => {
    const blocks = tree.children;
    const contexts = describe(blocks);
    const mark: Mark = (node, kind, rule) => {
      setRole(node, 'boilerplate', kind);
      if (options.report) file.info(`Removed ${kind} line: ${blockText(node).slice(0, 60)}`, node, `article-clean:boilerplate-${rule}`);
    };

    // Pass 1: rules that are safe anywhere.
    for (const [i, node] of blocks.entries()) {
      if (!isBody(node)) continue;
      const rule = classify(contexts[i], false);
      if (rule) mark(node, rule.kind, rule.name);
    }

    markRunningHeads(blocks, contexts, mark);

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
      const rule = classify(contexts[i], true);
      if (rule) mark(node, rule.kind, rule.name);
      else if (isProse(contexts[i].text)) break;
      tailStart = i;
    }

    markAboutBox(blocks, contexts, mark);
    markLinkLists(blocks, tailStart, mark);
  };
};
