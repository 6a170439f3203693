import { furniture, phraseSet } from '../../lang/vocabulary.js';
import { wordsOf } from '../../lang/phrases.js';
import { defineRule } from '../rule.js';
import { pointsToSource } from '../vocab-pointers.js';
import { bodyBlocks } from '../types.js';

// The end of a teaser: an ellipsis (…, ..., […], [...], (…)), perhaps before a pointer to the rest.
const ELLIPSIS = /(?:…|\.{3}|[[(](?:…|\.{3})[\])])[\s"'’”»)\]]*$/u;
const readMore = () => phraseSet('check:readMore', () => furniture('readMore'));

// What may follow a pointer: the site it points to, "at example.com", "on The Valley Gazette"
// (a cut only after an ellipsis: "… Continue reading on The Valley Gazette").
const SITE = /^\s*(?:\p{Ll}{1,3}\s+)?(?:(?:[\p{L}\d-]+\.)+\p{L}{2,12}|\p{Lu}\p{L}*(?:\s+(?:\p{Lu}\p{L}*|\p{Ll}{1,3})){0,4})[\s\p{P}\p{S}]*$/u;

/** Where the pointer to the rest ("Continue reading", "Weiterlesen", "Lire la suite") starts, when the text ends with one (and perhaps the site it points to). */
function pointerAt(text: string): { at: number; site: boolean } | null {
  const words = wordsOf(text);
  const n = words.tokens.length;
  for (let i = Math.max(0, n - 12); i < n; i++) {
    const len = readMore().startAt(words, i);
    if (!len) continue;
    const rest = text.slice(words.ends[i + len - 1]);
    if (/^[\s\p{P}\p{S}]*$/u.test(rest)) return { at: words.starts[i], site: false };
    if (SITE.test(rest)) return { at: words.starts[i], site: true };
  }
  return null;
}

/** The text ends like a teaser: an ellipsis, or a pointer to the rest (after an ellipsis or a sentence, or alone on a line). */
function cut(text: string, alone: boolean): boolean {
  const t = text.trimEnd();
  if (ELLIPSIS.test(t)) return true;
  const pointer = pointerAt(t);
  if (pointer === null) return false;
  const before = t.slice(0, pointer.at).trimEnd();
  if (ELLIPSIS.test(before)) return true;
  // A pointer on its own line after the story, or after the paragraph's last sentence ("… on
  // Friday. Continue reading →"): "Continue reading", not "View original". One that names a
  // site after a whole sentence ("Read more at WIRED") credits the source of a whole story.
  if (pointer.site) return false;
  return (alone || !before || /[.!?:"'’”»)]$/u.test(before)) && !pointsToSource(wordsOf(t.slice(pointer.at)).tokens);
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
      { file: 'credit.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.\n\nRead more at The Coast Courier\n' },
      { file: 'source-link.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.\n\nView original\n' },
    ],
    invalid: [
      { file: 'teaser.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged […]\n', lines: [3] },
      {
        file: 'continue.txt',
        text: 'Harbour wall to be rebuilt\n\nBy Ana Ruiz\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.\n\nContinue reading\n',
        lines: [7],
      },
      { file: 'arrow.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter. Continue reading →\n', lines: [3] },
      { file: 'weiterlesen.txt', text: 'Hafenmauer wird neu gebaut\n\nDer Rat stimmte am Dienstag für den Neubau der Mauer, die der Sturm im Winter beschädigt hat … Weiterlesen\n', lines: [3] },
      { file: 'teaser.md', text: '---\ntitle: Harbour wall to be rebuilt\n---\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms…\n', lines: [5] },
    ],
  },
});
