/**
 * Boilerplate rules. Each says, from a line's form and vocabulary, what kind of page
 * furniture it is. They look for the *shape* of furniture (a label and a colon, a lone
 * call to action, a credit formula, a list of share targets), never for example strings.
 * Rules that are only safe outside the story (credits, addresses, link lists) are marked
 * `tailOnly`: they apply after the last paragraph of prose.
 */
import type { BoilerplateKind } from '../../types.js';

export interface RuleContext {
  /** The block's text, whitespace collapsed. */
  text: string;
  /** Share of the block's content words found elsewhere in the story (0–1); computed on first read. */
  readonly storyOverlap: number;
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


// Labels that introduce a pointer to other content ("RELATED: …", "Don't miss: …").
const PROMO_LABEL =
  /^(?:also (?:on|in|from) [^:]{1,30}|more (?:\S+ ){0,2}(?:recipes|stories|salads|reads|news|coverage|podcasts|videos|episodes|guides|reviews)|related(?: (?:stories|articles|coverage|reading|content|video|post))?|read (?:also|next|this(?: next)?|more)|see more|also read|see also|more(?: from [^:]{1,40}| on this story| news| stories)?|don[’']?t miss|must[- ]read|recommended(?: reading)?|trending(?: now)?|watch(?: now)?|video|listen|editor[’']?s (?:pick|note: see)|up next|popular(?: now)?|most read|top stories|you (?:may|might) also like|previously|further reading|in other news)\s*[:|›»>-]/i;
// Labels of commercial offers.
const AD_LABEL = /^(?:advertisement|ad|deal alert|deal of the day|today[’']?s deal|sponsored(?: content| post| by)?|advertorial|paid (?:post|content|partnership)|promoted|shop(?: now| the [a-z]+)?|sale|offer|partner content|presented by)\s*[:|›»·-]/i;
// "Advertisement", "- Advertisement -", "Advertisement - Continue Reading Below".
const AD_MARKER = /^[\s\p{P}]*(?:advertisement|advertising|ad|sponsored(?: content)?|promoted content|paid content)(?:[\s\p{P}]+(?:continue reading below|story continues below|article continues below|scroll to continue))?[\s\p{P}]*$/iu;
// Layout markers left where a widget was: "Story continues below".
const LAYOUT_MARKER = /^[\s\p{P}]*(?:story|article|text) continues (?:below|after (?:the )?(?:ad|advertisement))|continue reading below|scroll to continue(?: with content)?|^for immediate release[\s\p{P}]*$/iu;
// Commerce vocabulary: prices, discounts and shop words.
const COMMERCE =
  /(?:\b(?:sale|sales event|deals?|shop|shopping|save|savings|discount(?:s|ed)?|coupon|promo code|use code|clearance|free shipping|free returns|free trial|buy now|buy \d|order now|limited[- ]time|today only|bestsell(?:er|ers|ing)|gift guide|black friday|cyber monday|outlet|markdowns?|bogo)\b|\bget \d+ (?:free|months?)\b|\b\d+-(?:night|day) trial\b|\d+\s?% off\b|[$£€]\s?\d)/i;
// Words of commerce that say nothing about a story: a price alone does not make an ad.
const COMMERCE_WORDS =
  /\b(?:sale|deals?|shop|shopping|save|savings|discount(?:s|ed)?|coupon|promo code|use code|clearance|free shipping|free returns|free trial|buy|order now|limited[- ]time|offer|today only|bestsell(?:er|ers|ing)|gift guide|black friday|cyber monday|outlet|markdowns?|bogo|trial|snag|grab|shop now)\b|\bget \d+ (?:free|months?)\b|\d+\s?% off\b|\b(?:holiday|anniversary|clearance|summer|winter|spring|autumn|fall|black friday) (?:event|sale|sales event)\b/i;
// Offers so specific that even an ad for something the story mentions gives itself away.
const STRONG_OFFER =
  /\b(?:now|only|just|was|for)\s+(?:just |only )?[$£€]\s?\d|\b(?:buy|book|order) (?:\S+ ){0,3}get (?:\S+ ){0,3}free\b|\b\d+(?:\.\d+)?\s?% (?:off|finance|financing|apr|cash ?back)\b|\bbuy one,? get one\b|\bfree shipping\b|\bsave (?:up to )?[$£€]?\d|\bpromo code\b|\b(?:use|with) code\b/i;

const SHARE_WORDS = new Set(
  'share send this on via the article story facebook twitter x email e-mail linkedin pinterest whatsapp reddit copy link print tweet flipboard messenger sms tumblr telegram pocket save comment comments mail bluesky mastodon threads instagram tiktok youtube text message messages'.split(
    ' ',
  ),
);
const NETWORKS = /\b(?:facebook|twitter|linkedin|pinterest|whatsapp|reddit|email|e-mail|flipboard|tumblr|telegram|bluesky|mastodon|threads)\b/i;

// Buttons under a post: "Flip · Like · Comment", "Like | Reply | Share".
const ACTIONS = new Set('share like comment comments flip save reply repost retweet bookmark follow print email tweet react recommend clap send'.split(' '));

function isActionBar(t: string): boolean {
  const items = t.split(/\s*[·|•]\s*/).map((x) => x.trim().toLowerCase());
  return items.length >= 2 && items.every((x) => ACTIONS.has(x));
}

function isShareLine(t: string): boolean {
  if (t.length <= 80 && isActionBar(t)) return true;
  if (t.length > 120 || !/share|facebook|twitter|linkedin|e-?mail|whatsapp|pinterest|reddit|tweet|print|bluesky|mastodon/i.test(t)) return false;
  const tokens = t.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 12) return false;
  const known = tokens.filter((w) => SHARE_WORDS.has(w)).length;
  return known / tokens.length >= 0.8 && (NETWORKS.test(t) || /^share\b/i.test(t));
}

// A street address ending in a US ZIP, a Canadian or a UK postcode.
const STREET = /\b\d{1,6}\s+[\p{L}0-9 .'-]+?\b(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|way|place|pl|plaza|court|ct|parkway|pkwy|highway|hwy|suite|floor|unit)\b/iu;
const POSTCODE = /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;
const isAddress = (text: string) => STREET.test(text) && POSTCODE.test(text);
const ADDRESS_TAIL = /^[\p{L} .'-]+,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$/u; // "Bend, IA 50000"

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
      (/\b(?:view|read|open)\b.*\b(?:in|on) (?:your|a|the) (?:web )?browser\b/i.test(text) ||
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
        /^(?:open|view|read|continue) (?:this )?(?:in|on) (?:the |our )?(?:app|\p{Lu}[\p{L}]+)$/iu.test(text) ||
        /^(?:reuse|republish|license|print|report) this (?:content|article|story|page)$/i.test(text) ||
        /^(?:previous|next) (?:article|post|story|page)\b/i.test(text) ||
        /^(?:back to top|skip to (?:main )?content|home\s*[›»>/|])/i.test(text) ||
        /^(?:posted|shared|cross-?posted) (?:in|to) [#@r]\/?\S+$/i.test(text) ||
        /^\+?\s*follow$/i.test(text) ||
        /^(?:[\d,.]+k?\s+(?:reactions?|likes?|comments?|replies|reposts?|shares?|views?|retweets?|claps?)\s*[·|•]?\s*)+$/i.test(text) ||
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
        /\b(?:sign up|subscribe|register)\b.*\b(?:newsletter|briefing|digest|updates|alerts|inbox|here|now|today|free)\b/i.test(text) ||
        /\b(?:newsletter|briefing|digest)\b.*\b(?:sign up|subscribe|delivered|inbox)\b/i.test(text)),
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
      /^follow\b.{0,60}\b(?:on|at|via) (?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads|mastodon|bluesky|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram)\.com)\b/i.test(text),
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
    test: ({ text }) => /^<?(?:https?:\/\/|www\.)\S+>?$/i.test(text),
  },
  {
    name: 'legal',
    kind: 'legal',
    test: ({ text, words }) =>
      words <= 40 &&
      (/(?:©|\(c\)\s*\d{4}|\bcopyright\b)/i.test(text) ||
        /\ball rights reserved\b/i.test(text) ||
        /^our (?:mailing|postal) address is\b/i.test(text) ||
        /\b(?:we|site) may (?:earn|receive|collect) (?:a )?(?:small )?(?:commission|share of sales)\b/i.test(text) ||
        /\b(?:contains|may contain) affiliate links?\b/i.test(text) ||
        /^(?:disclaimer|disclosure)\s*:/i.test(text)),
  },
  {
    name: 'media-credit',
    kind: 'other',
    test: ({ text, words }) =>
      words <= 20 &&
      (/^\(?(?:graphic|graphics|photo|photos|image|images|video|illustration|picture|chart|map|photograph)(?: credit)?s?\s*:.*\)?$/i.test(text) ||
        /^\((?:graphic|photo|video|chart|map)s?\b.*\)$/i.test(text) ||
        /^(?:photo|image|illustration)s? (?:by|courtesy(?: of)?)\b/i.test(text) ||
        /\b(?:getty images|shutterstock|istock(?:photo)?|ap photo)\b/i.test(text)),
  },
  { name: 'rule-line', kind: 'other', test: ({ text }) => /^(?:[-*_=~#•·]\s*){3,}$/u.test(text) },
  {
    name: 'commerce-line',
    kind: 'ad',
    // A short, stand-alone offer that says nothing about the story: an inserted ad.
    test: ({ text, storyOverlap, words, listItem }) =>
      words <= 16 &&
      !listItem &&
      !/[.:;,]["”’)]*$/.test(text) &&
      (COMMERCE.test(text) || COMMERCE_WORDS.test(text) || STRONG_OFFER.test(text)) &&
      (STRONG_OFFER.test(text) ? storyOverlap < 0.75 : COMMERCE_WORDS.test(text) ? storyOverlap < 0.34 : storyOverlap === 0),
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
    test: ({ text, words }) => words <= 8 && /^(?:[Vv]ia|VIA|[Ss]ource|SOURCE|[Ff]rom|FROM)\s*:?\s+\p{Lu}/u.test(text) && !/[.!?]$/.test(text),
  },
  {
    name: 'mailing-address',
    kind: 'legal',
    tailOnly: true,
    test: ({ text, words }) => words <= 25 && (isAddress(text) || ADDRESS_TAIL.test(text)),
  },
];

/** Headers of link lists ("Story Timeline", "Related stories"): the short lines after them are links. */
export const LINK_LIST_HEADER =
  /^(?:story timeline|topics|tags|categories|related topics|more on this story|related(?: stories| articles| coverage| links| posts| reading)?|more (?:stories|from [\p{L} .&'-]{1,40}|on this (?:story|topic)|in [\p{L} ]{1,30})|you (?:may|might) also (?:like|enjoy)|recommended(?: for you| stories)?|read next|trending(?: now| stories)?|most (?:read|popular)|popular (?:stories|posts)|elsewhere|around the web|about this rating|see also)\s*:?$/iu;
