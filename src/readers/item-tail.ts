/**
 * The closing furniture of a feed item, known by its form and its links rather than by
 * example strings: after the story, a bar of counters ("3 posts - 2 participants",
 * "Replies 3 — Views 120"), a staff credit ("责任编辑：X", "Edited by X"), an appeal or
 * a label over a bare address ("Support the show: patreon.com/x"), a list of platform
 * links ("Listen on Apple Podcasts | Spotify"), a line that points to a privacy or terms
 * page ("See acast.com/privacy for more information"). Words count only as the lists of
 * src/lang/<code>/furniture.json say (counters, staffCredits, appeals, followPrompts).
 * Only the last few blocks are looked at, and never the item's first open block.
 */
import { wordsOf } from '../lang/phrases.js';
import { bylineMonths, furniture, phraseSet } from '../lang/vocabulary.js';
import type { BoilerplateKind } from '../types.js';
import type { HtmlBlock } from './html/blocks.js';
import { foldWhitespace } from '../text/whitespace.js';

const textOf = (b: HtmlBlock) => b.lines.map((l) => l.text).join(' ');
const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;
const counters = () => phraseSet('counters', () => furniture('counters'));
const staff = () => phraseSet('staffCredits', () => furniture('staffCredits'));
const terms = () => phraseSet('termsWords', () => furniture('termsWords'));
const appeals = () => phraseSet('appeals+follow', () => [...furniture('appeals'), ...furniture('followPrompts')]);

/** A sentence ends inside or at the end of the text. */
const SENTENCE = /[.!?。！？](?:\s|$)/u;
// The text has its whitespace folded to single spaces.
const SEPARATOR = / [-–—|·•/] |[|·•]/u;
const NUMBER_FIRST = /^[\d.,]+[kKmM]? (?:\p{Ll}|\p{Lo})[\p{L}\p{M}]*(?: (?:\p{Ll}|\p{Lo})[\p{L}\p{M}]*)?$/u;
const WORD_FIRST = /^([\p{L}\p{M}]+(?: [\p{L}\p{M}]+)?) ?[:：]? ?[\d.,]+[kKmM]?$/u;
/** Link text that is an address: "patreon.com/tidepool", "https://x.example/support". */
const ADDRESS = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?:[/?#]\S*)?$/u;
/** A page of terms rather than a story: privacy, ad choices, cookies, terms, legal notices. */
const TERMS_PATH = /\/(?:privacy|privacy-policy|adchoices|ad-choices|cookies?|cookie-policy|terms|tos|legal|datenschutz|impressum)(?:[/.?#]|$)/i;

const host = (u: string) => /^(?:[a-z]+:)?\/\/(?:www\.)?([^/?#:]+)/i.exec(u.trim())?.[1].toLowerCase() ?? null;

/** A segment that is a count and its noun: "12 posts" (a lower-case noun), "Ответы 3" (a counter noun). */
let months: Set<string> | null = null;
/** A segment that is a count and its noun ("12 posts", "Ответы 3"): 2 when the noun is a counter noun of some language, 1 for the form alone, 0 when none. */
function countOf(segment: string): number {
  // "12 mars" is a date, not a count.
  months ??= new Set(bylineMonths().flat().map((m) => m.toLowerCase()));
  const noun = NUMBER_FIRST.test(segment) ? segment.replace(/^\S+\s+/, '') : WORD_FIRST.exec(segment)?.[1];
  if (!noun || months.has(noun.toLowerCase().replace(/\.$/, ''))) return 0;
  return counters().whole(noun) ? 2 : NUMBER_FIRST.test(segment) ? 1 : 0;
}

/** "3 posts - 2 participants", "Posted by X — Mar 05, 2025 7:20 — Replies 3 — Views 120": two counts or more, one of a counter noun ("2 cups - 3 eggs" is no bar). */
function isCounterBar(text: string): boolean {
  const segments = text.split(SEPARATOR).map((s) => s.trim()).filter(Boolean);
  if (segments.length < 2 || wordCount(text) > 30) return false;
  const counts = segments.map(countOf);
  return counts.filter(Boolean).length >= 2 && counts.includes(2) && segments.every((s, i) => counts[i] || (wordCount(s) <= 6 && !SENTENCE.test(s)));
}

/** "责任编辑：刘洋", "编辑：赵敏 审核：孙强", "Edited by Ann Lee": staff labels, each over a short name. */
function isStaffCredit(text: string): boolean {
  const t = text.replace(/^[(（[【]|[)）\]】]$/gu, '').trim();
  if (!t || wordCount(t) > 16 || SENTENCE.test(t)) return false;
  const words = wordsOf(t);
  let i = 0;
  while (i < words.tokens.length) {
    const n = staff().startAt(words, i);
    // A label of one word needs its colon; a formula of several ("edited by") does not.
    if (!n || (n === 1 && !/^\s*[:：]/u.test(t.slice(words.ends[i]))))  return false;
    // The name: one to eight words (Han characters count one each) up to the next label.
    let j = i + n;
    while (j < words.tokens.length && !staff().startAt(words, j)) j++;
    if (j === i + n || j - i - n > 8) return false;
    i = j;
  }
  return i > 0;
}

/** "Support the show: patreon.com/x", "Listen on <a>Apple Podcasts</a>": an appeal, or a short label over a bare address. */
function isAppeal(b: HtmlBlock, text: string): boolean {
  if (!b.links.length || wordCount(text) > 12) return false;
  if (appeals().start(text) > 0) return true;
  return b.links.length === 1 && ADDRESS.test(b.links[0].text.trim()) && /^[^:：]{1,40}[:：]\s*\S+$/u.test(text) && wordCount(text) <= 8;
}

/** "Apple Podcasts | Spotify | Overcast": links to two sites or more, away from the item's own, and little else. */
function isPlatformList(b: HtmlBlock, text: string, item: string | null): boolean {
  const hosts = new Set(b.links.map((l) => host(l.href)).filter((h): h is string => !!h));
  const own = item ? host(item) : null;
  const chars = text.replace(/\s/g, '').length;
  return hosts.size >= 2 && (!own || !hosts.has(own)) && b.linkChars >= chars * 0.5 && wordCount(text) <= 12 && !SENTENCE.test(text);
}

/** "Hosted on Acast. See acast.com/privacy for more information.", "See omnystudio.com/listener for privacy information.": a short line pointing to a terms page. */
function pointsToTerms(b: HtmlBlock, text: string): boolean {
  if (wordCount(text) > 30) return false;
  const addresses = [...b.links.flatMap((l) => [l.href, l.text]), ...text.split(' ').filter((w) => ADDRESS.test(w))];
  // By the words alone, only a short line: a closing paragraph of a story may name privacy and link somewhere.
  return addresses.some((a) => TERMS_PATH.test(a)) || (wordCount(text) <= 12 && addresses.some((a) => /[./]/.test(a)) && terms().any(text));
}

function closingKind(b: HtmlBlock, item: string | null): BoilerplateKind | undefined {
  const text = foldWhitespace(textOf(b)).trim();
  if (isCounterBar(text)) return 'other';
  // Not 'attribution': an editor or producer named here is no author of the story.
  if (isStaffCredit(text)) return 'other';
  if (isAppeal(b, text)) return 'promo';
  if (isPlatformList(b, text, item)) return 'navigation';
  if (pointsToTerms(b, text)) return 'legal';
  return undefined;
}

/** Addresses written out in plain text, standing for links: "https://x.example/y", "patreon.com/x". */
const URL_WORD = /^(?:https?:\/\/|www\.)\S+$|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/\S*$/u;

/** The closing kind of a block of plain text (an item's content that is no HTML): its written-out addresses stand for links. */
export function closingTextKind(text: string): BoilerplateKind | undefined {
  const folded = foldWhitespace(text).trim();
  const links = folded.split(' ').filter((w) => URL_WORD.test(w)).map((w) => ({ href: w, text: w, tag: false, cls: '' }));
  return closingKind({ lines: [{ text: folded, start: 0, end: folded.length }], tag: 'p', links, linkChars: links.reduce((n, l) => n + l.text.length, 0) }, null);
}

/** Marks the closing furniture among the last four open blocks (the first open block is always left). */
export function markClosingFurniture(blocks: HtmlBlock[], item: string | null): void {
  const open = blocks.filter((b) => !b.kind);
  for (const b of open.slice(Math.max(1, open.length - 4))) b.kind = closingKind(b, item);
}
