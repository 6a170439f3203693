/**
 * Cookie-consent banners: "We use cookies to improve your experience. Accept | Manage",
 * "Deze website maakt gebruik van cookies." The site speaks of its own cookies or offers
 * the banner's buttons; the formulas are per-language data (`consent` in
 * src/lang/<code>/furniture.json). A story about cookie law quotes such lines and shares
 * its words with them, which weights.ts counts against removing them.
 */
import { furniture, phraseSet } from '../../lang/vocabulary.js';
import type { Evidence } from '../evidence/index.js';
import type { Signal } from './signals.js';
import { unquoted } from './unquoted.js';
import { wordsOf } from '../../lang/phrases.js';

const consent = () => phraseSet('consent', () => furniture('consent'));
const cookies = () => phraseSet('cookieWords', () => furniture('cookieWords'));

export function consentSignal(ev: Evidence): Signal | null {
  if (ev.form.words > 30) return null;
  const used = unquoted(ev.form.text);
  if (consent().any(used)) return { name: 'cookie-consent', kind: 'legal', strength: 0.8, sentence: true, why: 'a cookie-consent banner: the site speaks of its cookies' };
  // The word alone ("Korzystamy z plików cookies …"): a banner unless the story is about cookies,
  // as when the word stands in three blocks or more (a recipe, a story on cookie law).
  const word = wordsOf(used).tokens.find((t) => cookies().whole(t));
  if (word === undefined || ev.blocksWith(word) >= 3) return null;
  return { name: 'cookie-consent', kind: 'legal', strength: 0.7, sentence: true, why: 'a short line about cookies, a word the story does not use' };
}
