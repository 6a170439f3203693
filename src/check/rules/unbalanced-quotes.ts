import { defineRule } from '../rule.js';
import { bodyBlocks } from '../types.js';
import { quotePairs } from '../vocab-quotes.js';
import { findMojibake } from './mojibake.js';
import { placeOf } from './util.js';

/** The text without mis-decoded runs (â€” holds a ”, which is no quotation mark). */
function withoutMojibake(text: string): string {
  let out = text;
  for (const { match } of findMojibake(text)) out = out.replace(match, ' ');
  return out;
}

/** The first mark of `text` left unmatched, for one pair of quotation marks. */
function unmatched(text: string, [open, close]: [string, string]): { mark: string; unclosed: boolean } | null {
  if (open === close) {
    const n = text.split(open).length - 1;
    return n % 2 ? { mark: open, unclosed: true } : null;
  }
  let depth = 0;
  for (const ch of text) {
    if (ch === open) depth++;
    else if (ch === close && --depth < 0) return { mark: close, unclosed: false };
  }
  return depth > 0 ? { mark: open, unclosed: true } : null;
}

export default defineRule({
  name: 'unbalanced-quotes',
  severity: 'warn',
  description: 'A quotation mark is opened and never closed, or closed and never opened, in a paragraph',
  check({ article, settings, report }) {
    const body = bodyBlocks(article);
    const language = settings.language ?? article.article.language ?? 'en';
    const pairs: [string, string][] = [...quotePairs(language), ['"', '"']];
    body.forEach((b, i) => {
      for (const pair of pairs) {
        const hit = unmatched(withoutMojibake(b.text), pair);
        if (!hit) continue;
        // A quotation running on over paragraphs opens each of them and closes only the last.
        if (hit.unclosed && body[i + 1]?.text.trimStart().startsWith(pair[0])) continue;
        const what = hit.unclosed ? `Quotation mark ${hit.mark} is never closed` : `Closing quotation mark ${hit.mark} has no opening one`;
        report(`${what} in this paragraph`, placeOf(b, hit.mark));
      }
    });
  },
  docs: {
    valid: [
      {
        file: 'closed.txt',
        text: 'Harbour wall to be rebuilt\n\n“It is overdue,” the mayor said. “We start in May.\n\n“It will take two years.”\n',
      },
      {
        // German marks („…“), by the language the pipeline detects (or `language` in the source's settings).
        file: 'de.txt',
        text: 'Hafenmauer wird neu gebaut\n\nDer Stadtrat hat am Dienstag beschlossen, die Hafenmauer neu zu bauen, die in den Stürmen des letzten Winters zweimal gebrochen ist. „Das ist längst überfällig“, sagte der Bürgermeister. Die Arbeiten beginnen im Mai und sollen zwei Jahre dauern.\n',
      },
    ],
    invalid: [
      {
        file: 'open.txt',
        text: 'Harbour wall to be rebuilt\n\n“It is overdue, the mayor said.\n\nWork starts in May.\n\nThe engineer said it was "about time.\n',
        lines: [3, 7],
      },
    ],
  },
});
