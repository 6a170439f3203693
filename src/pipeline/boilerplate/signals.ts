/**
 * Furniture signals that carry over to unseen wrappers and languages: the form of a line
 * (a bar of one-word items, a pictograph in front, a post marker, a counter, a bracketed
 * credit, a repeated call-to-action template) and the closed formulas of each language
 * (src/lang/<code>/furniture.json). Each signal gives a kind and a strength; weights.ts
 * turns strength and context into the decision.
 */
import type { BoilerplateKind } from '../../types.js';
import { furniture, networks, phraseSet } from '../../lang/vocabulary.js';
import type { Evidence } from '../evidence/index.js';

export interface Signal {
  name: string;
  kind: BoilerplateKind;
  /** 0–1 before context: how sure the form alone makes it. */
  strength: number;
  /** Human-readable evidence, for --explain. */
  why: string;
}

const F = (key: Parameters<typeof furniture>[0]) => phraseSet(key, () => furniture(key));
const share = () => phraseSet('share+networks', () => [...furniture('shareWords'), ...networks()]);
const network = () => phraseSet('networks', networks);

const isShareItem = (s: string) => share().whole(s);

/** A bar of short items between separators: "Email This · BlogThis! · Share to X". */
function itemBar(ev: Evidence): Signal | null {
  const { segments, digits, words } = ev.form;
  if (segments.length < 3 || digits || words > 16) return null;
  if (!segments.every((s) => s.split(' ').length <= 4 && !/[.?]$/.test(s))) return null;
  const shares = segments.filter(isShareItem).length;
  if (shares * 2 >= segments.length || network().any(ev.form.text)) {
    return { name: 'share-bar', kind: 'share', strength: 0.9, why: `a bar of ${segments.length} short items, ${shares} of them share targets` };
  }
  return { name: 'item-bar', kind: 'navigation', strength: 0.65, why: `a bar of ${segments.length} short items between separators` };
}

/** Breadcrumbs: "Home › News › Local". */
function breadcrumb(ev: Evidence): Signal | null {
  const parts = ev.form.text.split(/\s+[›»>/]\s+/);
  return parts.length >= 3 && parts.every((p) => p.split(' ').length <= 4) && !ev.form.prose
    ? { name: 'breadcrumb', kind: 'navigation', strength: 0.85, why: `${parts.length} path steps between › or /` }
    : null;
}

function formulas(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  if (words <= 12 && F('readMore').whole(text)) return { name: 'read-more', kind: 'read-more', strength: 0.95, why: 'a read-more formula' };
  if (words <= 8 && F('adLabels').whole(text)) return { name: 'ad-marker', kind: 'ad', strength: 0.95, why: 'an advertising label alone' };
  if (words <= 25 && F('adLabels').label(text)) return { name: 'ad-label', kind: 'ad', strength: 0.85, why: 'an advertising label and a colon' };
  if (words <= 30 && F('promoLabels').label(text)) return { name: 'promo-label', kind: 'promo', strength: 0.85, why: 'a pointer label and a colon ("Read also: …")' };
  if (words <= 6 && F('comments').whole(text.replace(/\d[\d.,]*\s?[kKmM]?/g, ' ')))
    return { name: 'comments', kind: 'navigation', strength: 0.85, why: 'a comments link or counter' };
  if (words <= 16 && F('mediaCredit').label(text)) return { name: 'media-credit', kind: 'other', strength: 0.8, why: 'a photo or image credit label' };
  if (words <= 12 && F('ctaVerbs').start(text) > 0 && !ev.form.prose) {
    const repeated = ev.templateRepeats > 0;
    return { name: 'call-to-action', kind: 'ad', strength: repeated ? 0.9 : 0.55, why: repeated ? `a shop call to action whose template repeats ${ev.templateRepeats + 1} times` : 'a shop call to action' };
  }
  if (words <= 40 && F('legal').any(text)) return { name: 'legal-formula', kind: 'legal', strength: ev.form.prose ? 0.5 : 0.75, why: 'a legal or disclosure formula' };
  if (words <= 20 && !ev.form.prose && F('subscribe').any(text)) return { name: 'subscribe', kind: 'subscription', strength: 0.7, why: 'a subscription formula in a short line' };
  return null;
}

/** Signals from the line's form alone. */
function shapes(ev: Evidence): Signal | null {
  const f = ev.form;
  if (f.marker) return { name: 'post-marker', kind: 'other', strength: 0.9, why: 'a post or page marker ("3/7")' };
  if (f.symbolLead && f.words >= 1 && f.words <= 16 && !f.prose && !/^[★☆✩✪✫✬✭✮✯✰⭐]/u.test(f.text)) {
    const promo = f.label !== null || F('subscribe').any(f.text) || F('promoLabels').label(f.text);
    return { name: 'symbol-lead', kind: promo ? 'promo' : 'other', strength: 0.75, why: 'a short line led by a pictograph' };
  }
  if (f.counter && !ev.listItem) {
    const comments = F('comments').any(f.text);
    return { name: 'counter', kind: comments ? 'navigation' : 'other', strength: comments ? 0.85 : 0.55, why: 'a count and a word ("14.2K views")' };
  }
  if (f.bracketed && f.words <= 8 && !f.prose) {
    const media = F('mediaCredit').any(f.text) || /=/.test(f.text);
    return { name: 'bracket-credit', kind: media ? 'other' : 'attribution', strength: 0.7, why: 'a short credit standing in brackets' };
  }
  return null;
}

/** The strongest signal for a block, or null. */
export function signalFor(ev: Evidence): Signal | null {
  if (ev.form.words > 45) return null;
  const found = [formulas(ev), itemBar(ev), breadcrumb(ev), shapes(ev)].filter((s): s is Signal => s !== null);
  return found.sort((a, b) => b.strength - a.strength)[0] ?? null;
}
