/**
 * Stage: byline. Finds the lines that carry only credits and dates (before the story's
 * first paragraph of prose, or after its last) and marks them role 'byline'; then reads
 * authors, publication, curator and published date from them and from credit trailers
 * that the boilerplate stage set aside. Result: `file.data.byline`.
 */
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Byline } from '../../types.js';
import { blockLines, blockText, isBody, roleOf, setRole, type BlockData } from '../../tree.js';
import { isProse } from '../../text/words.js';
import {
  outletFromAddress,
  outletFromAppeal,
  outletFromCopyright,
  outletFromDateline,
  outletFromReadMore,
  outletFromSource,
  outletFromTrailer,
  reportersFromCredit,
} from './credits.js';
import { isOutletName } from '../../text/outlets.js';
import { parseBylineLine, type BylineFacts } from './line.js';
import { mayBeCreditLine } from '../boilerplate/extracted.js';

const noFacts = (): BylineFacts => ({ authors: [], publication: null, curator: null, published: null });

declare module 'vfile' {
  interface DataMap {
    byline: Byline;
  }
}

const kindOf = (node: RootContent) => (node.data as BlockData | undefined)?.kind;

/** Indexes of blocks outside the story's prose: before the first and after the last prose block. */
function edgeBlocks(blocks: RootContent[]): number[] {
  const prose = blocks.map((b, i) => (isBody(b) && isProse(blockText(b)) ? i : -1)).filter((i) => i >= 0);
  const first = prose.length ? prose[0] : blocks.length;
  const last = prose.length ? prose[prose.length - 1] : -1;
  return blocks.map((_, i) => i).filter((i) => i < first || i > last);
}

function uniq(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.toLowerCase()) && seen.add(n.toLowerCase()));
}

export const byline: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    const blocks = tree.children;
    const facts: BylineFacts[] = [];
    const lines: Byline['lines'] = [];

    const headlineAt = blocks.findIndex((b) => roleOf(b) === 'headline');
    const firstProse = blocks.findIndex((b) => isBody(b) && isProse(blockText(b)));
    const edges = new Set(edgeBlocks(blocks));
    for (const [i, node] of blocks.entries()) {
      // Lines an earlier stage already took as credits (an outlet's name above the title).
      if (roleOf(node) === 'byline') {
        for (const l of blockLines(node)) lines.push({ text: l.text, position: l.position });
        continue;
      }
      if (!edges.has(i)) continue;
      const mayBeByline = (isBody(node) && mayBeCreditLine(node)) || (roleOf(node) === 'boilerplate' && kindOf(node) === 'attribution');
      if (!mayBeByline || blockLines(node).length > 2) continue;
      // After the headline and before the story, the outlet's name on a line of its own is a credit.
      const text = blockText(node).trim();
      const outlet = i > headlineAt && i < firstProse && isOutletName(text) ? { ...noFacts(), publication: text } : null;
      let found = outlet ?? parseBylineLine(text);
      // A bare name is a byline only in the wrapper's head, before the story starts.
      if (!found || (found.bare && i > firstProse)) continue;
      // A source trailer ("via Grid Ledger") stays a credit trailer: it names the outlet only.
      if (!isBody(node) && !found.authors.length && !found.published && !found.curator) continue;
      // Above the title, a bare name is the masthead ("Baltic Freight Watch"), not an author.
      if (found.bare && i < headlineAt && found.authors.length === 1 && !found.publication) found = { ...noFacts(), publication: text };
      setRole(node, 'byline');
      delete (node.data as BlockData).kind;
      facts.push(found);
      for (const l of blockLines(node)) lines.push({ text: l.text, position: l.position });
    }

    // Outlets and reporters named elsewhere, strongest source first.
    let trailerOutlet: string | null = null;
    let readMoreOutlet: string | null = null;
    let copyrightOutlet: string | null = null;
    let appealOutlet: string | null = null;
    let addressOutlet: string | null = null;
    const reporters: string[] = [];
    for (const node of blocks) {
      if (roleOf(node) !== 'boilerplate') continue;
      const text = blockText(node);
      const kind = kindOf(node);
      if (kind === 'attribution') {
        trailerOutlet ??= outletFromTrailer(text) ?? outletFromSource(text);
        reporters.push(...reportersFromCredit(text));
      } else if (kind === 'read-more') readMoreOutlet ??= outletFromReadMore(text);
      else if (kind === 'legal') {
        copyrightOutlet ??= outletFromCopyright(text);
        addressOutlet ??= outletFromAddress(text);
      }
      else if (kind === 'subscription') appealOutlet ??= outletFromAppeal(text);
    }
    const firstBody = blocks.find((b) => isBody(b) && isProse(blockText(b)));
    const datelineOutlet = firstBody ? outletFromDateline(blockText(firstBody)) : null;

    const authors = uniq(facts.flatMap((f) => f.authors));
    // "© 2024 Jane Doe" on a newsletter names its author, not an outlet.
    if (copyrightOutlet && [...authors, ...reporters].some((a) => a.toLowerCase() === copyrightOutlet!.toLowerCase())) copyrightOutlet = null;
    const result: Byline = {
      authors: authors.length ? authors : uniq(reporters),
      publication:
        facts.find((f) => f.publication)?.publication ??
        trailerOutlet ??
        file.data.outletLine ??
        readMoreOutlet ??
        datelineOutlet ??
        copyrightOutlet ??
        appealOutlet ??
        addressOutlet ??
        facts.find((f) => f.via)?.via ??
        null,
      curator: facts.find((f) => f.curator)?.curator ?? null,
      published: facts.find((f) => f.published)?.published ?? null,
      lines,
    };
    file.data.byline = result;
    if (!result.authors.length) file.info('No author found', undefined, 'article-clean:byline-no-author');
    if (!result.published) file.info('No publication date found', undefined, 'article-clean:byline-no-date');
  };
};
