/**
 * The form of one line or block, read once: length, case, end punctuation, separators,
 * digits, prices, links, symbols. Nothing here depends on a language's words, so it
 * carries over to any wrapper and any script.
 */
import { foldWhitespace } from '../../text/whitespace.js';
import { proseWithWords, wordCount } from '../../text/words.js';

export interface Form {
  /** The text with whitespace collapsed. */
  text: string;
  words: number;
  /** Last meaningful character class: '.', '!', '?', ':', '…' or '' (none). */
  end: string;
  /** Letters, and none of them lower case. */
  caps: boolean;
  /** A paragraph of prose: a sentence of eight words or more, or simply long. */
  prose: boolean;
  digits: boolean;
  price: boolean;
  /** The whole line is a link. */
  url: boolean;
  /** Holds a link somewhere. */
  hasUrl: boolean;
  /** Opens with a pictograph or dingbat (📌, ▶, ⚠, 🔔, ★), not a list bullet. */
  symbolLead: boolean;
  /** The whole line stands in brackets: "[ Outlet ]", "(Photo: …)", "[사진=…]". */
  bracketed: boolean;
  /** Items between separators (·, |, •): two or more when it is a bar of items. */
  segments: string[];
  /** "Label: value" with a short label; the label in lower case. */
  label: string | null;
  /** "3/7", "(2/5)": a post or page marker. */
  marker: boolean;
  /** A count and a word or two: "14.2K views", "Comments (12)", "12 comentários". */
  counter: boolean;
  /** Opens like a list item: a bullet, or a number and a dot or bracket. */
  bullet: boolean;
}

const SEPARATORS = /(?<!\s)(?:\s+[·|•‧｜]\s+|\s*[·•]\s*(?=\S))/u;
// Pictographs, dingbats, arrows and geometric shapes; list bullets (•, -, *) are not among them.
const SYMBOL_LEAD = /^(?:[\u2190-\u21FF\u2300-\u23FF\u25A0-\u25FF\u2600-\u27BF\u2B00-\u2BFF\u{1F000}-\u{1FAFF}]|\uD83C[\uDDE6-\uDDFF])/u;
// A currency sign or code beside a figure (signs and codes are the same in every language).
const PRICE = /[$£€¥₩₹₽₴₺₦₱฿₫₪₸₼₾]\s?\d|\d\s?(?:[€₩₽₴₺₫₪]|(?:zł|kr|Kč|Ft|lei|грн|руб|CHF|USD|EUR|GBP|JPY|INR)(?!\p{L}))|(?<!\p{L})(?:R\$|US\$|Rp|RM)\s?\d/u;
const URL_LINE = /^<?(?:https?:\/\/|www\.)\S+$/i;
const HAS_URL = /https?:\/\/|www\.\S/i;
const LABEL = /^(\p{L}[\p{L}\p{N} .'’&/-]{0,30}?)\s*:\s+\S/u;
const MARKER = /^[([]?\d{1,3}\s*\/\s*\d{1,3}[)\]]?$/;
// A count with at most two words after it ("14.2K views"), in brackets after a word ("Comments (12)"),
// or between two words ("Dilihat 1.204 kali", "Viewed 1,204 times").
const COUNTER = /^(?:[\d.,]+\s?[kKmM]?\+?\s+\p{L}+(?:\s+\p{L}+)?|\p{L}+(?:\s+\p{L}+)?\s*\(\s*[\d.,]+\s?[kKmM]?\s*\)|\p{L}+\s+\d[\d.,]+\s?[kKmM]?\s+\p{L}+)$/u;
const BULLET = /^(?:[-–—*•·▪◦]\s|\d{1,2}[.)]\s|\(\d{1,2}\)\s)/u;

function endOf(text: string): string {
  const m = /([.!?:…;,])["'”’)\]»]*$/u.exec(text);
  return m ? (m[1] === ';' || m[1] === ',' ? ':' : m[1]) : '';
}

export function formOf(raw: string): Form {
  const text = foldWhitespace(raw).trim();
  const words = wordCount(text);
  const letters = /\p{L}/u.test(text);
  // The second test runs only on lines of at most 122 characters (the first one's bound).
  // eslint-disable-next-line regexp/no-super-linear-move
  const bracketed = /^[[(【〔［（].{1,120}[\])】〕］）]$/u.test(text) && !/[\])】〕］）].*[[(【〔［（]/u.test(text.slice(1, -1));
  const segments = text.length <= 160 ? text.split(SEPARATORS).map((s) => s.trim()).filter(Boolean) : [text];
  const label = LABEL.exec(text);
  return {
    text,
    words,
    end: endOf(text),
    caps: letters && !/\p{Ll}/u.test(text),
    prose: proseWithWords(text, words),
    digits: /\d/.test(text),
    price: PRICE.test(text),
    url: URL_LINE.test(text),
    hasUrl: HAS_URL.test(text),
    symbolLead: SYMBOL_LEAD.test(text),
    bracketed,
    segments,
    label: label && wordCount(label[1]) <= 3 ? label[1].toLowerCase() : null,
    marker: MARKER.test(text),
    counter: words <= 4 && text.length <= 40 && COUNTER.test(text),
    bullet: BULLET.test(text),
  };
}
