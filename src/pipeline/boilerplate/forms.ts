/**
 * Furniture told by its form in any language: a market widget (index names and figures
 * with a change), a file link with its size, a citation trailer with a DOI, a contact line
 * made of nothing but e-mail addresses and phone numbers, a "Product – £89.99 at Store"
 * buy link. None of these reads as a sentence: no verb is needed to tell them.
 */
import type { Evidence } from '../evidence/index.js';
import type { Signal } from './signals.js';

const ARROW = /[▲▼↑↓△▽]/u;
// A signed change in percent: "(+0,31 %)", "-1.2%".
const CHANGE = /[+−-]\s?\d+(?:[.,]\d+)?\s?%/u;
// A quote of three digits or more with decimals, or grouped thousands: "7 912,44", "91,42", "1,204.5".
const QUOTE = /\d{2,}[.,]\d{2}(?!\d)|\d{1,3}(?:[  .,]\d{3})+[.,]\d+/u;

/** "CAC 40 : 7 912,44 (+0,31 %)", "Курс ЦБ: USD 91,42 ▲ EUR 99,15 ▼": names, quotes and changes, no sentence. */
export function marketWidget(ev: Evidence): Signal | null {
  const t = ev.form.text;
  if (ev.form.words > 12 || /[.!?]$/u.test(t) || !QUOTE.test(t) || !(ARROW.test(t) || CHANGE.test(t))) return null;
  const figures = t.match(/\d+(?:[.,]\d+)?/gu) ?? [];
  const words = t.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  // Index and currency names are short or in capitals; a sentence has longer lower-case words.
  const plain = words.filter((w) => /\p{Ll}{4,}/u.test(w) && !/^\p{Lu}/u.test(w));
  if (figures.length < 2 || words.length > 5 || plain.length > 0) return null;
  return { name: 'market-widget', kind: 'other', strength: 0.85, decisive: true, why: 'a market widget: index or currency names, quotes and changes' };
}

// "(PDF, 1.2 MB)", "[DOCX 340 KB]": a download link's type and size.
const FILE_LINK = /[([]\s*(?:PDF|DOCX?|XLSX?|PPTX?|ODT|ODS|CSV|ZIP|EPUB|MP3|MP4)\b[\s,;·|-]*\d+(?:[.,]\d+)?\s?[KMG]i?B\s*[)\]]/iu;

export function fileLink(ev: Evidence): Signal | null {
  const { text, words, prose } = ev.form;
  if (words > 12 || prose || !FILE_LINK.test(text)) return null;
  return { name: 'file-link', kind: 'navigation', strength: 0.8, why: 'a download link with its file type and size' };
}

// "DOI: 10.5555/jkam.2025.0417", "doi.org/10.…": a citation's identifier.
const DOI = /\bdoi(?:\.org\/|\s*:\s*)10\.\d{4,}\/\S+/iu;

export function citation(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  if (ev.region !== 'tail' || words > 40 || !DOI.test(text)) return null;
  return { name: 'citation', kind: 'attribution', strength: 0.85, sentence: true, why: 'a citation with a DOI after the story' };
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const PHONE = /\+?\(?\d[\d ()./-]{6,}\d/gu;
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gu;

/** "press@example.co.uk · +44 1324 000 118": only addresses and numbers to reach someone. */
export function contactOnly(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  if (ev.region !== 'tail' || words > 16) return null;
  const reached = (text.match(EMAIL)?.length ?? 0) + (text.match(PHONE)?.length ?? 0);
  const rest = text.replace(EMAIL, ' ').replace(URL, ' ').replace(PHONE, ' ').replace(/[\s·|•,;:/–—-]+/gu, '');
  if (reached === 0 || rest.length > 0) return null;
  return { name: 'contact-line', kind: 'other', strength: 0.85, decisive: true, why: 'e-mail addresses and phone numbers only, after the story' };
}

// "Hollis Pourmaster 2 – £89.99 at Kitchenwell": a name, a dash, a price and a store.
const PRICE_AT = /\s[–—-]\s(?:[$£€¥₹]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:[$£€¥₹]|kr|zł|Kč|Ft|lei|CHF|EUR|USD|GBP))\s+\p{Ll}{1,6}\.?\s+\p{Lu}[\p{L}\p{N}&'’. -]*$/u;

export function buyLink(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  if (words > 12 || /[.!?:]$/u.test(text) || !PRICE_AT.test(text)) return null;
  return { name: 'buy-link', kind: 'ad', strength: 0.8, decisive: true, why: 'a product, a price and a store to buy it at' };
}

export function formSignals(ev: Evidence): (Signal | null)[] {
  return [marketWidget(ev), fileLink(ev), citation(ev), contactOnly(ev), buyLink(ev)];
}
