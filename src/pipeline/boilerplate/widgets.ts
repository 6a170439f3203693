/**
 * Page widgets told by their form in any language: a rating widget (a run of stars, with
 * an average and a count, or empty stars to click), a gallery's "N of M" counter, a pager
 * between single arrows ("‹ Previous · Next ›"), and a prompt after the story that points
 * to a social network or an app store. None needs a word of the page's language.
 */
import type { Evidence } from '../evidence/index.js';
import type { Signal } from './signals.js';
import { appStores, furniture, networks, phraseSet } from '../../lang/vocabulary.js';

const STARS = /[★☆✩✪✫✬✭✮✯✰⭐]{3,}/u;

/** "★★★★☆ 4,6 (212 valoracions)", "Rate this recipe: ☆☆☆☆☆": a rating widget, not a review's verdict in words. */
export function ratingWidget(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  const stars = STARS.exec(text)?.[0];
  if (!stars || words > 10 || /[.!?]$/u.test(text)) return null;
  // Only empty stars: a control to click. Stars, an average with decimals and a count in brackets: the page's tally.
  const control = /^[☆✩]+$/u.test(stars);
  const tally = /\d[.,]\d/u.test(text) && /\(\s?\d[\d.,]*\s?\p{L}*\s?\)/u.test(text);
  // "Értékelés: ★★★★☆": a label and the stars, nothing more.
  const labelled = /^[^:]{1,30}:\s*$/u.test(text.replace(STARS, '').trimEnd());
  if (!control && !tally && !labelled) return null;
  return { name: 'rating-widget', kind: 'other', strength: 0.85, decisive: true, why: control ? 'empty stars to rate with' : 'stars, an average and a count of ratings' };
}

/** "Fotografia 2 de 3", "Bild 1 von 12", "Photo 4 of 9": one word, then N, a short word and M ≥ N. */
export function galleryCounter(ev: Evidence): Signal | null {
  const m = /^\p{L}+\.?\s+(\d{1,3})\s+\p{L}{1,4}\s+(\d{1,3})$/u.exec(ev.form.text);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) return null;
  return { name: 'gallery-counter', kind: 'navigation', strength: 0.85, decisive: true, why: 'a gallery or page counter ("N of M")' };
}

/**
 * "‹ Anterior · Ver galeria · Seguinte ›", "← Older posts | Newer posts →": a pager between single
 * arrows; "‹ Back to all news", "View product →": a link button, one arrow at the start or the end.
 */
export function pager(ev: Evidence): Signal | null {
  const { text, words, prose } = ev.form;
  const opens = /^[‹←◀◄]/u.test(text);
  const closes = /[›→▶►]$/u.test(text);
  if (words <= 12 && opens && closes) return { name: 'pager', kind: 'navigation', strength: 0.85, decisive: true, why: 'a pager between single arrows' };
  if (words > 8 || prose || !(opens || closes)) return null;
  return { name: 'link-button', kind: 'navigation', strength: 0.8, decisive: ev.templateRepeats > 0, why: 'a link button: a few words and an arrow' };
}

/** "Var denne siden nyttig? Ja / Nei", "Was this helpful? Yes | No": a question and two one-word answers to click. */
export function feedbackWidget(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  if (words > 12 || !/[?？]\s*[\p{L}\p{M}]{1,12}\s*[/|·]\s*[\p{L}\p{M}]{1,12}$/u.test(text)) return null;
  return { name: 'feedback-widget', kind: 'other', strength: 0.85, decisive: true, why: 'a question and two one-word answers to click' };
}

let names: Set<string> | null = null;
/** "Follow us on Facebook and Instagram: @handle", "ดูคลิปข่าวเต็มได้ที่ YouTube": after the story, a short line pointing to a network. */
export function networkPrompt(ev: Evidence): Signal | null {
  const { text, words, prose } = ev.form;
  if (ev.region !== 'tail' || words > 16 || prose) return null;
  // A network's name written as a name (capitalised, four letters or more: not "x", "line" or "mail" as words).
  names ??= new Set(networks().filter((n) => n.length >= 4));
  const named = (text.match(/\p{Lu}[\p{L}-]{3,}/gu) ?? []).some((w) => names!.has(w.toLowerCase()));
  if (!named) return null;
  return { name: 'network-prompt', kind: 'promo', strength: 0.75, why: 'a short line after the story that points to a social network' };
}

/** "📲 Tải ứng dụng … trên App Store và Google Play …": outside the story (or led by a pictograph), a line naming an app store. */
export function appPrompt(ev: Evidence): Signal | null {
  const { text, words, symbolLead } = ev.form;
  if (words > 30 || (ev.region === 'body' && !symbolLead) || !phraseSet('appStores', appStores).any(text)) return null;
  return { name: 'app-prompt', kind: 'promo', strength: 0.85, sentence: true, why: 'a prompt to get the app from an app store' };
}

const COMMENTS = () => phraseSet('comments', () => furniture('comments'));
const COUNTERS = () => phraseSet('counters', () => furniture('counters'));

/** "Join the conversation: 27 comments", "Diskuse: 14 komentářů": a label, then a count of comments or views. */
export function labelledCounter(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  const value = words <= 8 ? /^[^:]{1,40}:\s*(\S.*)$/u.exec(text)?.[1] : undefined;
  if (value === undefined) return null;
  // The word is one that counts comments or views (data): "Weight: 210 g" is a spec, not a counter.
  if (!/^\d[\d.,]*\s?[kKmM]?\s+\p{L}+$/u.test(value) || !(COMMENTS().any(value) || COUNTERS().any(value))) return null;
  return { name: 'labelled-counter', kind: 'navigation', strength: 0.8, why: 'a label, then a count of comments or views' };
}

/**
 * "¹ Source: county figures": a short note opened by its superscript mark. A footnote that is
 * a sentence of prose ("¹ I asked for the full figures …") is the author's own text and stays.
 */
export function footnote(ev: Evidence): Signal | null {
  if (!/^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s/u.test(ev.form.text) || ev.form.prose) return null;
  return { name: 'footnote', kind: 'other', strength: 0.8, why: 'a short footnote' };
}

export function widgetSignals(ev: Evidence): (Signal | null)[] {
  return [ratingWidget(ev), galleryCounter(ev), pager(ev), feedbackWidget(ev), networkPrompt(ev), appPrompt(ev), labelledCounter(ev), footnote(ev)];
}
