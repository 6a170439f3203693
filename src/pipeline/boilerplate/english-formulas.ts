/**
 * English formulas of the first rule set, as regexes of their shape (a label and a colon,
 * an offer, a share bar, an address). The formulas of every other language, and the
 * newer English ones, live as data in src/lang/<code>/furniture.json and are weighed in
 * signals.ts; these stay as written because the dev corpus was fitted to them and each
 * is a shape more than a word list.
 */
// Labels that introduce a pointer to other content ("RELATED: …", "Don't miss: …").
export const PROMO_LABEL =
  /^(?:also (?:on|in|from) [^:]{1,30}|more (?:\S+ ){0,2}(?:recipes|stories|salads|reads|news|coverage|podcasts|videos|episodes|guides|reviews)|related(?: (?:stories|articles|coverage|reading|content|video|post))?|read (?:also|next|this(?: next)?|more)|see more|also read|see also|more(?: from [^:]{1,40}| on this story| news| stories)?|don[’']?t miss|must[- ]read|recommended(?: reading)?|trending(?: now)?|watch(?: now)?|video|listen|editor[’']?s (?:pick|note: see)|up next|popular(?: now)?|most read|top stories|you (?:may|might) also like|previously|further reading|in other news)\s*[:|›»>-]/i;
// Labels of commercial offers.
export const AD_LABEL = /^(?:advertisement|ad|deal alert|deal of the day|today[’']?s deal|sponsored(?: content| post| by)?|advertorial|paid (?:post|content|partnership)|promoted|shop(?: now| the [a-z]+)?|sale|offer|partner content|presented by)\s*[:|›»·-]/i;
// "Advertisement", "- Advertisement -", "Advertisement - Continue Reading Below".
export const AD_MARKER = /^[\s\p{P}]*(?:advertisement|advertising|ad|sponsored(?: content)?|promoted content|paid content)(?:[\s\p{P}]+(?:continue reading below|story continues below|article continues below|scroll to continue))?[\s\p{P}]*$/iu;
// Layout markers left where a widget was: "Story continues below".
export const LAYOUT_MARKER = /^[\s\p{P}]*(?:story|article|text) continues (?:below|after (?:the )?(?:ad|advertisement))|continue reading below|scroll to continue(?: with content)?|^for immediate release[\s\p{P}]*$/iu;
// Commerce vocabulary: prices, discounts and shop words.
export const COMMERCE =
  /(?:\b(?:sale|sales event|deals?|shop|shopping|save|savings|discount(?:s|ed)?|coupon|promo code|use code|clearance|free shipping|free returns|free trial|buy now|buy \d|order now|limited[- ]time|today only|bestsell(?:er|ers|ing)|gift guide|black friday|cyber monday|outlet|markdowns?|bogo)\b|\bget \d+ (?:free|months?)\b|\b\d+-(?:night|day) trial\b|\d+\s?% off\b|[$£€]\s?\d)/i;
// Words of commerce that say nothing about a story: a price alone does not make an ad.
export const COMMERCE_WORDS =
  /\b(?:sale|deals?|shop|shopping|save|savings|discount(?:s|ed)?|coupon|promo code|use code|clearance|free shipping|free returns|free trial|buy|order now|limited[- ]time|offer|today only|bestsell(?:er|ers|ing)|gift guide|black friday|cyber monday|outlet|markdowns?|bogo|trial|snag|grab|shop now)\b|\bget \d+ (?:free|months?)\b|\d+\s?% off\b|\b(?:holiday|anniversary|clearance|summer|winter|spring|autumn|fall|black friday) (?:event|sale|sales event)\b/i;
// Offers so specific that even an ad for something the story mentions gives itself away.
export const STRONG_OFFER =
  /\b(?:now|only|just|was|for)\s+(?:just |only )?[$£€]\s?\d|\b(?:buy|book|order) (?:\S+ ){0,3}get (?:\S+ ){0,3}free\b|\b\d+(?:\.\d+)?\s?% (?:off|finance|financing|apr|cash ?back)\b|\bbuy one,? get one\b|\bfree shipping\b|\bsave (?:up to )?[$£€]?\d|\bpromo code\b|\b(?:use|with) code\b/i;

export const SHARE_WORDS = new Set(
  'share send this on via the article story facebook twitter x email e-mail linkedin pinterest whatsapp reddit copy link print tweet flipboard messenger sms tumblr telegram pocket save comment comments mail bluesky mastodon threads instagram tiktok youtube text message messages'.split(
    ' ',
  ),
);
export const NETWORKS = /\b(?:facebook|twitter|linkedin|pinterest|whatsapp|reddit|email|e-mail|flipboard|tumblr|telegram|bluesky|mastodon|threads)\b/i;

// Buttons under a post: "Flip · Like · Comment", "Like | Reply | Share".
export const ACTIONS = new Set('share like comment comments flip save reply repost retweet bookmark follow print email tweet react recommend clap send'.split(' '));

export function isActionBar(t: string): boolean {
  const items = t.split(/\s*[·|•]\s*/).map((x) => x.trim().toLowerCase());
  return items.length >= 2 && items.every((x) => ACTIONS.has(x));
}

export function isShareLine(t: string): boolean {
  if (t.length <= 80 && isActionBar(t)) return true;
  if (t.length > 120 || !/share|facebook|twitter|linkedin|e-?mail|whatsapp|pinterest|reddit|tweet|print|bluesky|mastodon/i.test(t)) return false;
  const tokens = t.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 12) return false;
  const known = tokens.filter((w) => SHARE_WORDS.has(w)).length;
  return known / tokens.length >= 0.8 && (NETWORKS.test(t) || /^share\b/i.test(t));
}

// A street address ending in a US ZIP, a Canadian or a UK postcode.
export const STREET = /\b\d{1,6}\s+[\p{L}0-9 .'-]+?\b(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|way|place|pl|plaza|court|ct|parkway|pkwy|highway|hwy|suite|floor|unit)\b/iu;
export const POSTCODE = /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;
export const isAddress = (text: string) => STREET.test(text) && POSTCODE.test(text);
export const ADDRESS_TAIL = /^[\p{L} .'-]+,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$/u; // "Bend, IA 50000"

