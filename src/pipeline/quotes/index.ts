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
import { wordCount } from '../../text/words.js';
import { accordingTo, attributionAfter, speechIn, type Attribution } from './attribution.js';
import { firstAfter, insertByIndex, lastBefore, Speakers, type Mention } from './speakers.js';
import { sentenceStarts } from '../../text/sentences.js';
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

/** The text with quoted words blanked out, so speech verbs inside quotations are not read. */
function maskSpans(text: string, spans: { start: number; end: number }[]): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
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
      const mentions = speakers.mentions(text);
      // Speech reported anywhere in the paragraph ("Herbert said", "Howitt says"), outside quotations.
      const spans = quoteSpans(text);
      const reported = speechIn(maskSpans(text, spans));
      // Speakers found in this paragraph so far, in text order (reported speech, then quotations).
      const speech: Mention[] = [];
      for (const s of reported) {
        const name = speakers.resolve(s.attr.who, s.index, mentions, speech);
        if (name) speech.push({ index: s.index, name });
      }
      const reportedSpeech = [...speech];
      const starts = sentenceStarts(text);
      const inBlock: { quote: Quote; attributed: boolean; start: number }[] = [];
      let floor = 0;
      let r = 0; // reported speech whose verb comes before the current quotation
      let sentence = 0;
      for (const span of spans) {
        const after = text.slice(Math.min(text.length, span.end + 1));
        while (sentence + 1 < starts.length && starts[sentence + 1] <= span.start) sentence++;
        const start = Math.max(starts[sentence], floor);
        const before = text.slice(start, Math.max(0, span.start - 1));
        floor = span.end + 1;
        // Before the quotation, in its sentence: the nearest reported speech or "according to".
        while (r < reported.length && reported[r].verb < span.start) r++;
        const last = reported[r - 1];
        const said = last && last.index >= start ? last : undefined;
        const according = accordingTo(before);
        const nearest = according && (!said || start + according.index >= said.index) ? according.attr : said?.attr ?? null;
        const attr: Attribution | null = attributionAfter(after) ?? nearest;
        const speaker = attr ? speakers.resolve(attr.who, span.start, mentions, speech) : null;
        if (speaker) insertByIndex(speech, { index: span.start, name: speaker });
        if (speaker && attr && (attr.role || attr.credentials) && !roles.has(speaker)) roles.set(speaker, { role: attr.role, credentials: attr.credentials });
        const quote: Quote = { text: span.text, speaker, role: speaker ? attr?.role ?? null : null, credentials: speaker ? attr?.credentials ?? null : null, kind: 'direct' };
        inBlock.push({ quote, attributed: speaker !== null, start: span.start });
      }
      // Unattributed quotations continue the speaker before them in the paragraph, or the
      // nearest reported speech there, or take the speaker of the quotation after them.
      const nextAttributed: (string | null)[] = new Array(inBlock.length).fill(null);
      for (let k = inBlock.length - 2; k >= 0; k--) {
        nextAttributed[k] = inBlock[k + 1].attributed ? inBlock[k + 1].quote.speaker : nextAttributed[k + 1];
      }
      let previous: string | null = null;
      inBlock.forEach((q, k) => {
        if (!q.quote.speaker) {
          const said = lastBefore(reportedSpeech, q.start) ?? firstAfter(reportedSpeech, q.start);
          q.quote.speaker = previous ?? said?.name ?? nextAttributed[k] ?? null;
        }
        previous = q.quote.speaker ?? previous;
      });
      speakers.read(mentions);
      const lastSpoke = speech[speech.length - 1];
      if (lastSpoke) speakers.lastSpeaker = lastSpoke.name;
      for (const q of inBlock) {
        // Scare quotes: a few words that nobody is said, in their sentence, to have spoken.
        // A short full sentence that continues a speaker ("We’d rather they ride.") is speech.
        const sentence = /^[A-Z\u00C0-\u00DE]/.test(q.quote.text) && /[.!?…]$/.test(q.quote.text);
        if (!q.attributed && wordCount(q.quote.text) < minWords && !(sentence && q.quote.speaker)) continue;
        found.push({ node, quote: q.quote });
      }
    }
    // A speaker described once keeps that description on every quotation.
    for (const { quote } of found) {
      const known = quote.speaker ? roles.get(quote.speaker) : undefined;
      if (known && quote.kind === 'direct') {
        quote.role ??= known.role;
        quote.credentials ??= known.credentials;
      }
    }
    file.data.quotes = found;
  };
};
