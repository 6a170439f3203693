import { defineRule } from '../rule.js';
import { bodyBlocks } from '../types.js';
import { normalise, words } from './util.js';

export default defineRule({
  name: 'duplicate-paragraph',
  severity: 'warn',
  description: 'A paragraph appears twice in the body',
  options: { minWords: { type: 'number', default: 5, description: 'shorter paragraphs (labels, list items) may repeat' } },
  check({ article, options, report }) {
    const seen = new Map<string, number>();
    for (const b of bodyBlocks(article)) {
      if (words(b.text) < Number(options.minWords)) continue;
      const key = normalise(b.text);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, b.position.start.line);
      else report(`Same paragraph as line ${first}`, b.position, 'Remove the copy');
    }
  },
  docs: {
    valid: [{ file: 'once.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the harbour wall.\n\nWork starts in May and should take two years.\n' }],
    invalid: [
      {
        file: 'twice.txt',
        text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday to rebuild the harbour wall.\n\nWork starts in May and should take two years.\n\nThe council voted on Tuesday to rebuild the harbour wall.\n',
        lines: [7],
      },
    ],
  },
});
