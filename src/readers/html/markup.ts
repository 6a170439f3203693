/**
 * Furniture known by its markup: the element, its class/id/role/style, and where its
 * links go. Class and host vocabularies are data here, never matched against the text.
 */
import type { Element } from 'domhandler';
import type { BoilerplateKind } from '../../types.js';

const BY_TAG: Record<string, BoilerplateKind> = {
  nav: 'navigation',
  aside: 'promo',
  footer: 'other',
  form: 'subscription',
  button: 'share',
  select: 'other',
  noscript: 'other',
  dialog: 'other',
};

/** Class/id tokens (split at - and _ as well) → the kind of furniture they mark. */
const BY_TOKEN: [RegExp, BoilerplateKind][] = [
  [/^(?:share|sharing|sharedaddy|social|feedflare|addtoany|a2a|sociable|shareaholic|sharethis)$/, 'share'],
  [/^(?:related|yarpp|relatedposts|recommended|recirculation|outbrain|taboola)$/, 'promo'],
  [/^(?:ad|ads|advert|advertisement|adsense|dfp|sponsor|sponsored|promo)$/, 'ad'],
  [/^(?:newsletter|subscribe|subscription|signup|paywall)$/, 'subscription'],
  [/^(?:button|btn|cta)$/, 'promo'],
  [/^(?:breadcrumb|breadcrumbs|menu|navbar|pagination|skip)$/, 'navigation'],
  [/^(?:comments|disqus|respond)$/, 'other'],
  // Forum post furniture: signatures, post statistics.
  [/^(?:signature|signatures|sig|postsig|signaturecontainer|postbit|poststats)$/, 'other'],
  // Post furniture of blog engines and aggregators: tag and category lines, post footers, planet credits.
  [/^(?:tags|categories|postmetadata|postmeta|utility|footer)$/, 'navigation'],
  [/^(?:syndicated|syndication|planet)$/, 'attribution'],
  [/^(?:readmore|moretag)$/, 'read-more'],
  [/^(?:copyright|license)$/, 'legal'],
];

const BY_ROLE: Record<string, BoilerplateKind> = { navigation: 'navigation', banner: 'other', contentinfo: 'other', complementary: 'promo', search: 'navigation' };

/** Hosts and paths of share, feedflare and ad links. */
export const SHARE_LINK = /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:feeds\.feedburner\.com\/~(?:ff|a|r)\/|facebook\.com\/(?:sharer|share)|twitter\.com\/(?:intent|share|home\?status)|x\.com\/intent|linkedin\.com\/(?:share|sharearticle)|pinterest\.com\/pin\/create|reddit\.com\/submit|tumblr\.com\/share|api\.whatsapp\.com\/send|wa\.me\/\?|t\.me\/share|addtoany\.com|getpocket\.com\/save|digg\.com\/submit|del\.icio\.us\/post|plus\.google\.com\/share)|^mailto:\?/i;
export const AD_LINK = /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:doubleclick\.net|googlesyndication\.com|googleadservices\.com|adclick\.|ads\.|pheedo\.com|feedsportal\.com\/r|rss\.buysellads\.com|srv\.buysellads\.com)/i;
/** Links to a tag or category page, or marked rel=tag. */
export const TAG_LINK = /\/(?:tags?|category|categories|topics?|labels?|search\/label)\//i;

function hidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(a.style ?? '');
}

/** The furniture kind the element itself proves, or undefined. */
export function markupKind(el: Element): BoilerplateKind | undefined {
  const tag = el.name.toLowerCase();
  if (BY_TAG[tag]) return BY_TAG[tag];
  if (hidden(el)) return 'other';
  const role = el.attribs.role?.toLowerCase();
  if (role && BY_ROLE[role]) return BY_ROLE[role];
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
  if (!names.trim()) return undefined;
  for (const token of names.split(/[\s_-]+/)) {
    for (const [re, kind] of BY_TOKEN) if (re.test(token)) return kind;
  }
  return undefined;
}

/** The kind a link proves by where it goes (share buttons, feedflare, ad servers). */
export function linkKind(href: string | undefined): BoilerplateKind | undefined {
  if (!href) return undefined;
  if (SHARE_LINK.test(href)) return 'share';
  if (AD_LINK.test(href)) return 'ad';
  return undefined;
}
