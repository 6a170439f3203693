/**
 * A page's footer runs to the end of the text. Once the lines after the story's last
 * paragraph have reached the footer's own furniture (a legal line, an unsubscribe, a
 * comments counter), a short line further down that no rule named ("The Civic Ledger,
 * Unit 4, Old Tannery Yard," / "Bristol BS2 0QR", "Comments are closed on this story.")
 * belongs to that footer: nothing of the story follows it (a credit line there is left to the
 * byline stage). A marker left in the story's
 * flow (an ad, a pointer) does not open a footer, and a heading or a long line stops it.
 */
import type { RootContent } from 'mdast';
import type { BoilerplateKind } from '../../types.js';
import { blockLines, blockText, isBody, roleOf, type BlockData } from '../../tree.js';
import { isProse } from '../../text/words.js';
import { evidenceOf } from '../evidence/index.js';
import { parseBylineLine } from '../byline/line.js';
import type { Mark } from './structure.js';

// The kinds a page's footer is made of; an ad marker or a pointer may stand inside the story.
const FOOTER_KINDS = new Set<BoilerplateKind>(['legal', 'subscription', 'navigation', 'share']);
const SHORT = 12;

export function markFooterRun(blocks: RootContent[], mark: Mark): void {
  const body = blocks.map((b, i) => (isBody(b) || roleOf(b) === 'boilerplate' ? i : -1)).filter((i) => i >= 0);
  // The story's last paragraph of prose that is no furniture.
  let last = -1;
  for (const i of body) if (isBody(blocks[i]) && isProse(blockText(blocks[i])) && evidenceOf(blocks[i]).form.words > SHORT) last = i;
  const after = body.filter((i) => i > last);
  const firstFooter = after.findIndex((i) => roleOf(blocks[i]) === 'boilerplate' && FOOTER_KINDS.has((blocks[i].data as BlockData).kind!));
  if (last < 0 || firstFooter < 0) return;
  const rest = after.slice(firstFooter);
  // Every line left is furniture or short: a line of the story's length means the story goes on.
  if (rest.some((i) => isBody(blocks[i]) && (evidenceOf(blocks[i]).form.words > SHORT || blockLines(blocks[i]).length > 2))) return;
  let kind = (blocks[rest[0]].data as BlockData).kind!;
  for (const i of rest) {
    if (!isBody(blocks[i])) {
      kind = (blocks[i].data as BlockData).kind ?? kind;
      continue;
    }
    // A credit in the footer ("Posted by … on …") is the byline stage's to read.
    if (parseBylineLine(blockText(blocks[i]).trim())) continue;
    mark(blocks[i], kind, 'footer-run', 0.8, [`short line in the page's footer, after a ${kind} line, with nothing of the story after it`]);
  }
}
