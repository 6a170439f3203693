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
import { blockText, isBody, setRole } from '../../tree.js';
import { contentWords, isProse, stem, wordCount } from '../../text/words.js';
import { LINK_LIST_HEADER, RULES, type RuleContext } from './rules.js';

export interface BoilerplateOptions {
  /** Report each removed line as an info message (useful for `check`). */
  report?: boolean;
}

/** The form of a short line: what a list's items share ("Label: $1.10", "June 9 -- Venue, City"). */
function listForm(text: string, words: number): string | null {
  if (words > 14 || /[.;,]["”’)]*$/.test(text)) return null;
  return [/:/.test(text), /\d|[$£€]/.test(text), /\?$/.test(text), /^[\d(]|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d/i.test(text)].join('');
}

/**
 * Each block's text and shape, computed once for all rules. The story's vocabulary is
 * costly (every word of every block) and only the ad rule needs it, after its cheap tests
 * pass: it is computed on first use.
 */
function describe(blocks: RootContent[]): RuleContext[] {
  const own = blocks.map((b) => {
    const text = blockText(b).replace(/\s+/g, ' ').trim();
    const words = wordCount(text);
    return { text, words, form: listForm(text, words) };
  });
  let stems: Set<string>[] | null = null;
  let counts: Map<string, number> | null = null;
  const overlapAt = (i: number) => {
    if (!stems || !counts) {
      stems = own.map(({ text }) => new Set(contentWords(text).map(stem)));
      counts = new Map();
      for (const set of stems) for (const w of set) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    // Words found elsewhere in the story: in some other block than this one.
    let elsewhere = 0;
    for (const w of stems[i]) if ((counts.get(w) ?? 0) > 1) elsewhere++;
    return stems[i].size ? elsewhere / stems[i].size : 0;
  };
  return own.map(({ text, words, form }, i) => ({
    text,
    words,
    listItem: form !== null && (own[i - 1]?.form === form || own[i + 1]?.form === form),
    get storyOverlap() {
      return overlapAt(i);
    },
  }));
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
    const mark = (node: RootContent, kind: Parameters<typeof setRole>[2], rule: string) => {
      setRole(node, 'boilerplate', kind);
      if (options.report) file.info(`Removed ${kind} line: ${blockText(node).slice(0, 60)}`, node, `article-clean:boilerplate-${rule}`);
    };

    // Pass 1: rules that are safe anywhere.
    for (const [i, node] of blocks.entries()) {
      if (!isBody(node)) continue;
      const rule = classify(contexts[i], false);
      if (rule) mark(node, rule.kind, rule.name);
    }

    // Running heads and footers repeat: a short capitalised or separated line met twice is page furniture.
    const seen = new Map<string, number>();
    for (const ctx of contexts) seen.set(ctx.text, (seen.get(ctx.text) ?? 0) + 1);
    for (const [i, node] of blocks.entries()) {
      const { text, words } = contexts[i];
      if (!isBody(node) || words < 2 || words > 12 || (seen.get(text) ?? 0) < 2) continue;
      if (!/\p{Ll}/u.test(text) || /\s[|·•]\s/u.test(text)) mark(node, 'other', 'running-head');
    }

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

    // An "About X" box after the story: the label and the paragraph describing X.
    const body = blocks.map((b, i) => (isBody(b) ? i : -1)).filter((i) => i >= 0);
    for (const [k, i] of body.entries()) {
      const about = /^About (\p{Lu}[\p{L}\p{N} .&'’-]{1,60})$/u.exec(contexts[i].text);
      const next = body[k + 1];
      if (!about || next === undefined || body.length - k > 5) continue;
      if (contexts[next].text.startsWith(about[1]) || contexts[next].text.slice(0, 80).includes(about[1])) {
        mark(blocks[i], 'attribution', 'about-box');
        mark(blocks[next], 'attribution', 'about-box');
      }
    }

    // Link lists: after a header such as "Story Timeline", the short title lines are links.
    let inLinkList = false;
    for (let i = 0; i < blocks.length; i++) {
      const node = blocks[i];
      const text = blockText(node).trim();
      if (!isBody(node)) {
        inLinkList = inLinkList && (node.data as { kind?: string } | undefined)?.kind === 'navigation';
        continue;
      }
      if (LINK_LIST_HEADER.test(text)) {
        mark(node, 'navigation', 'link-list');
        inLinkList = i >= tailStart;
      } else if (inLinkList && !isProse(text) && text.length <= 120) {
        mark(node, 'navigation', 'link-list');
      } else {
        inLinkList = false;
      }
    }
  };
};
