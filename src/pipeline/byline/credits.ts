/**
 * Credits outside the byline: trailers that name the outlet or the reporters ("The post …
 * appeared first on X.", Medium's "… was originally published in X on Medium", "Read more
 * at X", "(Reporting by A; Editing by B)"), a wire dateline "CITY (Agency) –", and a
 * copyright line. Each returns what it names; the stage decides precedence.
 */
import { wordsOf } from '../../lang/phrases.js';
import { bylineWords, furniture, phraseSet } from '../../lang/vocabulary.js';
import { isPersonName } from '../../text/names.js';
import { unquote } from './line.js';
import { outletFromTemplate } from './credit-roles.js';
import { ACCOUNT_WORDS } from '../../readers/vocab/accounts.js';

const trimOutlet = (s: string) => s.trim().replace(/(?<![.\s])[.\s]+$/, '').replace(/^the website\s+/i, '');

/** Outlet named by a syndication trailer, strongest forms first. */
export function outletFromTrailer(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  let m = /\bappeared first on (.+?)\.?$/i.exec(t);
  if (m) return trimOutlet(m[1]);
  const templated = outletFromTemplate(t);
  if (templated) return trimOutlet(templated);
  // "From the Spring 2025 issue of The Northern Furrow."
  m = /\b(?:issue|edition) of (\p{Lu}[^.,]{1,60})\.?$/u.exec(t);
  if (m) return trimOutlet(m[1]);
  return null;
}

const TRAILER_LEADS = () => phraseSet('trailerLeads', () => bylineWords('trailerLeads'));
// A name: capitalised words, short particles between them ("Kirkebladet for Skovby Sogn", "Marrow & Thyme").
const NAME_AFTER_LEAD = /^\p{Lu}[\p{L}\p{M}\p{N}'’-]*(?:\s(?:(?:of|for|the|and|de|del|la|di|du|des|der|y|&)\s)?[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’-]*)*/u;

/**
 * Where a reposted story first ran: "This column originally ran in the Saltmarsh Gazette and
 * is reposted here", "Erschien zuerst im Kreisboten." (formulas: "trailerLeads" in byline.json).
 */
export function outletFromOrigin(text: string): string | null {
  const words = wordsOf(text);
  for (let i = 0; i < words.tokens.length; i++) {
    const n = TRAILER_LEADS().startAt(words, i);
    if (!n) continue;
    // A lower-case article is no part of the name; a capital one is ("The Coastline Review").
    const rest = text.slice(words.ends[i + n - 1]).replace(/^\s+(?:the\s+)?/, '');
    const m = NAME_AFTER_LEAD.exec(rest);
    return m ? trimOutlet(m[0]) : null;
  }
  return null;
}

/** "via Grid Ledger", "Source: X", "SOURCE Acme Corp" (a name, not a link). */
export function outletFromSource(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^(?:[Vv]ia|VIA|[Ss]ource|SOURCE|[Ff]rom|FROM)(?:\s*:)?\s+(\p{Lu}[^.!?]{1,60})\.?$/u.exec(t);
  if (m) return /https?:|www\./i.test(m[1]) ? null : trimOutlet(m[1]);
  // "Fuente: El Vigía de Zapopan", "Quelle: Kasseler Landbote": any language's source label (data), then a
  // name and nothing more; after a journal's name come a volume and pages: a citation of a study, not the outlet.
  if (!SOURCE_LABELS().label(t)) return null;
  const rest = t.slice(t.search(/[:：|]/u) + 1).trim();
  const name = NAME_AFTER_LEAD.exec(rest)?.[0];
  return name && !/https?:|www\./i.test(name) && /^[\s.]*$/u.test(rest.slice(name.length)) ? trimOutlet(name) : null;
}

const SOURCE_LABELS = () => phraseSet('sourceLabels', () => furniture('sourceLabels'));

/** A sign-up or support line that names the outlet: "You’re on the free list for X", "Support X from …". */
export function outletFromAppeal(text: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  const m =
    /\bfree list for (\p{Lu}[^.,!?]{1,50})/u.exec(t) ??
    /^[Ss]upport (\p{Lu}[^.,!?]{1,50}?) (?:from|today|now|with)\b/u.exec(t) ??
    /\b[Tt]hanks? (?:you )?for reading (\p{Lu}[^.,!?]{1,50})/u.exec(t);
  return m ? trimOutlet(m[1]) : null;
}

/** "Read more at X" / "Continue reading at X" / "Read the full story at X". */
export function outletFromReadMore(text: string): string | null {
  const m = /^(?:read more|continue reading|read the (?:full|original|rest of the) (?:story|article|post)|full story|more) (?:at|on) (.+?)\.?$/i.exec(
    text.replace(/\s+/g, ' ').trim(),
  );
  return m && !/^https?:/i.test(m[1]) ? trimOutlet(m[1]) : null;
}

/**
 * A wire dateline at the start of the first paragraph: "MONTREAL (Agency) –", "OSLO, Feb 27
 * (Agency) –", and the press-release form "HALDEN, Norway, Mar. 4, 2025 /Lineal Newswire/ --".
 * The agency or wire, the text before it (the place and maybe a date), and whether it is the
 * release form (the wire that carried it, which outranks a "SOURCE" trailer naming the issuer).
 */
export function datelineOf(text: string): { outlet: string; place: string; wire: boolean } | null {
  const m = /^(\p{Lu}{2}[^()/\n]{0,80}?)\s*(?:\(([^()]{2,40})\)|\/([^/]{2,40})\/)\s*(?:--|[-–—:])/u.exec(text.trim());
  // The place is in capitals ("SAN JOSÉ, Costa Rica"): its first word at least; no sentence before the agency.
  if (!m || !/^[\p{Lu}\p{M}'’.-]+(?:[\s,]|$)/u.test(m[1]) || /\p{Ll}[.!?]\s+\p{Lu}\p{Ll}+\s/u.test(m[1])) return null;
  // "SAN FRANCISCO--(BUSINESS WIRE)--": the release form with dashes around the wire's name, in capitals.
  const dashed = m[1].endsWith('--');
  const outlet = (m[2] ?? m[3]).trim();
  const readable = dashed && /\s/.test(outlet) && !/\p{Ll}/u.test(outlet) ? outlet.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp, c) => sp + c.toUpperCase()) : outlet;
  return { outlet: readable, place: (dashed ? m[1].slice(0, -2) : m[1]).trim(), wire: !!m[3] || dashed };
}

/** "MONTREAL (Agency) –" at the start of the first paragraph. */
export function outletFromDateline(text: string): string | null {
  return datelineOf(text)?.outlet ?? null;
}

/** "Lakeshore Courier, 400 N. Water Street, …": the sender of a mailing address. */
export function outletFromAddress(text: string): string | null {
  const m = /^(?:our mailing address is:?\s*)?(\p{Lu}[^,\d]{1,50}),\s*\d/iu.exec(text.trim());
  return m && !isPersonName(m[1].trim()) ? trimOutlet(m[1]) : null;
}

/** "Copyright © 2019 Billboard, All rights reserved." → Billboard; "© Gazzetta del Reno – Riproduzione riservata" → Gazzetta del Reno. */
export function outletFromCopyright(text: string): string | null {
  // One scan: the first match attempt always succeeds (the name may run to the end, `$`). A dot
  // inside an abbreviation ("e.V.", "Wattage.com") is part of the name; any other ends it.
  // eslint-disable-next-line regexp/no-super-linear-move
  const m = /(?:©|ⓒ|\(c\)|copyright)(?:\s*©)?(?:\s*\d{4}(?:\s*[-–]\s*\d{4})?)?(?:\s*,)?((?:[^,.|·•\u3000]|\.(?=\p{L})|(?<=\.\p{L})\.)+?)(?:[,|·•\u3000]|(?<!\.\p{L})\.(?!\p{L})|\s[–—-]\s|\ball rights\b|$)/iu.exec(text);
  if (!m) return null;
  // The year may follow the holder as well as precede it: "© Outlet 2025".
  const name = unquote(m[1].trim()).replace(/\s(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)\d\d)?$/u, '').trim().replace(COMPANY_SUFFIX, '').trim();
  // A legal formula is no outlet; a person holding the copyright (a newsletter's author) is
  // told apart by the byline stage, which knows the authors.
  if (!name || /^\d+$/.test(name) || /^all rights/i.test(name)) return null;
  return phraseSet('legal', () => furniture('legal')).any(name) ? null : name;
}

// Legal forms of companies: the outlet is the name before them.
const COMPANY_SUFFIX = /(?:(?:,|(?<!\s))\s+(?:Ltd|Limited|Inc|LLC|LLP|plc|PLC|Corp|Co|GmbH|AG|KG|S\.?A|S\.?p\.?A|SRL|S\.?L|B\.?V|N\.?V|Oy|AB|A\/S|Sp\. z o\.o)\.?|(?<=[\u4E00-\u9FFF])社)$/u;

const ARTICLES = new Set('the a an le la les el los las lo il der die das den dem des het een ein eine de o os as um uma'.split(' '));
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The brand inside a company's name: "Gearwise Media" → "Gearwise" when the text names it
 * alone too ("Gearwise is reader-supported", "Nourish › Nutrition"). Only capitalised words
 * are dropped from the end ("Gazzetta del Reno" stays whole); the longest such brand wins.
 */
export function brandOf(name: string, texts: string[]): string {
  const words = name.split(/\s+/);
  for (let k = words.length - 1; k >= 1; k--) {
    const dropped = words.slice(k);
    // Only a company's name ending in a word such as "Media" or "Group" loses its tail, never a title ("Kent Bülteni").
    if (!dropped.every((w) => /^\p{Lu}/u.test(w)) || !ACCOUNT_WORDS.has(dropped[dropped.length - 1].toLowerCase())) break;
    const brand = words.slice(0, k).join(' ');
    // An article opening the name is no brand ("Het Financieel Kompas" is not "Het"); nor is a word of three letters alone.
    if (!/\p{Lu}\p{Ll}{2,}/u.test(words[k - 1]) || (k === 1 && words[0].length <= 3) || ARTICLES.has(words[k - 1].toLowerCase())) continue;
    const alone = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(brand)}(?![\\p{L}\\p{N}])(?!\\s+${escapeRe(dropped[0])})`, 'u');
    if (texts.some((t) => alone.test(t))) return brand;
  }
  return name;
}
