/**
 * Boilerplate found by structure rather than by one line's form: running heads that repeat,
 * an "About X" box after the story, and link lists under a header such as "Story Timeline".
 */
import type { RootContent } from 'mdast';
import { blockLines, blockText, isBody, type BlockData } from '../../tree.js';
import { evidenceOf } from '../evidence/index.js';
import { isProse } from '../../text/words.js';
import { isPersonName } from '../../text/names.js';
import { isScriptName } from '../byline/script-names.js';
import { LINK_LIST_HEADER, type RuleContext } from './rules.js';
import { furniture, phraseSet } from '../../lang/vocabulary.js';

const PROMO_LABELS = () => phraseSet('promoLabels', () => furniture('promoLabels'));

export type Mark = (node: RootContent, kind: NonNullable<BlockData['kind']>, rule: string, score?: number, evidence?: string[]) => void;

/** Running heads and footers repeat: a short capitalised or separated line met twice is page furniture. */
export function markRunningHeads(blocks: RootContent[], contexts: RuleContext[], mark: Mark): void {
  const seen = new Map<string, number>();
  for (const ctx of contexts) seen.set(ctx.text, (seen.get(ctx.text) ?? 0) + 1);
  // Page numbers change from page to page: "OUTLET · THURSDAY 20 NOVEMBER · PAGE 4" and "… · PAGE 6"
  // are one head, set a page of text apart (rows of a table, next to each other, are not).
  // Only the page number at either end changes: rows of a table differ in their inner figures.
  const key = (text: string) => text.replace(/^\d+|(?<!\d)\d+$/gu, '#');
  // Lists grown in place, and a line's others looked at only when there are at most four:
  // linear however many lines share a key (100,000 like lines were quadratic).
  const at = new Map<string, number[]>();
  for (const [i, ctx] of contexts.entries()) {
    const k = key(ctx.text);
    const list = at.get(k);
    if (list) list.push(i);
    else at.set(k, [i]);
  }
  const paged = (i: number) => {
    const all = at.get(key(contexts[i].text))!;
    if (all.length < 2 || all.length > 5) return false;
    const others = all.filter((j) => j !== i);
    return others.every((j) => Math.abs(j - i) > 3) && (contexts[i].text.match(/\p{L}{2,}/gu) ?? []).length >= 3;
  };
  for (const [i, node] of blocks.entries()) {
    const { text, words } = contexts[i];
    if (!isBody(node) || words < 2 || words > 12 || ((seen.get(text) ?? 0) < 2 && !paged(i))) continue;
    if (!/\p{Ll}/u.test(text) || /\s[|·•]\s/u.test(text)) mark(node, 'other', 'running-head');
  }
}

// "On Tue, 3 Mar 2026 at 21:14, Gary Pell <g.pell@example.net> wrote:", "Le 3 mars 2026 à 21:14, … a écrit :":
// whatever the language, a line that ends in a colon and holds an address in angle brackets or a time.
const REPLY_HEADER = /(?:<[^<>\s@]+@[^<>\s]+>|\d{1,2}:\d{2}).*:$/u;

/**
 * A reply's quoted thread: a header line ("… wrote:") right above lines quoted with ">",
 * as a mail client sets them below or above the new text. The header and the quoted lines
 * are the earlier message, not the article; a ">" line anywhere else is left alone.
 */
export function markQuotedReply(blocks: RootContent[], contexts: RuleContext[], mark: Mark): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (!isBody(blocks[i]) || contexts[i].words > 40 || !REPLY_HEADER.test(contexts[i].text) || !contexts[i + 1].text.startsWith('>')) continue;
    mark(blocks[i], 'other', 'reply-header');
    let j = i + 1;
    for (; j < blocks.length && contexts[j].text.startsWith('>'); j++) if (isBody(blocks[j])) mark(blocks[j], 'other', 'quoted-reply');
    i = j - 1;
  }
}

/**
 * A signature: "--" (the mail and forum delimiter) near the end, then a few short lines
 * (a tagline, a name) to the end. Everything after the delimiter is the signature.
 */
export function markSignature(blocks: RootContent[], contexts: RuleContext[], mark: Mark): void {
  const body = blocks.map((b, i) => (isBody(b) ? i : -1)).filter((i) => i >= 0);
  const k = body.findLastIndex((i) => /^--\s*$/u.test(contexts[i].text));
  if (k < 0) return;
  // The signature runs to the next furniture line ("Next topic: …", a list footer) or the end.
  const run: number[] = [];
  for (let i = body[k] + 1; i < blocks.length && isBody(blocks[i]); i++) run.push(i);
  // Lines quoted with ">" are the earlier mail's (its own signature, say); the rest is this one's.
  const own = run.filter((i) => !contexts[i].text.startsWith('>'));
  const later = body.length - k - 1 - run.length;
  if (own.length > 4 || later > 3 || !own.every((i) => contexts[i].words <= 12)) return;
  mark(blocks[body[k]], 'other', 'signature');
  // The signer's name is a credit (the byline stage may take it for the author); the rest is other.
  for (const i of run) {
    const signer = contexts[i].words <= 4 && (isPersonName(contexts[i].text) || isScriptName(contexts[i].text));
    mark(blocks[i], signer ? 'attribution' : 'other', 'signature');
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

// A press release's end mark: "###", "# # #", "-30-" (a rule of dashes or stars is a section break, not this).
const END_MARK = /^(?:#\s?){3}$|^-\s?30\s?-$/u;

/**
 * What follows a release's end mark ("###", "-30-") is the issuer's: contact lines, follow
 * prompts. Taken only when the mark stands in the second half of the text and what follows
 * is short: a few lines, at most two short sentences among them. Sentences stay (an "About
 * X" paragraph is the issuer's own text), and so does a line over one (its heading).
 */
/** Where a press release's end mark stands (in the second half of the text), or -1. */
export function endMarkAt(contexts: RuleContext[]): number {
  const at = contexts.findLastIndex((c) => END_MARK.test(c.text));
  return at < contexts.length / 2 ? -1 : at;
}

export function markAfterEndMark(blocks: RootContent[], contexts: RuleContext[], mark: Mark): void {
  const at = endMarkAt(contexts);
  if (at < 0) return;
  const after = blocks.map((_, i) => i).filter((i) => i > at && isBody(blocks[i]));
  const prose = after.filter((i) => isProse(contexts[i].text));
  if (after.length > 10 || prose.length > 2 || prose.some((i) => contexts[i].words > 40)) return;
  for (const [k, i] of after.entries()) {
    const next = after[k + 1];
    // A heading has no label, handle or number in it ("About Corriebank Thermal Systems").
    const heading = next !== undefined && prose.includes(next) && !/[:@\d]/u.test(contexts[i].text);
    if (!prose.includes(i) && !heading) mark(blocks[i], 'other', 'after-end-mark');
  }
}

/** A line that reads as another story's title: a phrase of four to sixteen words, no sentence end, little of this story in it. */
function otherTitle(node: RootContent): boolean {
  const ev = evidenceOf(node);
  const { text, words } = ev.form;
  if (words < 4 || words > 16 || /[.!?:;,…]["”’)]*$/u.test(text) || blockLines(node).length !== 1) return false;
  return (ev.topicalWords >= 2 ? ev.topicalOverlap : ev.storyOverlap) < 0.34;
}

/**
 * Other stories' titles under a short label at the foot ("Más titulares", "Mehr aus der
 * Region"), to the end of the text: a related-stories list in any language. The label is
 * known by its place and by what follows it, not by its words.
 */
export function markRelatedTitles(blocks: RootContent[], mark: Mark): void {
  const body = blocks.map((b, i) => (isBody(b) ? i : -1)).filter((i) => i >= 0);
  // The label comes right after the story's last paragraph (furniture between is no matter).
  for (let k = 1; k + 1 < body.length; k++) {
    if (!isProse(blockText(blocks[body[k - 1]]))) continue;
    const label = evidenceOf(blocks[body[k]]);
    if (label.region !== 'tail' || label.form.words > 4 || /[.!?;,]["”’)]*$/u.test(label.form.text) || blockLines(blocks[body[k]]).length !== 1) continue;
    // The titles run to the end, or to a few short lines of the page's own (a footer, a prompt).
    let end = k + 1;
    while (end < body.length && otherTitle(blocks[body[end]])) end++;
    const titles = body.slice(k + 1, end);
    const after = body.slice(end);
    if (after.length > 3 || after.some((i) => isProse(blockText(blocks[i])) && evidenceOf(blocks[i]).form.words > 25)) continue;
    // One title will do under a label the data knows ("TIN LIÊN QUAN", "Berita Lainnya"); else two or more.
    const known = PROMO_LABELS().whole(label.form.text) || LINK_LIST_HEADER.test(label.form.text);
    if (titles.length < (known ? 1 : 2) || (!known && after.length > 0)) continue;
    // A notice's details under its label ("Bisættelse": church, time, gathering) are short and dated; titles are neither.
    const words = titles.reduce((n, i) => n + evidenceOf(blocks[i]).form.words, 0) / titles.length;
    if (words < 6 || titles.some((i) => /\d[:.]\d\d(?!\d)/u.test(blockText(blocks[i])))) continue;
    mark(blocks[body[k]], 'promo', 'related-titles');
    for (const i of titles) mark(blocks[i], 'promo', 'related-titles');
    return;
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
