/**
 * The rules that weigh commerce against the story (an inserted ad shares no words with
 * it), and those that are only safe after the story ends: credit sentences, source
 * trailers, mailing addresses.
 */
import type { Rule } from './rules.js';
import {
  COMMERCE,
  COMMERCE_WORDS,
  STRONG_OFFER,
  isAddress,
  ADDRESS_TAIL,
  POSTCODE,
} from './english-formulas.js';

export const COMMERCE_AND_TAIL_RULES: Rule[] = [
  {
    name: 'commerce-line',
    kind: 'ad',
    // A short, stand-alone offer that says nothing about the story: an inserted ad.
    // (storyOverlap is read last, not destructured: it is computed on first read.)
    test: (ctx) =>
      ctx.words <= 16 &&
      !ctx.listItem &&
      !/[.:;,]["”’)]*$/.test(ctx.text) &&
      (COMMERCE.test(ctx.text) || COMMERCE_WORDS.test(ctx.text) || STRONG_OFFER.test(ctx.text)) &&
      (STRONG_OFFER.test(ctx.text) ? ctx.storyOverlap < 0.75 : COMMERCE_WORDS.test(ctx.text) ? ctx.storyOverlap < 0.34 : ctx.storyOverlap === 0),
  },
  {
    name: 'commerce-imperative',
    kind: 'ad',
    // "Shop the look", "Buy now": a bare call to buy, too short to carry story words.
    test: ({ text, words }) => words <= 6 && !/[.:;,]["”’)]*$/.test(text) && /^(?:shop|buy|order|save|get \d+%)\b/i.test(text) && COMMERCE.test(text),
  },
  // --- only after the story ends ---
  {
    name: 'credit-sentence',
    kind: 'attribution',
    tailOnly: true,
    test: ({ text }) =>
      /\b(?:is|was) (?:written|produced|edited|syndicated|distributed) by\b/i.test(text) ||
      /\bcontact .{1,60} at (?:www\.|https?:|\S+@\S+)/i.test(text) ||
      /^(?:this|the) (?:article|story|post) (?:was|is) (?:adapted|excerpted|reproduced)\b/i.test(text),
  },
  {
    name: 'source-trailer',
    kind: 'attribution',
    tailOnly: true,
    // "via Grid Ledger", "SOURCE Northstar Grain Cooperative": where the text came from.
    test: ({ text, words }) => words <= 8 && /^(?:[Vv]ia|VIA|[Ss]ource|SOURCE|[Ff]rom|FROM)(?:\s*:)?\s+\p{Lu}/u.test(text) && !/[.!?]$/.test(text),
  },
  {
    name: 'mailing-address',
    kind: 'legal',
    tailOnly: true,
    // A postcode after two commas or more is an address whatever its street types ("7 Kelpie Close, Dunmere, Fife KY9 2LT").
    test: ({ text, words }) => words <= 25 && (isAddress(text) || ADDRESS_TAIL.test(text) || (POSTCODE.test(text) && (text.match(/,/g) ?? []).length >= 2)),
  },
];
