/**
 * Furniture signals that carry over to unseen wrappers and languages: the form of a line
 * (a bar of one-word items, a pictograph in front, a post marker, a counter, a bracketed
 * credit, a repeated call-to-action template) and the closed formulas of each language
 * (src/lang/<code>/furniture.json). Each signal gives a kind and a strength; weights.ts
 * turns strength and context into the decision.
 */
import type { BoilerplateKind } from '../../types.js';
import { bylineWords, furniture, networks, phraseSet } from '../../lang/vocabulary.js';
import { tokenize, wordsOf } from '../../lang/phrases.js';
import type { Evidence } from '../evidence/index.js';
import { pitchSignals } from './pitches.js';
import { formSignals } from './forms.js';
import { widgetSignals } from './widgets.js';
import { unquoted } from './unquoted.js';
import { consentSignal } from './consent.js';
import { countBar, labelledBar } from './bars.js';

export interface Signal {
  name: string;
  kind: BoilerplateKind;
  /** 0–1 before context: how sure the form alone makes it. */
  strength: number;
  /** Human-readable evidence, for --explain. */
  why: string;
  /** The form decides alone: no allowance for a list, a sentence or shared words (a repeated template, a bar). */
  decisive?: boolean;
  /** A formula that is furniture even as a full sentence ("The views expressed are …"). */
  sentence?: boolean;
}

const F = (key: Parameters<typeof furniture>[0]) => phraseSet(key, () => furniture(key));
const reporterLeads = () => phraseSet('reporterLeads', () => bylineWords('reporterLeads'));
const share = () => phraseSet('share+networks', () => [...furniture('shareWords'), ...networks()]);
let readingWords: Set<string> | null = null;
/** "5 min read", "Geschätzte Lesezeit: 5 Minuten": a number and nothing but the words of reading-time formulas. */
function isReadingTime(text: string): boolean {
  readingWords ??= new Set(tokenize(bylineWords('readingTime').join(' ')).tokens);
  const tokens = wordsOf(text).tokens.filter((t) => !/^\d+$/.test(t));
  return tokens.length > 0 && tokens.every((t) => readingWords!.has(t));
}
const network = () => phraseSet('networks', networks);

const isShareItem = (s: string) => share().whole(s);

/** "この記事をシェア X Facebook LINE", "Partager sur Facebook Twitter": a share word and networks making most of the line. */
let networkNames: Set<string> | null = null;
function sharesWithNetworks(text: string): boolean {
  networkNames ??= new Set(networks().map((n) => n.toLowerCase()));
  const tokens = text.toLowerCase().split(/\s+/);
  let nets = 0;
  for (const t of tokens) if (networkNames.has(t)) nets++;
  return nets >= 2 && nets * 2 >= tokens.length - 1 && share().any(text);
}

/** A bar of short items between separators: "Email This · BlogThis! · Share to X". */
function itemBar(ev: Evidence): Signal | null {
  const { segments, digits, words } = ev.form;
  if (segments.length === 2 && !digits && segments.every(isShareItem)) return { name: 'share-bar', kind: 'share', strength: 0.85, why: 'two share buttons between a separator' };
  // "Listen · Share" with a player button no list names: one share button and one word beside it.
  if (segments.length === 2 && !digits && segments.some(isShareItem) && segments.every((s) => !s.includes(' ') && !/[.?!]$/u.test(s)))
    return { name: 'share-bar', kind: 'share', strength: 0.75, why: 'a share button and one more button between a separator' };
  if (segments.length < 3 || digits || words > 16) return null;
  // "इस ख़बर को शेयर करें: फ़ेसबुक | एक्स | …": a label before the first item is the bar's own.
  const label = /^([^:：]{1,40})[:：]\s*(\S.*)$/u.exec(segments[0]);
  const items = label ? [label[2], ...segments.slice(1)] : segments;
  if (!items.every((s) => s.split(' ').length <= 4 && !/[.?]$/.test(s))) return null;
  // The label shares when a share formula opens or closes it ("Share on:", "… शेयर करें:"); a short word inside says nothing.
  const labelWords = label ? wordsOf(label[1]).tokens : [];
  const labelShares = labelWords.length > 0 && (share().start(label![1]) > 0 || [1, 2].some((n) => labelWords.length >= n && share().whole(labelWords.slice(-n).join(' '))));
  const shares = items.filter(isShareItem).length + (labelShares ? 1 : 0);
  if (shares * 2 >= segments.length || network().any(ev.form.text)) {
    return { name: 'share-bar', kind: 'share', strength: 0.9, why: `a bar of ${segments.length} short items, ${shares} of them share targets` };
  }
  return { name: 'item-bar', kind: 'navigation', strength: 0.65, why: `a bar of ${segments.length} short items between separators` };
}

/** Breadcrumbs: "Home › News › Local". */
function breadcrumb(ev: Evidence): Signal | null {
  const parts = ev.form.text.split(/(?<!\s)\s+[›»>/]\s+/);
  return parts.length >= 3 && parts.every((p) => p.split(' ').length <= 4) && !ev.form.prose
    ? { name: 'breadcrumb', kind: 'navigation', strength: 0.85, why: `${parts.length} path steps between › or /` }
    : null;
}

function formulas(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  if (words <= 12 && F('readMore').whole(text)) return { name: 'read-more', kind: 'read-more', strength: 0.95, why: 'a read-more formula' };
  if (words <= 10 && F('readMoreAt').start(text) > 0 && !ev.form.prose) return { name: 'read-more', kind: 'read-more', strength: 0.9, why: 'a read-more formula and where to read it' };
  if (words <= 4 && F('endMarkers').whole(text) && (ev.form.caps || /^\P{L}+\p{L}+\P{L}+$/u.test(text))) return { name: 'end-marker', kind: 'other', strength: 0.9, decisive: true, why: 'an end-of-story marker ("— END —")' };
  if (words <= 12 && F('sourceLabels').label(text) && (ev.form.hasUrl || ev.region === 'tail')) return { name: 'source-line', kind: 'attribution', strength: 0.85, decisive: true, why: 'a source label and a link or name after the story' };
  if (words <= 8 && F('adLabels').whole(text)) return { name: 'ad-marker', kind: 'ad', strength: 0.95, why: 'an advertising label alone' };
  // "worth a read before Thursday's call 👇": a sharer's note pointing down at what it shares.
  if (ev.region === 'head' && words <= 30 && /[👇⬇🔽👉]\uFE0F?\s*$/u.test(text)) return { name: 'pointing-note', kind: 'other', strength: 0.8, sentence: true, why: 'a note that points at what follows' };
  // "Subscribe", "+ Ikuti", "+ Follow": a button of one word or two.
  if (words <= 2 && F('subscribe').whole(text)) return { name: 'subscribe-button', kind: 'subscription', strength: 0.85, why: 'a subscribe button on its own' };
  if (words <= 2 && F('followVerbs').whole(text.replace(/^[+＋]\s*/u, ''))) return { name: 'follow-button', kind: 'share', strength: 0.85, why: 'a follow button on its own' };
  // "Comments feed: https://…" after the story: a label and a link, nothing else.
  if (ev.region === 'tail' && /^[^:：]{1,30}[:：]\s*(?:https?:\/\/|www\.)\S+$/u.test(text)) return { name: 'labelled-link', kind: 'navigation', strength: 0.85, why: 'a label and a link after the story' };
  // "… at Cray. Photo: Kofi Mensah-Dunn", "…（摄影：赵一鸣）": a caption closed by its picture credit.
  const closing = /(?:^|[\s（(])(\p{L}+)\s?[:：]\s?([^:：.!?]{2,40})[)）]?$/u.exec(text);
  if (words <= 45 && closing && wordsOf(closing[2]).tokens.length <= 6 && wordsOf(text.slice(0, closing.index)).tokens.length >= 4 && F('mediaCredit').whole(closing[1])) return { name: 'caption-credit', kind: 'other', strength: 0.8, sentence: true, why: 'a caption closed by its picture credit' };
  // "Rheinischer Abendbote · Donnerstag, 3. Dezember 2026 · 15": a page's running head, its page number last.
  const { segments } = ev.form;
  if (segments.length >= 3 && words <= 12 && /^\d{1,4}$/u.test(segments[segments.length - 1]) && segments.some((x) => /(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(x)))
    return { name: 'running-head', kind: 'other', strength: 0.85, why: 'a running head: a name, a date and the page number' };
  // "Jump to Recipe", "Saltar a la receta", "Zum Inhalt springen": a page's skip link, alone or in a bar.
  if (words <= 10 && (F('skipLinks').whole(text) || (ev.form.segments.length >= 2 && ev.form.segments.every((s) => F('skipLinks').whole(s)))))
    return { name: 'skip-link', kind: 'navigation', strength: 0.9, decisive: true, why: 'a skip link ("Jump to recipe")' };
  // "(광고) …", "[Anzeige] …", "【广告】…": an advertising label in brackets opening the line.
  const bracketed = /^[([（【]([^()[\]（）【】]{1,20})[)\]）】]\s*\S/u.exec(text);
  if (words <= 25 && bracketed && F('adLabels').whole(bracketed[1].trim())) return { name: 'ad-bracket', kind: 'ad', strength: 0.9, decisive: true, why: 'an advertising label in brackets opens the line' };
  if (words <= 25 && F('adLabels').label(text)) return { name: 'ad-label', kind: 'ad', strength: 0.85, decisive: true, why: 'an advertising label and a colon' };
  // "Реклама. ООО «…», ИНН 5902…, erid: …": the label closed by a full stop, then the advertiser's particulars.
  const stop = /^(\p{L}+)\.\s+(\S.*)$/u.exec(text);
  if (words <= 30 && stop && F('adLabels').whole(stop[1]) && /[\d«»"“”]|\p{Lu}{2,}/u.test(stop[2])) return { name: 'ad-label', kind: 'ad', strength: 0.85, decisive: true, why: 'an advertising label, a full stop and the advertiser' };
  // "Нашли ошибку? … нажмите Ctrl+Enter": a keyboard shortcut is a page's widget, unless the story is about shortcuts.
  const key = words <= 20 ? /(?<![\p{L}\d])(Ctrl|Cmd|Strg|Alt|Shift)\s?\+\s?[\p{L}\d]/u.exec(text) : null;
  if (key && ev.blocksWith(key[1]) <= 1 && ev.topicalOverlap < 0.25) return { name: 'shortcut', kind: 'other', strength: 0.8, sentence: true, why: 'a keyboard shortcut: a page widget' };
  if (words <= 30 && F('promoLabels').label(text)) return { name: 'promo-label', kind: 'promo', strength: 0.85, decisive: true, why: 'a pointer label and a colon ("Read also: …")' };
  // "RELATED The beavers of …": the label set in capitals does the colon's work before a title.
  const capsLabel = /^(\p{Lu}+(?:\s\p{Lu}+){0,2})\s+(?=\p{Lu}\p{Ll})/u.exec(text);
  if (words <= 30 && capsLabel && F('promoLabels').whole(capsLabel[1])) return { name: 'promo-label', kind: 'promo', strength: 0.85, decisive: true, why: 'a pointer label in capitals before a title ("RELATED …")' };
  if (words <= 30 && F('navLabels').label(text)) return { name: 'tag-list', kind: 'navigation', strength: 0.85, decisive: true, why: 'a tags or categories label and a colon' };
  if (words <= 6 && F('comments').whole(text.replace(/\d[\d.,]*\s?[km]?/gi, ' '))) return { name: 'comments', kind: 'navigation', strength: 0.85, why: 'a comments link or counter' };
  if (words <= 8 && F('pageJumps').start(text) > 0) return { name: 'page-jump', kind: 'other', strength: 0.9, why: 'a page-jump line ("continued on page 18")' };
  if (words <= 8 && /\d/.test(text) && isReadingTime(text)) return { name: 'reading-time', kind: 'other', strength: 0.85, why: 'a reading time on its own' };
  if (words <= 5 && share().whole(text)) return { name: 'share-word', kind: 'share', strength: 0.8, why: 'a share button on its own' };
  if (words <= 12 && sharesWithNetworks(text)) return { name: 'share-line', kind: 'share', strength: 0.85, why: 'a share prompt and network names' };
  // "Foto: Name", "Ảnh: Name / Agency": a credit label over a name or two, not a caption sentence.
  if (words <= 16 && F('mediaCredit').label(text)) return { name: 'media-credit', kind: 'other', strength: 0.8, decisive: words <= 8 && !/[.!?]$/.test(text), why: 'a photo or image credit label' };
  if (words <= 12 && F('ctaVerbs').start(text) > 0 && !ev.form.prose) {
    const repeated = ev.templateRepeats > 0;
    return { name: 'call-to-action', kind: 'ad', strength: repeated ? 0.9 : 0.55, decisive: repeated, why: repeated ? `a shop call to action whose template repeats ${ev.templateRepeats + 1} times` : 'a shop call to action' };
  }
  // A formula in quotation marks is mentioned, not used: "a note reading “All rights reserved”".
  const used = words <= 40 ? unquoted(text) : '';
  const credit = words <= 40 ? F('creditFormulas').longest(used) : 0;
  // A formula of three words or more is told apart from a list of like lines by its words.
  if (credit >= 2) return { name: 'credit-formula', kind: 'attribution', strength: 0.85, sentence: true, decisive: credit >= 3, why: 'a republication credit ("originally ran in …")' };
  const legal = words <= 40 ? F('legal').longest(used) : 0;
  if (legal >= 2) return { name: 'legal-formula', kind: 'legal', strength: 0.85, sentence: true, why: 'a legal or disclosure formula' };
  // One legal word is a notice only in a line of a few words ("Copyright Kurier"); in a title it is a topic.
  if (legal === 1 && words <= 4) return { name: 'legal-word', kind: 'legal', strength: 0.5, why: 'a legal word' };
  const subscribe = words <= 30 ? F('subscribe').longest(used) : 0;
  if (words <= 12 && F('subscribe').label(text)) return { name: 'subscribe', kind: 'subscription', strength: 0.85, decisive: true, why: 'a subscription label and a colon ("Subscribe to: …")' };
  // A formula of several words and a channel ("… in your inbox — subscribe free"): a list of such lines is still furniture.
  if (subscribe >= 2 && F('channels').any(text) && !ev.form.prose) return { name: 'subscribe', kind: 'subscription', strength: 0.9, why: 'a subscription formula and a channel in a short line' };
  if (subscribe && (subscribe >= 2 || F('channels').any(text) || network().any(text)))
    return { name: 'subscribe', kind: 'subscription', strength: 0.8, sentence: true, why: 'a subscription formula and a channel to subscribe to' };
  if (subscribe && !ev.form.prose) return { name: 'subscribe', kind: 'subscription', strength: 0.7, why: 'a subscription formula in a short line' };
  return null;
}

/** Signals from the line's form alone. */
function shapes(ev: Evidence, afterProse: boolean): Signal | null {
  const f = ev.form;
  if (f.marker) return { name: 'post-marker', kind: 'other', strength: 0.9, why: 'a post or page marker ("3/7")' };
  if (f.words >= 1 && f.text.split(' ').every((t) => /^#[\p{L}\p{N}_]+$/u.test(t))) return { name: 'hashtags', kind: 'navigation', strength: 0.85, decisive: true, why: 'hashtags only' };
  if (f.segments.length >= 3 && f.segments.every((s) => /^[\p{L}\p{Extended_Pictographic}]+\s*[\d.,]+[kKmM]?$|^[\d.,]+[kKmM]?\s*[\p{L}\p{Extended_Pictographic}]+$/u.test(s)))
    return { name: 'reactions', kind: 'share', strength: 0.85, decisive: true, why: 'a bar of reaction counts' };
  if (ev.region !== 'body' && f.words <= 25 && /(?:^|[\s\u200e\u200f])@[\w.]+(?:@[\w.-]+)?|\bt\.me\/|\b(?:instagram|facebook|tiktok|youtube)\.com\//u.test(f.text) && !/^\(?@/.test(f.text))
    return { name: 'handle-promo', kind: 'promo', strength: 0.5, sentence: true, why: 'points to a social account outside the story' };
  // The writing hand before a name says "by" (a channel post's signature): a credit, left to the byline stage.
  // "◇ 내년 달라지는 점", "■ 見出し" after a paragraph: a geometric mark sets a subheading apart, not furniture.
  if (afterProse && /^[◇◆■□●○◎▣▲△▼▽]/u.test(f.text) && f.label === null && !f.url && !f.hasUrl && !/[@\d]/u.test(f.text)) return null;
  if (f.symbolLead && f.words >= 1 && f.words <= 16 && !f.prose && !/^[★☆✩✪✫✬✭✮✯✰⭐✍]/u.test(f.text)) {
    const promo = f.label !== null || F('subscribe').any(f.text) || F('promoLabels').label(f.text);
    return { name: 'symbol-lead', kind: promo ? 'promo' : 'other', strength: 0.75, why: 'a short line led by a pictograph' };
  }
  if (f.counter && !ev.listItem) {
    const comments = F('comments').any(f.text);
    return { name: 'counter', kind: comments ? 'navigation' : 'other', strength: comments ? 0.85 : 0.55, why: 'a count and a word ("14.2K views")' };
  }
  // "(Reportage A et B ; édition C)" after the story: the wire's credit in brackets, opened by a reporter formula.
  if (f.bracketed && ev.region === 'tail' && f.words <= 30 && reporterLeads().start(f.text.replace(/^[([]\s*/u, '')) > 0)
    return { name: 'bracket-credit', kind: 'attribution', strength: 0.85, why: 'a reporters’ credit in brackets after the story' };
  // "【大臣コメント】" after a paragraph: lenticular brackets set a CJK subheading apart (credits stand at the end).
  if (f.bracketed && afterProse && /^【[^】]+】$/u.test(f.text) && !F('adLabels').whole(f.text.slice(1, -1))) return null;
  if (f.bracketed && f.words <= 8 && !f.prose) {
    const media = F('mediaCredit').any(f.text) || /=/.test(f.text);
    return { name: 'bracket-credit', kind: media ? 'other' : 'attribution', strength: 0.7, why: 'a short credit standing in brackets' };
  }
  return null;
}

/** The strongest signal for a block, or null. */
/** `between`: the block stands alone between two paragraphs of prose; `afterProse`: right after one. */
export function signalFor(ev: Evidence, language: string | null = null, between = false, afterProse = false): Signal | null {
  if (ev.form.words > 45) return null;
  const found = [formulas(ev), itemBar(ev), breadcrumb(ev), shapes(ev, afterProse), ...pitchSignals(ev, language, between), ...formSignals(ev), ...widgetSignals(ev), consentSignal(ev), labelledBar(ev), countBar(ev)].filter((s): s is Signal => s !== null);
  return found.sort((a, b) => b.strength - a.strength)[0] ?? null;
}
