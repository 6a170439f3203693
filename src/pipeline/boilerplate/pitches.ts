/**
 * Furniture signals of the second kind: lines that speak to the reader or to the market
 * rather than about the story. A pitch to "you" naming a brand the story never mentions,
 * a sponsor's thanks, a follow prompt, a stock ticker, a hashtag disclosure, a counter of
 * comments in brackets, a tag line without its colon after the story. The words are
 * per-language data (src/lang/<code>/furniture.json); the rest is form and context.
 */
import { furniture, furnitureOf, networks, phraseSet } from '../../lang/vocabulary.js';
import { unquoted } from './unquoted.js';
import { wordsOf } from '../../lang/phrases.js';
import type { Evidence } from '../evidence/index.js';
import type { Signal } from './signals.js';
import { STRONG_OFFER } from './english-formulas.js';

const F = (key: Parameters<typeof furniture>[0]) => phraseSet(key, () => furniture(key));
const networkSet = () => phraseSet('networks', networks);

/** A capitalised word that does not open a sentence: a name, often a brand's. */
function namesSomething(text: string): boolean {
  return /[^\s.!?:…]\s+\p{Lu}\p{Ll}/u.test(text);
}

/** "Save £15 on your first clean with Brightwell Windows.": speaks to the reader, names a brand, says nothing of the story. */
function readerPitch(ev: Evidence, language: string | null): Signal | null {
  const { text, words } = ev.form;
  // A short insert, not a question put to someone, not a quotation.
  if (words < 6 || words > 30 || ev.form.end === '?' || /["“”„«»]/u.test(text) || ev.listItem || !language) return null;
  const you = phraseSet(`secondPerson:${language}`, () => furnitureOf('secondPerson', language));
  if (!you.any(text) || !namesSomething(text)) return null;
  // A concrete offer (a price, a discount) makes it a pitch: advice to the reader naming a
  // body the story is about ("Your nearest advice office can help, and it is free") stays.
  const offer = ev.form.price || /\d\s?%/u.test(text) || STRONG_OFFER.test(text);
  if (!offer || ev.storyOverlap > 0.25 || ev.topicalOverlap > 0.25) return null;
  return {
    name: 'reader-pitch',
    kind: 'ad',
    strength: 0.7,
    sentence: true,
    why: `speaks to the reader, names a brand and shares ${Math.round(ev.storyOverlap * 100)}% of its words with the story, with an offer`,
  };
}

/** "Thanks to our Gold sponsor, …": a sponsor's line, sharing little with the story. */
function sponsor(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  // The formula first: the story overlap is computed on first read, and few lines name a sponsor.
  if (words > 35 || !F('sponsorPhrases').any(text) || ev.storyOverlap >= 0.34) return null;
  // "Sponsored by X — 10% off for members": a line that opens with the formula and is no sentence is the sponsor's slot.
  if (words <= 25 && F('sponsorPhrases').start(text) && !/[.!?。]["”’)]*$/u.test(text.trim())) {
    return { name: 'sponsor-slot', kind: 'ad', strength: 0.85, decisive: true, why: 'opens with a sponsor formula and is no sentence' };
  }
  return { name: 'sponsor-thanks', kind: 'ad', strength: 0.75, sentence: true, why: 'thanks or names a sponsor' };
}

/** "Follow us on …", "Give us a star on GitHub": a prompt to follow the outlet. */
function follow(ev: Evidence): Signal | null {
  const { words, text } = ev.form;
  if (words > 16) return null;
  // A prompt in quotation marks is mentioned ("the campaign ‘Volg ons!’"), not made.
  const used = unquoted(text);
  if (F('followPrompts').any(used)) return { name: 'follow-prompt', kind: 'promo', strength: ev.form.prose ? 0.6 : 0.75, sentence: true, why: 'a prompt to follow the outlet' };
  // "Volg Stadskrant Zwolle op Instagram …", "Siga o Portal … no Google Notícias": the verb opens the line and a network is where to follow.
  if (F('followVerbs').start(used) && networkSet().any(used)) return { name: 'follow-prompt', kind: 'promo', strength: ev.form.prose ? 0.6 : 0.75, sentence: true, why: 'tells the reader to follow someone on a network' };
  return null;
}

/** "KSTR.L 88.40 ▼ 1.20", "ABCD 12,05 ▲ +2,1%": a ticker line, figures and an arrow. */
function ticker(ev: Evidence): Signal | null {
  const t = ev.form.text;
  if (ev.form.words > 8 || !/[▲▼↑↓△▽]/u.test(t)) return null;
  const figures = t.match(/\d+(?:[.,]\d+)?/g) ?? [];
  const rest = t.replace(/[\d.,%+−-]+|[▲▼↑↓△▽]/gu, ' ').trim().split(/\s+/).filter(Boolean);
  return figures.length >= 2 && rest.length <= 2 ? { name: 'ticker', kind: 'other', strength: 0.85, decisive: true, why: 'a stock ticker: a symbol, figures and an arrow' } : null;
}

/** "Nasdaq Helsinki: KSTR" before or after the story: an exchange and a ticker symbol. */
function listing(ev: Evidence): Signal | null {
  if (ev.region === 'body' || !/^[\p{L} .&-]{2,30}:\s*\p{Lu}{2,6}(?:\.\p{Lu}{1,2})?$/u.test(ev.form.text)) return null;
  return { name: 'listing', kind: 'other', strength: 0.75, why: 'an exchange and a ticker symbol' };
}

/** "#ad Two nights for the price of one …": a disclosure hashtag in front of an offer. */
function hashtagAd(ev: Evidence): Signal | null {
  const t = ev.form.text;
  if (!t.startsWith('#') || ev.form.words > 30) return null;
  const first = wordsOf(t).tokens[0];
  return first && F('adLabels').whole(first) ? { name: 'hashtag-ad', kind: 'ad', strength: 0.9, decisive: true, sentence: true, why: 'opens with an advertising hashtag' } : null;
}

/** "Join the discussion (41 replies)", "Kommentarer (12)". */
function commentCounter(ev: Evidence): Signal | null {
  const { text, words, prose } = ev.form;
  if (words > 12 || prose || !/\(\s*[\d.,]+(?:\s+\p{L}+)?\s*\)/u.test(text) || !F('comments').any(text)) return null;
  return { name: 'comments', kind: 'navigation', strength: 0.85, decisive: true, why: 'a comments link with its count' };
}

/** "Filed in Gardening, Weekend, Tools" after the story: a tag line without its colon. */
function tagLine(ev: Evidence): Signal | null {
  if (ev.region !== 'tail' || ev.form.words > 14 || ev.form.end === '.' || !F('navLabels').start(ev.form.text)) return null;
  return { name: 'tag-line', kind: 'navigation', strength: 0.8, why: 'a tags or categories line after the story' };
}

/** The line's last word or two are one of the phrases. */
function endsWithPhrase(set: ReturnType<typeof F>, text: string): boolean {
  const tokens = wordsOf(text).tokens;
  return [1, 2].some((n) => tokens.length > n && set.whole(tokens.slice(-n).join(' ')));
}

/** "Download the Riverside News app for alerts": a line that sends the reader to an app. */
function appPromo(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  // The verb may open the line or follow a label ("Live scores: download the … app").
  const colon = text.indexOf(':');
  const afterLabel = colon > 0 && colon <= 40 ? text.slice(colon + 1) : '';
  // Or, in a language that puts the verb last, close it ("… EHA mobil uygulamasını hemen indirin.").
  const verb = F('appVerbs').start(text) || F('appVerbs').start(afterLabel) || endsWithPhrase(F('appVerbs'), text);
  if (words > 16 || !verb || !F('appWords').any(text) || ev.topicalOverlap >= 0.5) return null;
  return { name: 'app-promo', kind: 'promo', strength: 0.75, sentence: true, why: 'sends the reader to an app' };
}

/** "(EHA) ZA/BÇ/SO", "DPA/AB": a wire's desk initials after the story, letters between slashes. */
function deskInitials(ev: Evidence): Signal | null {
  if (ev.region !== 'tail' || ev.form.words > 4) return null;
  return /^(?:\(\p{Lu}{2,8}\)\s*)?\p{Lu}{1,4}(?:\/\p{Lu}{1,4}){1,6}$/u.test(ev.form.text)
    ? { name: 'desk-initials', kind: 'attribution', strength: 0.8, why: 'a desk’s initials between slashes after the story' }
    : null;
}

/** "SOURCE Kestrel Harbour", "FUENTE Ayuntamiento de …" after the story: where the text came from. */
function sourceTrailer(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  const n = F('sourceLabels').start(text);
  if (ev.region !== 'tail' || !n || words > 8 || ev.form.end !== '') return null;
  return /^(?:\s*:)?\s*\p{Lu}/u.test(text.slice(wordsOf(text).ends[n - 1])) ? { name: 'source-trailer', kind: 'attribution', strength: 0.8, why: 'a source formula and a name after the story' } : null;
}

/** "Tried this? Tag @ourkitchen and tell us …": a handle to tag, put to the reader. */
function handleToReader(ev: Evidence, language: string | null): Signal | null {
  const { text, words } = ev.form;
  if (words > 25 || !/(?:^|\s)@[\w.]{2,}/u.test(text) || /["“”„«»]/u.test(text) || !language) return null;
  const you = phraseSet(`secondPerson:${language}`, () => furnitureOf('secondPerson', language));
  return you.any(text) ? { name: 'handle-prompt', kind: 'promo', strength: 0.7, sentence: true, why: 'asks the reader to tag or follow a handle' } : null;
}

/** "★★★★☆ 4.6 from 120 ratings": a readers' rating widget (a critic's bare "★★★★☆" is the review's). */
function ratingWidget(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  if (words > 10 || !/^[★☆⭐✩✪✫✬✭✮✯✰]{3}/u.test(text) || !F('votes').any(text)) return null;
  return { name: 'rating-widget', kind: 'other', strength: 0.85, decisive: true, why: 'a rating widget with a count of votes' };
}

/**
 * "Pogledajte i: headline of another story" in a language without a list: a label of two or
 * three words (capitalised, then lower case, no figures), a colon and a headline-like clause,
 * set alone between paragraphs of prose, sharing little with the story or the paragraph after
 * it (a label heading introduces that paragraph; a pointer to another story does not).
 */
function pointerForm(ev: Evidence, between: boolean): Signal | null {
  const { text, label } = ev.form;
  if (!between || label === null || ev.region !== 'body' || ev.listItem || /\d/.test(label)) return null;
  const head = text.slice(0, text.indexOf(':')).trim().split(/\s+/);
  if (head.length < 2 || head.length > 3 || !/^\p{Lu}/u.test(head[0]) || head.slice(1).some((w) => /^\p{Lu}/u.test(w))) return null;
  const clause = text.slice(text.indexOf(':') + 1).trim();
  const words = clause.split(/\s+/).length;
  if (words < 4 || words > 16 || !/^[\p{Lu}\p{Lo}"“„«]/u.test(clause) || /[.!?;:,…]["”»]?$/u.test(clause)) return null;
  if (ev.topicalOverlap >= 0.34 || ev.nextOverlap >= 0.2) return null;
  return { name: 'pointer-form', kind: 'promo', strength: 0.6, why: 'a short label, a colon and a headline of another story, alone between paragraphs' };
}

export function pitchSignals(ev: Evidence, language: string | null, between = false): (Signal | null)[] {
  return [pointerForm(ev, between), readerPitch(ev, language), sponsor(ev), follow(ev), ticker(ev), listing(ev), hashtagAd(ev), commentCounter(ev), tagLine(ev), appPromo(ev), deskInitials(ev), sourceTrailer(ev), handleToReader(ev, language), ratingWidget(ev)];
}
