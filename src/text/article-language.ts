/**
 * The language of the article being cleaned, set once per article by the evidence stage, for
 * the few decisions that depend on it below the stage level (which calendar order numeric
 * dates follow, whether a spaced pair of kanji is one Japanese name).
 */
let current: string | null = null;

export function setArticleLanguage(language: string | null): void {
  current = language;
}

export function articleLanguage(): string | null {
  return current;
}
