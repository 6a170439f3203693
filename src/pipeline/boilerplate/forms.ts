/**
 * Furniture told by its form in any language: a market widget (index names and figures
 * with a change), a file link with its size, a citation trailer with a DOI, a contact line
 * made of nothing but e-mail addresses and phone numbers, a "Product – £89.99 at Store"
 * buy link. None of these reads as a sentence: no verb is needed to tell them.
 */
import type { Evidence } from '../evidence/index.js';
import type { Signal } from './signals.js';
import { furniture, phraseSet } from '../../lang/vocabulary.js';
import { wordsOf } from '../../lang/phrases.js';

const F = (key: Parameters<typeof furniture>[0]) => phraseSet(key, () => furniture(key));

const ARROW = /[▲▼↑↓△▽]/u;
// A signed change in percent: "(+0,31 %)", "-1.2%".
const CHANGE = /[+−-]\s?\d+(?:[.,]\d+)?\s?%/u;
// A quote of three digits or more with decimals, or grouped thousands: "7 912,44", "91,42", "1,204.5".
const QUOTE = /(?<!\d)\d{2,}[.,]\d{2}(?!\d)|(?<!\d)\d{1,3}(?:[\s.,]\d{3})+[.,]\d+/u;

/** "CAC 40 : 7 912,44 (+0,31 %)", "Курс ЦБ: USD 91,42 ▲ EUR 99,15 ▼": names, quotes and changes, no sentence. */
export function marketWidget(ev: Evidence): Signal | null {
  const t = ev.form.text;
  // An arrow tells a change by itself; a signed percentage only beside a quote of some size.
  if (ev.form.words > 12 || /[.!?]$/u.test(t) || !((ARROW.test(t) && /\d[.,]\d/u.test(t)) || (CHANGE.test(t) && QUOTE.test(t)))) return null;
  const figures = t.match(/\d+(?:[.,]\d+)?/gu) ?? [];
  const words = t.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  // Index and currency names are short or in capitals; a sentence has longer lower-case words.
  const plain = words.filter((w) => /\p{Ll}{4,}/u.test(w) && !/^\p{Lu}/u.test(w));
  if (figures.length < 2 || words.length > 5 || plain.length > 0) return null;
  return { name: 'market-widget', kind: 'other', strength: 0.85, decisive: true, why: 'a market widget: index or currency names, quotes and changes' };
}

// "(PDF, 1.2 MB)", "[DOCX 340 KB]": a download link's type and size.
const FILE_LINK = /[([]\s*(?:PDF|DOCX?|XLSX?|PPTX?|ODT|ODS|CSV|ZIP|EPUB|MP3|MP4)[\s,;·|-]+\d+(?:[.,]\d+)?\s?[KMG]i?B\s*[)\]]/iu;

export function fileLink(ev: Evidence): Signal | null {
  const { text, words, prose } = ev.form;
  if (words > 12 || prose || !FILE_LINK.test(text)) return null;
  return { name: 'file-link', kind: 'navigation', strength: 0.8, why: 'a download link with its file type and size' };
}

// "DOI: 10.5555/jkam.2025.0417", "doi.org/10.…": a citation's identifier.
const DOI = /\bdoi(?:\.org\/|\s*:\s*)10\.\d{4,}\/\S+/iu;

export function citation(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  // Inside a digest, an item's source line ends the item: a source label in front tells it there.
  if ((ev.region !== 'tail' && !F('sourceLabels').label(text)) || words > 40 || !DOI.test(text)) return null;
  return { name: 'citation', kind: 'attribution', strength: 0.85, sentence: true, why: 'a citation with a DOI after the story' };
}

const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const PHONE = /\+?\(?\d[\d ()./-]{6,}\d/gu;
const DATE_SHAPE = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/u;
/** Phone numbers: seven digits or more, not a date ("2025-11-20"). */
const phones = (text: string) => (text.match(PHONE) ?? []).filter((m) => (m.match(/\d/gu) ?? []).length >= 7 && !DATE_SHAPE.test(m.trim()));
const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/gu;

/** "press@example.co.uk · +44 1324 000 118": only addresses and numbers to reach someone. */
export function contactOnly(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  if (ev.region !== 'tail' || words > 16) return null;
  const numbers = phones(text);
  const reached = (text.match(EMAIL)?.length ?? 0) + numbers.length;
  let rest = text.replace(EMAIL, ' ').replace(URL, ' ');
  for (const n of numbers) rest = rest.replace(n, ' ');
  // Their labels ("電話：", "FAX:", "Tel.") say nothing more (data per language).
  for (const w of wordsOf(rest).tokens) if (F('contactLabels').whole(w)) rest = rest.replace(new RegExp(w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'iu'), ' ');
  rest = rest.replace(/[\s·|•,;:：/–—()（）.-]+/gu, '');
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

/** "Hubungi ejen: Realty name · 03-8700 0000", "Kontakt: … +49 …": a contact label and a number or address. */
export function contactLabel(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  if (words > 16 || !F('contactLabels').label(text) || !(phones(text).length || text.match(EMAIL))) return null;
  return { name: 'contact-line', kind: 'other', strength: 0.8, decisive: true, why: 'a contact label and a phone number or e-mail address' };
}

/** "Name, Company Press Office" after the story: who to contact, without a sentence. */
export function pressOffice(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  if (ev.region !== 'tail' || words > 10 || /[.!?:]$/u.test(text) || !text.includes(',') || !F('pressOffices').any(text)) return null;
  return { name: 'contact-name', kind: 'other', strength: 0.75, why: 'a name and a press office after the story' };
}

// A postcode: four or five digits, maybe with letters ("8064 ZX", "75008", "11000"), or "00-950".
const POSTCODE = /(?:^|[\s,])(?:\d{4,5}(?:\s?\p{Lu}{2})?|\d{2}-\d{3})(?=[\s,]|$)/u;

/** "Postbus 412, 8064 ZX Zwartsluis" after the story: a postal address (address words of each language). */
export function postalAddress(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  if (ev.region === 'body' || words > 25 || /[.!?]$/u.test(text) || !POSTCODE.test(text)) return null;
  const lower = text.toLowerCase();
  // Scripts written without spaces (Thai) join the address words to the names: looked for inside words
  // too, two of them (road, district) — where no prose is told apart, the region may read as the head.
  const named = (ev.region === 'tail' && F('addressWords').any(text)) || furniture('addressWords').filter((w) => /[\u0E00-\u0E7F]/u.test(w) && lower.includes(w)).length >= 2;
  return named ? { name: 'postal-address', kind: 'legal', strength: 0.8, decisive: true, why: 'a postal address after the story' } : null;
}

/** "ID Senarai: HK-SEL-204417", "Ref.: AB-1234" outside the story: a label and a reference code. */
export function referenceCode(ev: Evidence): Signal | null {
  if (ev.region === 'body' || ev.form.words > 6) return null;
  // The code mixes capitals and digits, six characters or more: not a score ("Rating: 4/5") or a date.
  const code = /^[\p{L} .]{2,30}:\s*([\p{Lu}\d]+(?:[-/][\p{Lu}\d]+)+)$/u.exec(ev.form.text)?.[1];
  if (!code || code.length < 6 || !/\p{Lu}/u.test(code) || !/\d/u.test(code)) return null;
  return { name: 'reference-code', kind: 'other', strength: 0.75, why: 'a label and a reference code outside the story' };
}

/** "Updating. Newest posts first": a live page's note on itself (each piece a formula of liveNotes). */
export function liveNote(ev: Evidence): Signal | null {
  const { text, words } = ev.form;
  if (words > 8) return null;
  const pieces = text.split(/[.!|·]/u).map((p) => p.trim()).filter(Boolean);
  if (!pieces.length || !pieces.every((p) => F('liveNotes').whole(p))) return null;
  return { name: 'live-note', kind: 'navigation', strength: 0.8, decisive: true, why: "a live page's note on its updating" };
}

// An IBAN: country letters, check digits, then groups of letters and figures ("UA21 3052 9900 0002 …").
const IBAN = /(?<![\p{L}\d])\p{Lu}{2}\d{2}(?:\s?[\dA-Z]{4}){3,7}(?:\s?[\dA-Z]{1,3})?(?![\p{L}\d])/u;

/** A bank account to pay into: an appeal's or a shop's details, never the story's sentence. */
export function bankDetails(ev: Evidence): Signal | null {
  const { text, words, prose } = ev.form;
  if (words > 25 || prose || !IBAN.test(text)) return null;
  return { name: 'bank-details', kind: 'ad', strength: 0.85, decisive: true, why: 'bank account details (an IBAN)' };
}

/** "School name · Street 12, Town · Tel. (0751) 555-214" after the story: a footer of address and phone between separators. */
export function contactFooter(ev: Evidence): Signal | null {
  const { text, words, segments } = ev.form;
  if (ev.region !== 'tail' || words > 30 || segments.length < 2 || !phones(text).length || /[.!?]$/u.test(text)) return null;
  return { name: 'contact-footer', kind: 'legal', strength: 0.8, decisive: true, why: 'an address and a phone number between separators, after the story' };
}

export function formSignals(ev: Evidence): (Signal | null)[] {
  return [marketWidget(ev), fileLink(ev), citation(ev), contactOnly(ev), buyLink(ev), contactLabel(ev), pressOffice(ev), postalAddress(ev), referenceCode(ev), liveNote(ev), bankDetails(ev), contactFooter(ev)];
}
