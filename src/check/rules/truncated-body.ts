import { defineRule } from '../rule.js';
import { bodyBlocks } from '../types.js';

// The end of a teaser: an ellipsis (…, ..., […], [...]) or a pointer to the rest.
const CUT = /(?:…|\.\.\.|\[(?:…|\.\.\.)\])\s*$|\b(?:continue reading|read more|read the (?:full|rest of the) (?:story|article)|keep reading)[\s\p{P}]*$/iu;

export default defineRule({
  name: 'truncated-body',
  severity: 'warn',
  description: 'The body ends like a teaser: "…", "[…]" or "Continue reading"',
  check({ article, report }) {
    const last = bodyBlocks(article).at(-1);
    if (!last) return;
    // A "Continue reading" link after the last paragraph is furniture to the pipeline, and a sign of a cut too.
    const after = article.blocks.slice(article.blocks.indexOf(last) + 1);
    const cut = CUT.test(last.text) ? last : after.find((b) => b.furniture === 'read-more' && CUT.test(b.text));
    if (cut) report('Body ends like a teaser: the rest of the story is missing', cut.position);
  },
  docs: {
    valid: [{ file: 'whole.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the wall… after years of delay.\n\nWork starts in May.\n' }],
    invalid: [
      { file: 'teaser.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged […]\n', lines: [3] },
      {
        file: 'continue.txt',
        text: 'Harbour wall to be rebuilt\n\nBy Ana Ruiz\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.\n\nContinue reading\n',
        lines: [7],
      },
      { file: 'teaser.md', text: '---\ntitle: Harbour wall to be rebuilt\n---\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms…\n', lines: [5] },
    ],
  },
});
