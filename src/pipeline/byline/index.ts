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
import { isProse, wordCount } from '../../text/words.js';
import {
  outletFromAddress,
  outletFromAppeal,
  outletFromCopyright,
  outletFromOrigin,
  brandOf,
  datelineOf,
  outletFromReadMore,
  outletFromSource,
  outletFromTrailer,
} from './credits.js';
import { datelineReporters, issuerFromAbout, producerFromCredit, releaseDatelineDate, reportersFromCredit } from './credit-roles.js';
import { isOutletName } from '../../text/outlets.js';
import { parseBylineLine, type BylineFacts } from './line.js';
import { lineByLine, mastheadDate, mastheadOutlet, onlyFurnitureBetween, withPostedTime } from './blocks.js';
import { parseDate } from './date.js';
import { mayBeCreditLine } from '../boilerplate/extracted.js';
import { withoutStack } from '../messages.js';
import { evidenceOf } from '../evidence/index.js';
import { listRuns } from './list-run.js';
import { isScriptName } from './script-names.js';
import { isPersonName, withoutLowerTitles } from '../../text/names.js';

/** "СЗТА" and "Северо-Западное Телеграфное Агентство", "AP" and "Associated Press": the initials of the name's words. */
function isAcronymOf(short: string, name: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
  // An elided article is no word of its own ("d’Outre-mer" counts as "Outre").
  const words = name.split(/[\s-]+/u).map((w) => w.replace(/^\p{Ll}['’]/u, ''));
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === short;
}

const noFacts = (): BylineFacts => ({ authors: [], publication: null, curator: null, published: null });

/**
 * "Бюлетень благодійного фонду «Теплий дім»": a descriptor of several words, all but the first in
 * lower case, and the name in quotation marks; the outlet is the name.
 */
function quotedName(outlet: string | null): string | null {
  const m = outlet ? /^([^«»"“”„]*)[«"“„]([^«»"“”„]{2,60})[»"”“]?$/u.exec(outlet.trim()) : null;
  if (!m) return outlet;
  const descriptor = m[1].trim().split(/\s+/u).slice(1);
  // "РИА «Приморье-Инфо»", "Газета «…»": a word alone before the name is part of it.
  return descriptor.length > 0 && descriptor.every((w) => /^\p{Ll}/u.test(w)) ? m[2].trim() : outlet;
}

/**
 * A name alone on its line in a script without capitals ("নাসরিন জাহান চৌধুরী"), or a
 * person's name after a short label of any language ("Z sali sądowej: Katarzyna Wróbel"),
 * between the title and the story, beside a line of credits or dates: the author. No
 * listed word tells a name there, so only the place, the form and the neighbour do.
 */
function nameBesideCredit(blocks: RootContent[], i: number, headlineAt: number, firstProse: number): BylineFacts | null {
  const text = blockText(blocks[i]).trim();
  if (headlineAt < 0 || i <= headlineAt || i >= firstProse) return null;
  const labelled = /^([^:：]{2,40})[:：]\s*(\S.{1,60})$/u.exec(text);
  const named = labelled ? withoutLowerTitles(labelled[2].trim()) : '';
  const name = isScriptName(text) ? text : labelled && wordCount(labelled[1]) <= 4 && wordCount(named) <= 4 && isPersonName(named) ? named : null;
  if (!name) return null;
  const credit = (j: number) => {
    if (j <= headlineAt || j >= firstProse) return false;
    const facts = parseBylineLine(blockText(blocks[j]).trim());
    return facts !== null && (facts.published !== null || facts.authors.length > 0);
  };
  return credit(i - 1) || credit(i + 1) ? { ...noFacts(), authors: [name], bare: !labelled } : null;
}

declare module 'vfile' {
  interface DataMap {
    byline: Byline;
  }
}

const kindOf = (node: RootContent) => (node.data as BlockData | undefined)?.kind;

/** Indexes of blocks outside the story's prose: before the first and after the last prose block. */
function edgeBlocks(blocks: RootContent[], headlineAt: number): number[] {
  // The story starts after its title: a notice above the title is no paragraph of it.
  const prose = blocks.map((b, i) => (i > headlineAt && isBody(b) && isProse(blockText(b)) ? i : -1)).filter((i) => i >= 0);
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
    // Credits under the title are the article's own; a date above it may be a forward's or a digest's.
    const afterTitle = new Set<BylineFacts>();
    const lines: Byline['lines'] = [];

    const headlineAt = blocks.findIndex((b) => roleOf(b) === 'headline');
    const firstProse = blocks.findIndex((b, i) => i > headlineAt && isBody(b) && isProse(blockText(b)));
    const lastProse = blocks.findLastIndex((b) => isBody(b) && isProse(blockText(b)));
    const signatures: { node: RootContent; authors: string[] }[] = [];
    const edges = new Set(edgeBlocks(blocks, headlineAt));
    const inList = listRuns(blocks);
    for (const [i, node] of blocks.entries()) {
      // Lines an earlier stage already took as credits (an outlet's name above the title).
      if (roleOf(node) === 'byline') {
        for (const l of blockLines(node)) lines.push({ text: l.text, position: l.position });
        continue;
      }
      if (!edges.has(i)) continue;
      const mayBeByline = (isBody(node) && mayBeCreditLine(node)) || (roleOf(node) === 'boilerplate' && kindOf(node) === 'attribution');
      if (!mayBeByline || blockLines(node).length > 2) continue;
      // Below the story's start, a line of a list is content, whatever it reads as alone.
      if (i > firstProse && inList[i]) continue;
      // After the headline and before the story, the outlet's name on a line of its own is a credit.
      const text = blockText(node).trim();
      const outlet = i > headlineAt && i < firstProse && isOutletName(text) ? { ...noFacts(), publication: text } : null;
      let found = outlet ?? lineByLine(node) ?? parseBylineLine(text) ?? nameBesideCredit(blocks, i, headlineAt, firstProse);
      if (!found) continue;
      // A bare name after the story signs it ("Tomasz Wiśniewski-Kowal" under the last paragraph): kept
      // aside, and taken only when nothing else names the author.
      if (found.bare && i > lastProse && found.authors.length === 1 && found.authors[0] === text && wordCount(text) <= 4 && onlyFurnitureBetween(blocks, lastProse, i)) {
        signatures.push({ node, authors: found.authors });
        continue;
      }
      // Elsewhere, a bare name is a byline only in the wrapper's head, before the story starts.
      if (found.bare && i > firstProse) continue;
      // A source trailer ("via Grid Ledger") stays a credit trailer: it names the outlet only.
      if (!isBody(node) && !found.authors.length && !found.published && !found.curator) continue;
      // Above the title, a bare name is the masthead ("Baltic Freight Watch"), not an author; in
      // capitals alone it is a label ("EN DIRECT", "MATCH REPORT"), as mastheadOf has it.
      if (found.bare && i < headlineAt && found.authors.length === 1 && !found.publication) {
        if (!/\p{Ll}/u.test(text)) {
          setRole(node, 'boilerplate', 'other');
          continue;
        }
        found = { ...noFacts(), publication: text, bare: true };
      }
      setRole(node, 'byline');
      delete (node.data as BlockData).kind;
      facts.push(found);
      if (i > headlineAt) afterTitle.add(found);
      for (const l of blockLines(node)) lines.push({ text: l.text, position: l.position });
    }

    // Outlets and reporters named elsewhere, strongest source first.
    let trailerOutlet: string | null = null;
    let originOutlet: string | null = null;
    let readMoreOutlet: string | null = null;
    let copyrightOutlet: string | null = null;
    let appealOutlet: string | null = null;
    let addressOutlet: string | null = null;
    const reporters: string[] = [];
    // A copyright inside the story is a picture's ("Visuel : © Atelier Vannier"); the outlet's is in the footer.
    const lastBody = blocks.findLastIndex((b) => isBody(b));
    let pictureCopyright: string | null = null;
    for (const [i, node] of blocks.entries()) {
      if (roleOf(node) !== 'boilerplate') continue;
      const text = blockText(node);
      const kind = kindOf(node);
      if (kind === 'attribution') {
        trailerOutlet ??= outletFromTrailer(text) ?? outletFromSource(text);
        originOutlet ??= outletFromOrigin(text) ?? producerFromCredit(text);
        reporters.push(...reportersFromCredit(text));
      } else if (kind === 'navigation') originOutlet ??= producerFromCredit(text);
      else if (kind === 'read-more') readMoreOutlet ??= outletFromReadMore(text);
      else if (kind === 'legal') {
        if (i > lastBody) copyrightOutlet ??= outletFromCopyright(text);
        else pictureCopyright ??= outletFromCopyright(text);
        addressOutlet ??= outletFromAddress(text);
      }
      else if (kind === 'subscription') appealOutlet ??= outletFromAppeal(text);
    }
    copyrightOutlet ??= pictureCopyright;
    const firstBody = blocks.find((b, i) => i > headlineAt && isBody(b) && isProse(blockText(b)));
    const dateline = firstBody ? datelineOf(blockText(firstBody)) : null;
    const datelineOutlet = dateline?.outlet ?? null;
    // "HALDEN, Norway, Mar. 4, 2025 /Wire/ --": the release's date is the dateline's.
    const datelineDate = dateline ? parseDate(dateline.place)?.iso ?? null : firstBody ? releaseDatelineDate(blockText(firstBody)) : null;
    // The issuer's "About X" box after a release names who published it.
    const firstText = firstBody ? blockText(firstBody) : '';
    reporters.push(...datelineReporters(firstText));
    let issuerOutlet: string | null = null;
    for (let i = firstProse + 1; firstBody && !issuerOutlet && i < blocks.length; i++) {
      // The evidence's word count first: most of these blocks are paragraphs, far over an "About X" line's eight words.
      if (blockLines(blocks[i]).length === 1 && evidenceOf(blocks[i]).form.words <= 8) issuerOutlet = issuerFromAbout(blockText(blocks[i]), firstText);
    }

    // "Posted by X" under a story another line credits ("By Y"): X put it on the page, a curator.
    const credited = facts.some((f) => !f.poster && f.led && f.authors.length);
    const posters = credited ? facts.filter((f) => f.poster && f.authors.length && !f.curator) : [];
    for (const f of posters) [f.curator, f.authors] = [f.authors.join(', '), []];
    // "Írta: Dobos Réka" over "Színpadi Napló · 2026. február 21.": once a credit names the author
    // with a lead, a bare name on another line beside a date or an outlet is the outlet, not a second author.
    if (facts.some((f) => f.led && f.authors.length && !f.poster)) {
      for (const f of facts) {
        if (f.led || f.poster || !f.authors.length || (!f.published && !f.publication)) continue;
        if (!f.publication && f.authors.length === 1) f.publication = f.authors[0];
        // "Sanjeevani Kaveri Hospitals, Pune" above the title: a masthead's name and its city.
        else if (f.bare && f.authors.length === 1 && !afterTitle.has(f) && f.publication && !/\s/u.test(f.publication)) f.publication = f.authors[0];
        f.authors = [];
      }
    }
    let authors = uniq(facts.flatMap((f) => f.authors));
    for (const sig of signatures) {
      const known = sig.authors.every((a) => authors.some((b) => b.toLowerCase() === a.toLowerCase()));
      if (authors.length && !known) continue;
      if (!authors.length) authors = uniq(sig.authors);
      setRole(sig.node, 'byline');
      for (const l of blockLines(sig.node)) lines.push({ text: l.text, position: l.position });
    }
    // "© 2024 Jane Doe" on a newsletter names its author, not an outlet.
    if (copyrightOutlet && [...authors, ...reporters].some((a) => a.toLowerCase() === copyrightOutlet!.toLowerCase())) copyrightOutlet = null;
    // "(СЗТА)" in the dateline and "© Северо-Западное Телеграфное Агентство" at the foot: the name spelt out.
    const spelt = dateline && copyrightOutlet && isAcronymOf(dateline.outlet, copyrightOutlet) ? copyrightOutlet : null;
    // "© 2025 Gearwise Media Ltd" on a site that calls itself "Gearwise": the brand.
    if (copyrightOutlet) copyrightOutlet = brandOf(copyrightOutlet, blocks.map((b) => blockText(b)));
    const result: Byline = {
      authors: authors.length ? authors : uniq(reporters),
      publication:
        // A release's wire outranks a guess from a bare line above the title ("PRESS RELEASE").
        (dateline?.wire && !facts.some((f) => f.publication && !f.bare) ? spelt ?? datelineOutlet : null) ??
        facts.find((f) => f.publication && !f.bare)?.publication ??
        (dateline?.wire ? spelt ?? datelineOutlet : null) ??
        trailerOutlet ??
        originOutlet ??
        // A bare name above the title may be the masthead of whoever reposted the story.
        facts.find((f) => f.publication)?.publication ??
        file.data.outletLine ??
        mastheadOutlet(blocks, headlineAt) ??
        readMoreOutlet ??
        spelt ??
        datelineOutlet ??
        copyrightOutlet ??
        issuerOutlet ??
        appealOutlet ??
        addressOutlet ??
        facts.find((f) => f.via)?.via ??
        null,
      curator: facts.find((f) => f.curator)?.curator ?? null,
      published: withPostedTime(facts.find((f) => f.published && afterTitle.has(f))?.published ?? facts.find((f) => f.published)?.published ?? datelineDate ?? mastheadDate(blocks, headlineAt), facts),
      lines,
    };
    result.publication = quotedName(result.publication);
    file.data.byline = result;
    if (!result.authors.length) withoutStack(() => file.info('No author found', undefined, 'article-clean:byline-no-author'));
    if (!result.published) withoutStack(() => file.info('No publication date found', undefined, 'article-clean:byline-no-date'));
  };
};
