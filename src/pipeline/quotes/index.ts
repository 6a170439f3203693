/**
 * Stage: quotes. Every direct quotation in the body with its speaker, resolved to the
 * full name: a later "Seitz says" is Kristine Seitz, "she said" is the last named
 * speaker, and a quotation that carries no attribution continues the speaker of the one
 * before it in the same paragraph (or takes the one after it). Scare quotes (a few words,
 * nobody speaking) are not quotations. Pull quotes are listed with kind "pull".
 */
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Quote } from '../../types.js';
import { blockText, isBody, type BlockData } from '../../tree.js';
import { isPersonName, namesIn, surname } from '../../text/names.js';
import { wordCount } from '../../text/words.js';
import { attributionAfter, attributionBefore, isPronoun, type Attribution } from './attribution.js';
import { quoteSpans } from './spans.js';

export interface FoundQuote {
  quote: Quote;
  /** The block it was found in (the compiler turns this into section/block indexes). */
  node: RootContent;
}

declare module 'vfile' {
  interface DataMap {
    quotes: FoundQuote[];
  }
}

export interface QuotesOptions {
  /** Unattributed quotations shorter than this many words are taken as scare quotes. */
  minWords?: number;
}

const TITLE_PREFIX = /^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Rev)\.?\s+)/;

/** Names known in this article: surname → first full name that ends with it. */
class Speakers {
  private bySurname = new Map<string, string>();
  last: string | null = null;

  learn(text: string): void {
    for (const { name } of namesIn(text)) {
      const key = surname(name).toLowerCase();
      if (!this.bySurname.has(key)) this.bySurname.set(key, name);
    }
  }

  resolve(mention: string): string | null {
    if (isPronoun(mention)) return this.last;
    if (/^the\s/i.test(mention)) return null;
    const who = mention.replace(TITLE_PREFIX, '').trim();
    if (isPersonName(who)) {
      this.learn(who);
      return this.bySurname.get(surname(who).toLowerCase()) === who ? who : who;
    }
    return this.bySurname.get(who.toLowerCase()) ?? (/^\p{Lu}/u.test(who) ? who : null);
  }
}

/** Start of the sentence that contains offset `at` (or the end of the quotation before it). */
function clauseStart(text: string, at: number, floor: number): number {
  const re = /[.!?]["”’]?\s+/g;
  let start = floor;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) if (m.index >= floor) start = m.index + m[0].length;
  return start;
}

/** Role and credentials from a pull quote credit: "sex therapist Sari Cooper, LCSW". */
function creditParts(credit: string, speaker: string | null): Pick<Quote, 'role' | 'credentials'> {
  if (!speaker) return { role: null, credentials: null };
  const at = credit.indexOf(speaker);
  const role = at > 0 ? credit.slice(0, at).trim().replace(/^(?:an?|the)\s+/i, '') || null : null;
  const creds = /^,\s*([\p{Lu}][\p{L}.]*(?:,\s*[\p{Lu}][\p{L}.]*)*)\s*$/u.exec(credit.slice(at + speaker.length));
  return { role, credentials: creds ? creds[1] : null };
}

export const quotes: Plugin<[QuotesOptions?], Root> = function (options = {}) {
  const minWords = options.minWords ?? 5;
  return (tree: Root, file: VFile) => {
    const speakers = new Speakers();
    const roles = new Map<string, Pick<Quote, 'role' | 'credentials'>>();
    const found: FoundQuote[] = [];
    for (const node of tree.children) if (isBody(node)) speakers.learn(blockText(node));

    for (const node of tree.children) {
      const data = node.data as BlockData | undefined;
      if (node.type === 'blockquote' && data?.pull) {
        const speaker = data.speaker ?? null;
        found.push({ node, quote: { text: blockText(node), speaker, ...creditParts(data.attribution ?? '', speaker), kind: 'pull' } });
        continue;
      }
      if (!isBody(node) || node.type !== 'paragraph') continue;
      const text = blockText(node);
      const spans = quoteSpans(text);
      const inBlock: { quote: Quote; attributed: boolean }[] = [];
      let floor = 0;
      for (const span of spans) {
        const after = text.slice(Math.min(text.length, span.end + 1));
        const before = text.slice(clauseStart(text, span.start, floor), Math.max(0, span.start - 1));
        floor = span.end + 1;
        const attr: Attribution | null = attributionAfter(after) ?? attributionBefore(before);
        const speaker = attr ? speakers.resolve(attr.who) : null;
        if (speaker) speakers.last = speaker;
        if (speaker && attr && (attr.role || attr.credentials) && !roles.has(speaker)) roles.set(speaker, { role: attr.role, credentials: attr.credentials });
        const quote: Quote = { text: span.text, speaker, kind: 'direct' };
        if (speaker && attr) Object.assign(quote, { role: attr.role, credentials: attr.credentials });
        inBlock.push({ quote, attributed: speaker !== null });
      }
      // Unattributed quotations continue the speaker before them, or take the one after them.
      inBlock.forEach((q, k) => {
        if (q.quote.speaker) return;
        const prev = inBlock.slice(0, k).reverse().find((p) => p.quote.speaker);
        const next = inBlock.slice(k + 1).find((p) => p.attributed);
        q.quote.speaker = prev?.quote.speaker ?? next?.quote.speaker ?? null;
      });
      for (const q of inBlock) {
        // Scare quotes: a few words that nobody is said to have spoken.
        if (!q.quote.speaker && wordCount(q.quote.text) < minWords) continue;
        if (!q.attributed && q.quote.speaker === null && wordCount(q.quote.text) < minWords) continue;
        found.push({ node, quote: q.quote });
      }
    }
    file.data.quotes = found;
  };
};
