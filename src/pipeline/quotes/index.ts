/**
 * Stage: quotes. Every direct quotation in the body with its speaker, resolved to the
 * full name: a later "Seitz says" is Kristine Seitz, "she said" is the last named
 * speaker of that gender, and a quotation that carries no attribution continues the
 * speaker before it (see paragraph.ts). Scare quotes (a few words, nobody speaking) are
 * not quotations. Pull quotes are listed with kind "pull". The work is linear in the
 * text: each paragraph is scanned a fixed number of times, lookups are binary searches.
 */
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Quote } from '../../types.js';
import { blockText, isBody, type BlockData } from '../../tree.js';
import { isScareQuote, paragraphQuotes, type InBlock } from './paragraph.js';
import { Speakers } from './speakers.js';
import { isUncased, UncasedSpeakers } from './uncased.js';
import { languageOf } from './vocabulary.js';
import { languageCodes } from '../../lang/index.js';
import { tickDeadline } from '../../deadline.js';

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

/** Role and credentials from a pull quote credit: "sex therapist Sari Cooper, LCSW". */
function creditParts(credit: string, speaker: string | null): Pick<Quote, 'role' | 'credentials'> {
  if (!speaker) return { role: null, credentials: null };
  const at = credit.indexOf(speaker);
  if (at < 0) return { role: null, credentials: null };
  const role = at > 0 ? credit.slice(0, at).trim().replace(/^(?:said|says|an?|the)\s+/i, '') || null : null;
  const creds = /^,\s*([\p{Lu}][\p{L}.]*(?:,\s*[\p{Lu}][\p{L}.]*)*)\s*$/u.exec(credit.slice(at + speaker.length));
  return { role, credentials: creds ? creds[1] : null };
}

/** The first `n` characters of the texts joined by newlines, without joining all of them (a copy of the whole text on a long input). */
function head(texts: string[], n: number): string {
  let k = 0;
  for (let size = 0; k < texts.length && size <= n; k++) size += texts[k].length + 1;
  return texts.slice(0, k).join('\n').slice(0, n);
}

export const quotes: Plugin<[QuotesOptions?], Root> = function (options = {}) {
  const minWords = options.minWords ?? 5;
  return (tree: Root, file: VFile) => {
    const speakers = new Speakers();
    const roles = new Map<string, Pick<Quote, 'role' | 'credentials'>>();
    const found: FoundQuote[] = [];
    const body = tree.children.filter(isBody).map(blockText);
    // The language the evidence stage detected, when the speech data has it; else our own guess.
    const detected = (tree.data as { language?: string | null } | undefined)?.language;
    speakers.genders.lang = languageCodes.find((c) => c === detected) ?? languageOf(head(body, 20000));
    for (const text of body) {
      tickDeadline();
      speakers.learn(text);
    }
    for (const text of body) {
      tickDeadline();
      speakers.learnTitled(text);
    }
    const uncased = new UncasedSpeakers();
    for (const text of body) {
      tickDeadline();
      uncased.learn(text);
    }
    // The authors last: a co-author quoted by first name ("says Rosa") is the byline's Rosa Tarrant.
    const byline = file.data.byline;
    for (const text of [...(byline?.authors ?? []), ...(byline?.lines ?? []).map((l) => l.text)]) speakers.learn(text);

    // The speaker of the last quotation of the paragraph before, if it had one.
    let carried: string | null = null;
    // The paragraph before is a question (an interviewer's), quoting nobody.
    let asked = false;
    for (const node of tree.children) {
      const data = node.data as BlockData | undefined;
      if (node.type === 'blockquote' && data?.pull) {
        // A credit by surname alone ("…,” Achterberg says) is the full name the story gives.
        const speaker = data.speaker ?? (data.attribution ? speakers.resolve(data.attribution, 0, []) : null);
        found.push({ node, quote: { text: blockText(node), speaker, ...creditParts(data.attribution ?? '', speaker), kind: 'pull' } });
        continue;
      }
      if (!isBody(node) || node.type !== 'paragraph') {
        // A question may stand as a heading of its own.
        if (isBody(node)) [carried, asked] = [null, /\?\s*$/.test(blockText(node))];
        continue;
      }
      const text = blockText(node);
      const inBlock: InBlock[] = isUncased(text) ? uncased.quotes(text, carried) : paragraphQuotes(text, speakers, carried);
      // The answer to a question of an interview: a quotation nobody is said to speak is the interviewee's.
      if (asked) for (const q of inBlock) if (!q.attributed && !q.quote.speaker) q.quote.speaker = speakers.lastSpeaker;
      asked = inBlock.length === 0 && /\?\s*$/.test(text);
      carried = inBlock.at(-1)?.quote.speaker ?? null;
      for (const q of inBlock) {
        const { speaker, role, credentials } = q.quote;
        if (speaker && (role || credentials) && !roles.has(speaker)) roles.set(speaker, { role, credentials });
        if (!isScareQuote(q, minWords)) found.push({ node, quote: q.quote });
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
