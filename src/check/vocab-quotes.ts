/**
 * Quotation marks per language: pairs of [opening, closing]. Data, not code: add a
 * language by adding a line. Straight double quotes are checked in every language.
 */
export const QUOTE_PAIRS: Record<string, [string, string][]> = {
  en: [['“', '”']],
  de: [['„', '“'], ['»', '«']],
  fr: [['«', '»']],
  es: [['«', '»'], ['“', '”']],
  it: [['«', '»'], ['“', '”']],
  pt: [['«', '»'], ['“', '”']],
  nl: [['“', '”'], ['„', '”']],
  pl: [['„', '”'], ['«', '»']],
  ru: [['«', '»'], ['„', '“']],
  sv: [['”', '”'], ['»', '»']],
};

export function quotePairs(language: string): [string, string][] {
  return QUOTE_PAIRS[language.toLowerCase().split(/[-_]/)[0]] ?? QUOTE_PAIRS.en;
}
