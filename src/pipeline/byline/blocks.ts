/**
 * Helpers of the byline stage that look at blocks: a two-line block read line by line, a
 * masthead the boilerplate stage set aside, what stands between the story and a signature,
 * and the time a post went up.
 */
import type { RootContent } from 'mdast';
import { blockLines, blockText, isBody, roleOf } from '../../tree.js';
import { isProse, wordCount } from '../../text/words.js';
import { mastheadOf } from '../headline.js';
import { parseBylineLine, type BylineFacts } from './line.js';
import { parseDate } from './date.js';
import { runningHeadDate, runningHeadOutlet } from './running-head.js';

/**
 * A block of two lines of which one is a byline line and the other a short label, not
 * prose ("Posted by A on DATE" over "Filed in: Home, Garden"): the facts of the byline line.
 */
export function lineByLine(node: RootContent): BylineFacts | null {
  const parsed = blockLines(node).map((l) => ({ text: l.text.trim(), facts: parseBylineLine(l.text) }));
  if (parsed.length !== 2) return null;
  const credit = parsed.filter((p) => p.facts && (p.facts.authors.length || p.facts.published) && !p.facts.bare);
  const other = parsed.find((p) => !p.facts);
  if (credit.length === 2) {
    const [a, b] = [credit[0].facts!, credit[1].facts!];
    return { ...a, authors: [...a.authors, ...b.authors], publication: a.publication ?? b.publication, curator: a.curator ?? b.curator, published: a.published ?? b.published };
  }
  if (credit.length !== 1 || !other || isProse(other.text) || wordCount(other.text) > 8 || /[.!?]$/.test(other.text)) return null;
  return credit[0].facts;
}

/** A blog's date over the post and "Posted by A at 9:14 PM" under it: the date at that time. */
export function withPostedTime(date: string | null, facts: BylineFacts[]): string | null {
  const time = facts.find((f) => f.postedAt)?.postedAt;
  return date && time && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T${time}:00` : date;
}

/** A masthead or running head above the title that the boilerplate stage set aside ("THE HARBOURSIDE LETTER · No. 118"). */
export function mastheadOutlet(blocks: RootContent[], headlineAt: number): string | null {
  for (const node of blocks.slice(0, Math.max(0, headlineAt))) {
    const text = roleOf(node) === 'boilerplate' && blockLines(node).length === 1 ? blockText(node).trim() : null;
    const name = text ? mastheadOf(text, true) ?? runningHeadOutlet(text) : null;
    if (name) return name;
  }
  return null;
}

/** The date on a masthead or running head above the title ("FJORDPOSTEN · TORSDAG 20. NOVEMBER 2025 · SIDE 4"). */
export function mastheadDate(blocks: RootContent[], headlineAt: number): string | null {
  for (const node of blocks.slice(0, Math.max(0, headlineAt))) {
    if (roleOf(node) !== 'boilerplate' || blockLines(node).length !== 1) continue;
    const text = blockText(node).trim();
    const running = runningHeadDate(text);
    if (running) return running;
    if (!mastheadOf(text, true)) continue;
    for (const part of text.split(/(?<!\s)\s+[|·]\s+/).slice(1)) {
      const date = parseDate(part);
      if (date) return date.iso;
    }
  }
  return null;
}

/** Between the story's last paragraph and block `to`, nothing but furniture the boilerplate stage set aside. */
export function onlyFurnitureBetween(blocks: RootContent[], from: number, to: number): boolean {
  return blocks.slice(from + 1, to).every((b) => !isBody(b));
}
