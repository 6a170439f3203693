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
    if (last && CUT.test(last.text)) report('Body ends like a teaser: the rest of the story is missing', last.position);
  },
  docs: {
    valid: [{ file: 'whole.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the wall… after years of delay.\n\nWork starts in May.\n' }],
    invalid: [
      { file: 'teaser.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged […]\n', lines: [3] },
      { file: 'teaser.md', text: '---\ntitle: Harbour wall to be rebuilt\n---\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms…\n', lines: [5] },
    ],
  },
});
