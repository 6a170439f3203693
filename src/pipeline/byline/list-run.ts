/**
 * Lines that stand in a list: three or more blocks in a row with the same skeleton, the
 * punctuation left when every word and number is taken out ("Zagorec Krapina – Lipa Donja
 * Stubica", "Sokol Zlatar – Oroslavje": "–"). A fixture list or a line-up reads, line by
 * line, like "Name – Outlet" credits; credits are a line or two, each of its own shape.
 */
import type { RootContent } from 'mdast';
import { blockText } from '../../tree.js';

/** A line's punctuation alone, spaces folded away; '' for a line of words only. */
function skeletonOf(text: string): string {
  return text.replace(/[\p{L}\p{M}\p{N}\s]+/gu, '');
}

/** For each block, whether it stands in a run of three or more lines of one non-empty skeleton. */
export function listRuns(blocks: readonly RootContent[]): boolean[] {
  const skeletons = blocks.map((b) => skeletonOf(blockText(b)));
  const inRun = new Array<boolean>(blocks.length).fill(false);
  for (let start = 0; start < blocks.length; ) {
    let end = start + 1;
    while (skeletons[start] && end < blocks.length && skeletons[end] === skeletons[start]) end++;
    if (end - start >= 3) inRun.fill(true, start, end);
    start = end;
  }
  return inRun;
}
