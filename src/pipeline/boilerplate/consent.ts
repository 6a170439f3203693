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

const consent = () => phraseSet('consent', () => furniture('consent'));

export function consentSignal(ev: Evidence): Signal | null {
  if (ev.form.words > 30 || !consent().any(unquoted(ev.form.text))) return null;
  return { name: 'cookie-consent', kind: 'legal', strength: 0.8, sentence: true, why: 'a cookie-consent banner: the site speaks of its cookies' };
}
