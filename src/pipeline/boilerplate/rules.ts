/**
 * Boilerplate rules. Each says, from a line's form and vocabulary, what kind of page
 * furniture it is. They look for the *shape* of furniture (a label and a colon, a lone
 * call to action, a credit formula, a list of share targets), never for example strings.
 * Rules that are only safe outside the story (credits, addresses, link lists) are marked
 * `tailOnly`: they apply after the last paragraph of prose.
 */
import type { BoilerplateKind } from '../../types.js';
import {
  PROMO_LABEL,
  AD_LABEL,
  AD_MARKER,
  LAYOUT_MARKER,
  isShareLine,
} from './english-formulas.js';
import { COMMERCE_AND_TAIL_RULES } from './rules-tail.js';
import { unquoted } from './unquoted.js';
import { isProse } from '../../text/words.js';

export interface RuleContext {
  /** The block's text, whitespace collapsed. */
  text: string;
  /** Share of the block's content words found elsewhere in the story (0–1); computed on first read. */
  readonly storyOverlap: number;
  /** The same over its lower-case words, when it has two or more: what the line is about. */
  readonly topicalOverlap: number;
  /** How many blocks of the document hold the word: a word of the story's topic stands in many. */
  blocksWith(word: string): number;
  /** Number of words in the block. */
  words: number;
  /** Stands in a run of lines of the same form (a list), as no inserted ad does. */
  listItem: boolean;
}

export interface Rule {
  name: string;
  kind: BoilerplateKind;
  tailOnly?: boolean;
  test(ctx: RuleContext): boolean;
}



/**
 * A copyright or disclosure notice, not a sentence about one: the word "copyright" counts
 * in its notice forms ("Copyright 2026 …", "Copyright © …", a short "Copyright Kurier") or in a
 * line the story shares little with, not in "the café lost its copyright case".
 */
function isLegalNotice(text: string, ctx: RuleContext): boolean {
  return (
    /©|\(c\)\s*\d{4}/i.test(text) ||
    /\bcopyright\s*(?:©|\(c\)|\d{4}|:)/i.test(text) ||
    (/^copyright\b/i.test(text) && !isProse(text)) ||
    // "Copyright remains with the original publisher.": the word in a line the story shares little with,
    // in a story not about copyright (where the word stands in three blocks or more).
    (/\bcopyright\b/i.test(text) && ctx.blocksWith('copyright') < 3 && ctx.topicalOverlap < 0.34) ||
    /\ball rights reserved\b/i.test(text) ||
    /^our (?:mailing|postal) address is\b/i.test(text) ||
    /\b(?:we|site) may (?:earn|receive|collect) (?:a )?(?:small )?(?:commission|share of sales)\b/i.test(text) ||
    /\b(?:contains|may contain) affiliate links?\b/i.test(text) ||
    /^(?:disclaimer|disclosure)\s*:/i.test(text)
  );
}

export const RULES: Rule[] = [
  { name: 'ad-marker', kind: 'ad', test: ({ text }) => AD_MARKER.test(text) },
  { name: 'layout-marker', kind: 'other', test: ({ text, words }) => words <= 8 && LAYOUT_MARKER.test(text) },
  {
    name: 'page-marker',
    kind: 'other',
    test: ({ text, words }) => words <= 6 && /^(?:item|page|story|article|part|slide|photo|image|continued on page|continued from page)\s*\d+(?:\s*(?:of|\/)\s*\d+)?$/i.test(text),
  },
  {
    name: 'tool-signature',
    kind: 'other',
    // "Exported by Quillfeed Reader 3.2 · …": the program that made the dump.
    test: ({ text, words }) => words <= 12 && /^(?:exported|generated|converted|created|clipped|archived) (?:by|with|from|using) \S/i.test(text),
  },
  {
    name: 'device-signature',
    kind: 'other',
    test: ({ text, words }) => words <= 6 && /^sent from my \S/i.test(text),
  },
  {
    name: 'shared-from',
    kind: 'attribution',
    test: ({ text, words }) => words <= 8 && /^(?:[Ss]hared|[Cc]lipped|[Ss]aved|[Ss]ent) (?:from|via|with) (?:the )?\p{Lu}/u.test(text) && !/[.!?]$/.test(text),
  },
  {
    name: 'mail-header',
    kind: 'other',
    // Headers of a forwarded e-mail alert; its date ("Sent:") and subject are left to the byline and headline.
    test: ({ text, words }) => words <= 20 && /^(?:from|to|cc|reply-to|forwarded by)\s*:\s+\S/i.test(text),
  },
  {
    name: 'contact-line',
    kind: 'other',
    test: ({ text, words }) => words <= 25 && /^(?:media|press|investor) (?:contacts?|inquiries|enquiries)\s*:/i.test(text),
  },
  { name: 'ad-label', kind: 'ad', test: ({ text, words }) => words <= 20 && AD_LABEL.test(text) },
  {
    name: 'sponsor-read',
    kind: 'ad',
    // "This episode is sponsored by X. Get 20% off …": a sponsor's message inside the page.
    test: ({ text, words }) => words <= 35 && /^(?:this|today['’]s) (?:episode|newsletter|issue|post|article|story|show|video|edition) (?:is|was) (?:sponsored|brought to you|supported|presented|made possible) by\b/i.test(text),
  },
  {
    name: 'sponsor-line',
    kind: 'ad',
    test: ({ text, words }) => words <= 10 && /^(?:sponsored|presented|brought to you|powered|paid for|underwritten) by\b/i.test(text) && !/[.!?]$/.test(text),
  },
  { name: 'share-buttons', kind: 'share', test: ({ text }) => isShareLine(text) },
  {
    name: 'view-in-browser',
    kind: 'navigation',
    test: ({ text, words }) =>
      words <= 14 &&
      (/\b(?:view|read|open)\b.+\b(?:in|on) (?:your|a|the) (?:web )?browser\b/i.test(text) ||
        /^(?:view|read|open) (?:this|it|the) (?:e-?mail|newsletter|message|issue|post|story)? ?(?:online|on the web)\b/i.test(text)),
  },
  {
    name: 'navigation-label',
    kind: 'navigation',
    test: ({ text, words }) =>
      words <= 14 &&
      (/^(?:filed|posted|published) (?:under|in)\s*:/i.test(text) ||
        /^(?:tags?|topics?|categories|category|sections?)\s*:/i.test(text) ||
        /^\d+\s+(?:comments?|replies|responses)\b/i.test(text) ||
        /^(?:leave|add|post|view|show|read|write) (?:a |the |all |your )?(?:\d+ )?(?:comments?|repl(?:y|ies)|responses?)\b/i.test(text) ||
        /^(?:open|view|read|continue) (?:this )?(?:in|on) (?:the |our )?\p{Lu}\p{L}+$/iu.test(text) ||
        /^(?:reuse|republish|license|print|report) this (?:content|article|story|page)$/i.test(text) ||
        /^(?:previous|next) (?:article|post|story|page)\b/i.test(text) ||
        /^(?:back to top|skip to (?:main )?content|home\s*[›»>/|])/i.test(text) ||
        /^(?:posted|shared|cross-?posted) (?:in|to) [#@r]\S+$/i.test(text) ||
        /^\+?\s*follow$/i.test(text) ||
        /^(?:[\d,.]+k?\s+(?:reactions?|likes?|comments?|replies|reposts?|shares?|views?|retweets?|claps?)\s*(?:[·|•]\s*)?)+$/i.test(text) ||
        /^more (?:articles|stories|posts|columns|work) (?:by|from) \S/i.test(text) ||
        /^(?:view|open) (?:thread|conversation|replies)$/i.test(text)),
  },
  {
    name: 'subscription',
    kind: 'subscription',
    test: ({ text, words }) =>
      words <= 30 &&
      (/\b(?:unsubscribe|opted in|opt[- ]out|update (?:your )?preferences|manage (?:your )?(?:subscription|preferences|email)|email preferences)\b/i.test(text) ||
        /\b(?:you are|you're|you’re) (?:receiving|getting) this\b/i.test(text) ||
        /^never miss (?:a|an|another|the|our)\b/i.test(text) ||
        /\bjoin [\d,.]+k? (?:\S+ ){0,3}(?:readers|subscribers|cooks|members|people|others|fans)\b/i.test(text) ||
        /^forwarded this (?:e-?mail|newsletter)\b/i.test(text) ||
        /\b(?:you[’']re|you are) on the free list\b/i.test(text) ||
        /\b(?:become|upgrade to|join as) a (?:paid )?(?:subscriber|member|supporter|patron)\b/i.test(text) ||
        /^(?:support|donate to|contribute to) .{1,60}\b(?:from as little as|today|now|[$£€]\s?\d)/i.test(text) ||
        /\b(?:sign up|subscribe|register)\b.+\b(?:newsletter|briefing|digest|updates|alerts|inbox|here|now|today|free)\b/i.test(text) ||
        /\b(?:newsletter|briefing|digest)\b.+\b(?:sign up|subscribe|delivered|inbox)\b/i.test(text)),
  },
  {
    name: 'read-more',
    kind: 'read-more',
    test: ({ text, words }) =>
      words <= 12 &&
      /^(?:continue reading|read (?:more|the (?:full|original|rest of the|entire) (?:article|story|post|piece)|full (?:article|story))|keep reading|full (?:story|article)|read on|more at|(?:read|view|see) (?:this|the) (?:full )?(?:story|article|post|piece) (?:on|at))\b/i.test(
        text,
      ),
  },
  { name: 'promo-label', kind: 'promo', test: ({ text, words }) => words <= 30 && PROMO_LABEL.test(text) },
  {
    name: 'listen-on',
    kind: 'promo',
    test: ({ text, words }) => words <= 14 && /^(?:[Ll]isten|[Ww]atch|[Ss]tream|[Ss]ubscribe|[Aa]vailable) (?:on|in|via|with|now on)\s+\p{Lu}/u.test(text) && !/[.!?]$/.test(text),
  },
  {
    name: 'app-promo',
    kind: 'promo',
    test: ({ text, words }) => words <= 12 && /^(?:download|get|install|try) (?:our|the) (?:free )?(?:[\w-]+ )?app\b/i.test(text),
  },
  {
    name: 'social-follow',
    kind: 'promo',
    test: ({ text, words }) =>
      words <= 20 &&
      /^follow\b.{1,60}\b(?:on|at|via) (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|mastodon|bluesky|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram)\.com)\b/i.test(text),
  },
  {
    name: 'promo-pointer',
    kind: 'promo',
    // A sentence that sends the reader elsewhere: "check out …", "click here …", "follow us …".
    test: ({ text, words }) =>
      words <= 45 &&
      /\b(?:check out|click here|tap here|follow us|find us on|like us on|sign up|learn more|find out more|read our|see our|watch (?:the|our) (?:full )?video|subscribe to our)\b/i.test(text) &&
      /\b(?:you|your|you['’](?:re|ll|ve))\b|^(?:click|tap|follow|check|watch|see|read|learn|find)\b/i.test(text),
  },
  {
    name: 'credit-formula',
    kind: 'attribution',
    test: ({ text, words }) =>
      /^the post .+ appeared first on .+$/i.test(text) ||
      /\bwas originally published (?:in|on) .+ on medium\b/i.test(text) ||
      (words <= 25 && /^(?:[Ff]rom|[Tt]his (?:article|story|piece) (?:appears|appeared|is from)) (?:in )?the .{1,40}\b(?:issue|edition) of \p{Lu}/u.test(text)) ||
      /^\(?(?:additional )?(?:reporting|writing|editing|compiled|produced) by [^)]+\)?\.?$/i.test(text) ||
      (words <= 25 &&
        /^(?:(?:this|the) (?:article|story|post|piece|report|column) (?:was |is |has been )?(?:originally |first )?|originally |first )(?:published|appeared|posted|reprinted|republished|syndicated)\b.* (?:on|in|by|at|from|with permission)\b/i.test(text)),
  },
  {
    name: 'source-line',
    kind: 'attribution',
    test: ({ text }) => /^(?:source|via|originally at|original(?: article)?|canonical|link|url|permalink)\s*:\s*\S+$/i.test(text),
  },
  {
    // A bare link is a source line only outside the story: inside it, it may be what the story points to.
    name: 'link-line',
    kind: 'attribution',
    tailOnly: true,
    test: ({ text }) => /^<?(?:https?:\/\/|www\.)\S+$/i.test(text),
  },
  {
    name: 'legal',
    kind: 'legal',
    test: (ctx) => ctx.words <= 40 && isLegalNotice(unquoted(ctx.text), ctx),
  },
  {
    name: 'media-credit',
    kind: 'other',
    test: ({ text, words }) =>
      words <= 20 &&
      (/^\(?(?:graphic|graphics|photo|photos|image|images|video|illustration|picture|chart|map|photograph)(?: credit)?s?\s*:.*$/i.test(text) ||
        /^\((?:graphic|photo|video|chart|map)s?\b.*\)$/i.test(text) ||
        /^(?:photo|image|illustration)s? (?:by|courtesy(?: of)?)\b/i.test(text) ||
        /\b(?:getty images|shutterstock|istock(?:photo)?|ap photo)\b/i.test(text)),
  },
  // Rules of dashes, stars or box-drawing strokes.
  { name: 'rule-line', kind: 'other', test: ({ text }) => /^(?:[-*_=~#•·\u2500-\u257F]\s*){3,}$/u.test(text) },
  // "— 4 —", "- 12 -", "[ 7 ]": a page number set between marks, as page breaks leave them in extracted text.
  { name: 'page-number', kind: 'other', test: ({ text }) => /^[—–\-[(|]\s*\d{1,4}\s*[—–\-\])|]$/u.test(text) },
  ...COMMERCE_AND_TAIL_RULES,
];

/** Headers of link lists ("Story Timeline", "Related stories"): the short lines after them are links. */
export const LINK_LIST_HEADER =
  /^(?:story timeline|topics|tags|categories|related topics|more on this story|related(?: stories| articles| coverage| links| posts| reading)?|more (?:stories|from [\p{L} .&'-]{1,40}|on this (?:story|topic)|in [\p{L} ]{1,30})|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories)?|read next|trending(?: now| stories)?|most (?:read|popular)|popular (?:stories|posts)|elsewhere|around the web|about this rating|see also)\s*:?$/iu;
