/**
 * Words that make a read-more pointer a link to the source rather than to the rest of the
 * story ("View original", "Ver original", "Voir l'article original", "Zur Quelle"): after a
 * whole story such a line is a credit, not a sign of a cut. Data, not code: one line per
 * language, lower case, whole words.
 */
export const SOURCE_WORDS: Record<string, string[]> = {
  en: ['original', 'source'],
  de: ['original', 'originalartikel', 'quelle'],
  fr: ['original', 'originale', 'source'],
  es: ['original', 'fuente'],
  it: ['originale', 'fonte'],
  pt: ['original', 'fonte'],
  nl: ['origineel', 'originele', 'bron'],
};

const ALL = new Set(Object.values(SOURCE_WORDS).flat());

export function pointsToSource(tokens: readonly string[]): boolean {
  return tokens.some((t) => ALL.has(t));
}
