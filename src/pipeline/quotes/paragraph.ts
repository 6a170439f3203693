/**
 * The quotations of one paragraph with their speakers. Attribution comes from the words
 * after a quotation, else from reported speech or "according to" before it in its
 * sentence. A quotation with no attribution continues the speaker before it in the
 * paragraph, or the nearest reported speech, or takes the speaker of the one after it;
 * a paragraph that opens with a quotation and attributes nothing continues `carried`, the
 * speaker of the last quotation of the paragraph before.
 */
import type { Quote } from '../../types.js';
import { sentenceStarts } from '../../text/sentences.js';
import { wordCount } from '../../text/words.js';
import { accordingTo, attributionAfter, speechIn, type Attribution } from './attribution.js';
import { looseAttribution } from './loose.js';
import type { Speakers } from './speakers.js';
import { dashSpans, quoteSpans, splitInterrupted, type Span } from './spans.js';
import { countBefore, firstAfter, lastBefore, Timeline, type Mention } from './timeline.js';

export interface InBlock {
  quote: Quote;
  /** The text says who spoke it (a name, a pronoun, or a description). */
  attributed: boolean;
  start: number;
}

/** The text with quoted words blanked out (one pass), so verbs inside quotations are not read. */
export function maskSpans(text: string, spans: Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), ' '.repeat(s.end - s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export function paragraphQuotes(text: string, speakers: Speakers, carried: string | null): InBlock[] {
  const mentions = speakers.mentions(text);
  const attributed = (after: string) => attributionAfter(after) !== null;
  // A quotation its attribution interrupts ("«…, — сказала NAME. — …»") is two.
  const spans = splitInterrupted(text, quoteSpans(text), attributed);
  // With no quotation marks, words after a dialogue dash are a quotation when an attribution follows them.
  if (!spans.length) spans.push(...dashSpans(text, attributed));
  const reported = speechIn(maskSpans(text, spans));
  const reportedSpeech: Mention[] = [];
  const speech = new Timeline(reportedSpeech);
  for (const s of reported) {
    const name = s.attr.who !== null ? speakers.resolve(s.attr.who, s.index, mentions, speech) : s.attr.anaphor && s.attr.role ? speakers.definite(s.attr.role, s.index, mentions) : null;
    if (name || s.attr.who === null) reportedSpeech.push({ index: s.index, name });
  }
  const starts = sentenceStarts(text);
  const inBlock: InBlock[] = [];
  let floor = 0;
  let r = 0; // reported speech whose verb comes before the current quotation
  let sentence = 0;
  for (const span of spans) {
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
    const resolve = (a: Attribution | null) =>
      a && a.who !== null ? speakers.resolve(a.who, span.start, mentions, speech) : a?.anaphor && a.role ? speakers.definite(a.role, span.start, mentions) : null;
    const after = text.slice(span.end + 1, span.end + 301);
    let attr: Attribution | null = attributionAfter(after) ?? nearest ?? introduced(before, start, mentions) ?? looseAttribution(after);
    let speaker = resolve(attr);
    // A mention after the quotation that is nobody ("said at a Nov. 6 event") leaves the one before it.
    if (!speaker && attr?.who && attr !== nearest && nearest) speaker = resolve((attr = nearest));
    if (speaker || attr?.who === null) speech.add({ index: span.start, name: speaker });
    const quote: Quote = { text: span.text, speaker, role: attr?.role ?? null, credentials: attr?.credentials ?? null, kind: 'direct' };
    if (!speaker && attr?.who !== null) quote.role = quote.credentials = null;
    inBlock.push({ quote, attributed: speaker !== null || attr?.who === null, start: span.start });
  }
  fillUnattributed(inBlock, reportedSpeech, opensWithQuote(text, spans) && !inBlock.some((q) => q.attributed) ? carried : null, (start) => actorBefore(text, start, mentions));
  // Who spoke here counts as mentioned here, even when named only once ("kata Suparman").
  const spoke = [...speech.reported, ...speech.quoted].filter((m) => m.name);
  speakers.read(spoke.length ? [...mentions, ...spoke].sort((a, b) => a.index - b.index) : mentions);
  const lastSpoke = speech.last;
  if (lastSpoke?.name) speakers.lastSpeaker = lastSpoke.name;
  return inBlock;
}

/**
 * A quotation introduced by a colon ("Ihr Sprecher Malte Rosenkranz verlangte …: „…“",
 * "Smith was blunt: “…”") is spoken by the person who opens the sentence.
 */
function introduced(before: string, start: number, mentions: Mention[]): Attribution | null {
  if (!before.trimEnd().endsWith(':')) return null;
  const first = mentions[countBefore(mentions, start)];
  return first?.name && first.index - start < 60 && first.index < start + before.length ? { who: first.name, role: null, credentials: null } : null;
}

const opensWithQuote = (text: string, spans: Span[]) => spans.length > 0 && text.slice(0, spans[0].start).trim().length <= 1;

/**
 * "Rocha encolhe os ombros. «Quando eu morrer …»": the person a short sentence right before
 * the quotation opens with, when nothing else in the sentence is said to speak: the one who acts there speaks.
 */
function actorBefore(text: string, start: number, mentions: Mention[]): string | null {
  // A short sentence fits in a few hundred characters: look no further back (linear on a paragraph of many quotations).
  const offset = Math.max(0, start - 300);
  const before = text.slice(offset, start - 1).trimEnd();
  if (!/[.!?…]$/u.test(before)) return null;
  const at = sentenceStarts(before).filter((s) => s < before.length - 1).at(-1);
  if (at === undefined && offset > 0) return null;
  const from = offset + (at ?? 0);
  const sentence = text.slice(from, offset + before.length);
  if (wordCount(sentence) > 12) return null;
  const first = mentions[countBefore(mentions, from)];
  return first?.name && first.index >= from && first.index - from <= 1 && first.index < from + sentence.length ? first.name : null;
}

/** Unattributed quotations take the speaker before them, the nearest reported speech, the next one's, or the actor of the sentence right before. */
function fillUnattributed(inBlock: InBlock[], reported: Mention[], carried: string | null, actor: (start: number) => string | null): void {
  const nextAttributed: (string | null)[] = new Array(inBlock.length).fill(null);
  for (let k = inBlock.length - 2; k >= 0; k--) {
    nextAttributed[k] = inBlock[k + 1].attributed ? inBlock[k + 1].quote.speaker : nextAttributed[k + 1];
  }
  let previous: string | null = carried;
  let described = false;
  inBlock.forEach((q, k) => {
    if (q.attributed) described = q.quote.speaker === null;
    else if (!described) {
      const said = lastBefore(reported, q.start) ?? firstAfter(reported, q.start);
      q.quote.speaker = previous ?? said?.name ?? nextAttributed[k] ?? actor(q.start);
    }
    previous = q.quote.speaker ?? previous;
  });
}

/** Scare quotes: a few words that nobody is said, in their sentence, to have spoken. */
export function isScareQuote(q: InBlock, minWords: number): boolean {
  const words = wordCount(q.quote.text);
  if (q.quote.speaker === null && q.attributed) return words < minWords;
  // A short full sentence that continues a speaker ("We’d rather they ride.") is speech.
  const sentence = /^[A-Z\u00C0-\u00DE]/.test(q.quote.text) && /[.!?…]$/.test(q.quote.text);
  return !q.attributed && words < minWords && !(sentence && q.quote.speaker);
}
