/**
 * Furniture said in words inside the story (the pipeline's multilingual vocabulary,
 * src/lang/<code>/furniture.json): an "Advertisement" label, a "Read more" link line,
 * a "Related: …" promo. Only short blocks are asked, so prose that mentions them stays.
 */
import { PhraseSet } from '../../lang/phrases.js';
import { furniture } from '../../lang/vocabulary.js';
import type { BoilerplateKind } from '../../types.js';

let sets: { ad: PhraseSet; readMore: PhraseSet; promo: PhraseSet } | null = null;

/** The kind of a short block that is a furniture formula, or undefined. */
export function phraseKind(text: string): BoilerplateKind | undefined {
  if (text.length > 160) return undefined;
  sets ??= { ad: new PhraseSet(furniture('adLabels')), readMore: new PhraseSet(furniture('readMore')), promo: new PhraseSet(furniture('promoLabels')) };
  if (sets.ad.whole(text)) return 'ad';
  if (sets.readMore.whole(text) || sets.readMore.label(text)) return 'read-more';
  if (sets.promo.label(text)) return 'promo';
  return undefined;
}
