import { furniture, phraseSet } from '../../lang/vocabulary.js';
import { wordsOf } from '../../lang/phrases.js';
import { defineRule } from '../rule.js';
import { pointsToSource } from '../vocab-pointers.js';
import { bodyBlocks } from '../types.js';

// The end of a teaser: an ellipsis (…, ..., […], [...], (…)), perhaps before a pointer to the rest.
const ELLIPSIS = /(?:…|\.{3}|[[(](?:…|\.{3})[\])])[\s"'’”»)\]]*$/u;
const readMore = () => phraseSet('check:readMore', () => furniture('readMore'));

/** Where the pointer to the rest ("Continue reading", "Weiterlesen", "Lire la suite") starts, when the text ends with one. */
function pointerAt(text: string): number | null {
  const words = wordsOf(text);
  const n = words.tokens.length;
  for (let i = Math.max(0, n - 8); i < n; i++) {
    if (readMore().startAt(words, i) === n - i && /^[\s\p{P}\p{S}]*$/u.test(text.slice(words.ends[n - 1]))) return words.starts[i];
  }
  return null;
}

/** The text ends like a teaser: an ellipsis, or a pointer to the rest (after an ellipsis, or alone on a line). */
function cut(text: string, alone: boolean): boolean {
  const t = text.trimEnd();
  if (ELLIPSIS.test(t)) return true;
  const at = pointerAt(t);
  if (at === null) return false;
  if (ELLIPSIS.test(t.slice(0, at).trimEnd())) return true;
  // A pointer alone on its own line, after the story: "Continue reading", not "View original".
  return (alone || at === 0) && !pointsToSource(wordsOf(t).tokens);
}


export default defineRule({
  name: 'truncated-body',
  severity: 'warn',
  description: 'The body ends like a teaser: "…", "[…]" or "Continue reading"',
  check({ article, report }) {
    const last = bodyBlocks(article).at(-1);
    if (!last) return;
    // A "Continue reading" link after the last paragraph is furniture to the pipeline, and a sign of a cut too.
    const after = article.blocks.slice(article.blocks.indexOf(last) + 1);
    const end = cut(last.text, false) ? last : after.find((b) => b.furniture === 'read-more' && cut(b.text, true));
    if (end) report('Body ends like a teaser: the rest of the story is missing', end.position);
  },
  docs: {
    valid: [
      { file: 'whole.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the wall… after years of delay.\n\nWork starts in May.\n' },
      { file: 'source-link.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.\n\nView original\n' },
    ],
    invalid: [
      { file: 'teaser.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged […]\n', lines: [3] },
      {
        file: 'continue.txt',
        text: 'Harbour wall to be rebuilt\n\nBy Ana Ruiz\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.\n\nContinue reading\n',
        lines: [7],
      },
      { file: 'weiterlesen.txt', text: 'Hafenmauer wird neu gebaut\n\nDer Rat stimmte am Dienstag für den Neubau der Mauer, die der Sturm im Winter beschädigt hat … Weiterlesen\n', lines: [3] },
      { file: 'teaser.md', text: '---\ntitle: Harbour wall to be rebuilt\n---\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms…\n', lines: [5] },
    ],
  },
});
