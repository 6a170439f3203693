/**
 * Boilerplate found by structure rather than by one line's form: running heads that repeat,
 * an "About X" box after the story, and link lists under a header such as "Story Timeline".
 */
import type { RootContent } from 'mdast';
import { blockText, isBody, type BlockData } from '../../tree.js';
import { isProse } from '../../text/words.js';
import { LINK_LIST_HEADER, type RuleContext } from './rules.js';

export type Mark = (node: RootContent, kind: NonNullable<BlockData['kind']>, rule: string, score?: number, evidence?: string[]) => void;

/** Running heads and footers repeat: a short capitalised or separated line met twice is page furniture. */
export function markRunningHeads(blocks: RootContent[], contexts: RuleContext[], mark: Mark): void {
  const seen = new Map<string, number>();
  for (const ctx of contexts) seen.set(ctx.text, (seen.get(ctx.text) ?? 0) + 1);
  for (const [i, node] of blocks.entries()) {
    const { text, words } = contexts[i];
    if (!isBody(node) || words < 2 || words > 12 || (seen.get(text) ?? 0) < 2) continue;
    if (!/\p{Ll}/u.test(text) || /\s[|·•]\s/u.test(text)) mark(node, 'other', 'running-head');
  }
}

// A link or an address on the web: "Learn more at example.coop", "press@example.com".
const WEB_ADDRESS = /https?:\/\/|www\.|(?<![\w-])[\w-]{2,}\.[a-z]{2,}(?:\/\S*)?(?=[\s.,;)]|$)|\S@\S/i;

/**
 * An "About X" box near the end: the label and the paragraph describing X, when the
 * paragraph sends the reader to X's site (the company boilerplate of a press release).
 * Without such a pointer the box is the release's own last section: kept, with its heading.
 */
export function markAboutBox(blocks: RootContent[], contexts: RuleContext[], mark: Mark): void {
  const body = blocks.map((b, i) => (isBody(b) ? i : -1)).filter((i) => i >= 0);
  for (const [k, i] of body.entries()) {
    const about = /^About (\p{Lu}[\p{L}\p{N} .&'’-]{1,60})$/u.exec(contexts[i].text);
    const next = body[k + 1];
    if (!about || next === undefined || body.length - k > 5) continue;
    if (contexts[next].text.slice(0, 80).includes(about[1]) && WEB_ADDRESS.test(contexts[next].text)) {
      mark(blocks[i], 'attribution', 'about-box');
      mark(blocks[next], 'attribution', 'about-box');
    }
  }
}

/** After a link-list header in the tail, the short title lines are links. */
export function markLinkLists(blocks: RootContent[], tailStart: number, mark: Mark): void {
  let inLinkList = false;
  for (const [i, node] of blocks.entries()) {
    const text = blockText(node).trim();
    if (!isBody(node)) {
      inLinkList = inLinkList && (node.data as BlockData | undefined)?.kind === 'navigation';
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
}
