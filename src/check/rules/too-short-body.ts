import { defineRule } from '../rule.js';
import { bodyBlocks } from '../types.js';
import { words } from './util.js';

export default defineRule({
  name: 'too-short-body',
  severity: 'warn',
  description: 'The body has fewer words than a story (50 by default)',
  options: { minWords: { type: 'number', default: 50, description: 'fewest words in a whole body' } },
  check({ article, options, report }) {
    const body = bodyBlocks(article);
    const n = body.reduce((sum, b) => sum + words(b.text), 0);
    const min = Number(options.minWords);
    if (n > 0 && n < min) report(`Body has ${n} word${n === 1 ? '' : 's'}, fewer than ${min}`, article.start);
  },
  docs: {
    valid: [{ file: 'long-enough.md', text: '---\ntitle: Harbour wall\n---\n\nThe council voted on Tuesday to rebuild the harbour wall.\n', options: { minWords: 5 } }],
    invalid: [{ file: 'stub.md', text: '---\ntitle: Harbour wall\n---\n\nThe council voted.\n', lines: [1] }],
  },
});
