/** Small text helpers shared by the stages: words, content words, shape of a line. */

// Letters and digits of the scripts news is written in, as a plain character class: a
// Unicode property class (\p{L}) makes this hot regex several times slower.
const ALNUM = String.raw`0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u03FF\u0400-\u052F\u0590-\u05FF\u0600-\u06FF\u0900-\u0DFF\u0E00-\u0EFF\u1E00-\u1FFF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF`;
// ALNUM is built from ranges that include combining marks on purpose (they belong to the word).
// eslint-disable-next-line no-misleading-character-class
const WORD_RE = new RegExp(`[${ALNUM}]+(?:['’.-][${ALNUM}]+)*`, 'g');

export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

// Function words carry no topic: an ad or a heading is judged by the others.
const STOPWORDS = new Set(
  `a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it its
  just me more most my no not of on or our out she so some such than that the their them then there these they this
  those to too up us was we were what when where which who why will with would you your yours it's you're here all
  about after also any because before being both each few get got just like many much new now off once only other
  over own same should very via while again against between during through under until down further`.split(/\s+/),
);

// Words of time and degree that any text may use: sharing them says nothing about topic.
const GENERIC = new Set(
  `day days week weeks month months year years today tonight tomorrow yesterday time times free best top great
  good big small little off only every first last next one two three get got make made see look way people thing
  things lot lots part well still even back much many whole full`.split(/\s+/),
);

/** Lower-cased words that say what a text is about (no function words, no numbers, no generic words). */
export function contentWords(text: string, extraStopwords?: Set<string>): string[] {
  const out: string[] = [];
  WORD_RE.lastIndex = 0;
  const lower = text.toLowerCase();
  for (let m = WORD_RE.exec(lower); m; m = WORD_RE.exec(lower)) {
    let w = m[0];
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
    const c = w.charCodeAt(0);
    if (w.length > 2 && !(c >= 48 && c <= 57) && !STOPWORDS.has(w) && !GENERIC.has(w) && !extraStopwords?.has(w)) out.push(w);
  }
  return out;
}

/** Crude stem so "wins"/"winning" or "French"/"France" style pairs still meet. */
export function stem(word: string): string {
  return word.length > 5 ? word.slice(0, 5) : word.replace(/(ies|es|s)$/, '');
}




/** A letter or digit, judged by code unit: ASCII ones, or anything past Latin-1 punctuation outside the General Punctuation block. */
function isWordChar(c: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  // Letters of other scripts; not punctuation, symbols (★, →, ✓), CJK punctuation or emoji halves.
  return (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) || (c >= 0x2c00 && c < 0xd800 && (c < 0x3000 || c > 0x303f)) || (c >= 0xf900 && c < 0xfe00);
}

/** Number of words: whitespace-separated tokens holding a letter or digit. A plain loop: it runs on every block, often. */
export function wordCount(text: string): number {
  let n = 0;
  let cjk = 0;
  let unspaced = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) counted = false;
    // Chinese and Japanese write no spaces: two characters count as a word.
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff)) {
      cjk++;
      counted = false;
    } else if ((c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff)) {
      // Thai, Lao, Burmese and Khmer put no spaces between words either: about four characters (marks included) to a word.
      unspaced++;
      counted = true;
    } else if (!counted && isWordChar(c)) {
      n++;
      counted = true;
    }
  }
  return n + Math.ceil(cjk / 2) + Math.ceil(unspaced / 4);
}

/** A prose paragraph: several words and a sentence ending (the danda of Indic scripts, the Arabic question mark and Urdu stop too), or simply long. */
export function isProse(text: string): boolean {
  return proseWithWords(text, wordCount(text));
}

/** isProse for a text whose word count the caller has already taken. */
export function proseWithWords(text: string, n: number): boolean {
  return (n >= 8 && /[.!?…。！？।॥؟۔]["'”’)\]」』»]*$/u.test(text.trim())) || n >= 30;
}
