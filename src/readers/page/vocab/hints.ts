/**
 * Words in class, id and role attributes that say what a part of a page is. Data, looked up
 * token by token (class "post-share-bar" → post, share, bar), never one big regex.
 *
 * decisive: furniture even when a content word stands beside it ("related-content").
 * weak:     furniture unless a content word stands beside it ("main-nav" is still nav by tag,
 *           but "content-sidebar" may be the article's wrapper).
 */
import type { BoilerplateKind } from '../../../types.js';

export const DECISIVE: Partial<Record<BoilerplateKind, string[]>> = {
  other: ['comment', 'comments', 'commentlist', 'disqus', 'replies', 'respond', 'discussion', 'offscreen', 'modal', 'popup', 'overlay', 'lightbox'],
  promo: ['related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'outbrain', 'taboola', 'trending', 'popular', 'mostread', 'mostpopular', 'morestories', 'readnext', 'upnext', 'teaser', 'teasers', 'promo', 'promos', 'promoted'],
  share: ['share', 'shares', 'sharing', 'sharebar', 'social', 'socials', 'addthis', 'sharethis', 'shareaholic'],
  ad: ['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp', 'gpt', 'sponsor', 'sponsored', 'sponsors', 'affiliate', 'commercial'],
  subscription: ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'paywall', 'registration', 'regwall'],
  legal: ['cookie', 'cookies', 'consent', 'gdpr', 'ccpa', 'copyright', 'disclaimer', 'legal'],
  navigation: ['breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'navbar', 'skiplink', 'skip'],
};

export const WEAK: Partial<Record<BoilerplateKind, string[]>> = {
  navigation: ['nav', 'navigation', 'menu', 'menus', 'footer', 'masthead', 'header', 'topbar', 'toolbar', 'tags', 'tagcloud', 'sitemap'],
  other: ['sidebar', 'widget', 'widgets', 'aside', 'extra', 'supplemental', 'shoutbox', 'combx', 'community', 'meta'],
};

/** Endings that a decisive word may be run together with ("relatedposts", "sharebuttons", "adbox"). */
export const COMPOUND_SUFFIXES = ['posts', 'post', 'stories', 'story', 'articles', 'links', 'box', 'bar', 'buttons', 'button', 'icons', 'tools', 'widget', 'container', 'wrapper', 'block', 'module', 'list', 'slot', 'unit', 'banner', 'section', 'area', 'panel'];

/** Words that mark the article itself. */
export const POSITIVE = ['article', 'articlebody', 'content', 'story', 'body', 'entry', 'post', 'text', 'main', 'prose', 'blog', 'hentry', 'page', 'column'];

/** Words that mark a byline. */
export const BYLINE = ['byline', 'author', 'authors', 'writtenby', 'dateline', 'contributor'];

/** Endings a byline word may be run together with ("authorname", "bylinebox", "authorinfo"). */
export const BYLINE_SUFFIXES = ['name', 'names', 'info', 'box', 'link', 'links', 'block', 'wrap', 'wrapper', 'details', 'container', 'bio', 'meta', 'line'];

/** Elements that are furniture by their tag alone. */
export const FURNITURE_TAGS: Record<string, BoilerplateKind> = {
  nav: 'navigation',
  menu: 'navigation',
  form: 'other',
  button: 'other',
  select: 'other',
  dialog: 'other',
  textarea: 'other',
  aside: 'other',
};

/** ARIA roles that are furniture. */
export const FURNITURE_ROLES: Record<string, BoilerplateKind> = {
  navigation: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  search: 'navigation',
  banner: 'navigation',
  contentinfo: 'navigation',
  complementary: 'other',
  dialog: 'other',
  alertdialog: 'other',
};
