/** Lead phrases of byline lines ("By", "Por", "Texto:", "Date: Posted"), from the vocabulary files. */
import type { PhraseSet } from '../../lang/phrases.js';
import { wordsOf } from '../../lang/phrases.js';

/** What follows a lead phrase ("By", "Por", "Texto:", "Date: Posted"), or null when the text has no such lead. */
export function afterLead(set: PhraseSet, text: string): string | null {
  const words = wordsOf(text);
  let at = 0;
  let end = 0;
  // Leads may be chained: "Date: Posted March 3".
  for (let n = set.startAt(words, at); n > 0; n = set.startAt(words, at)) {
    end = words.ends[at + n - 1];
    at += n;
  }
  if (!end) return null;
  const rest = text.slice(end);
  const m = /^\s*(?:on|at|le|il|am|em|el|op)?\s*[:：=・･-]?\s*/u.exec(rest)!;
  return m[0].length || rest === '' ? rest.slice(m[0].length) : null;
}

