import { defineRule } from '../rule.js';
import { bodyBlocks } from '../types.js';

export default defineRule({
  name: 'empty-body',
  severity: 'error',
  description: 'The article has no body text',
  check({ article, report }) {
    if (!bodyBlocks(article).length) report('No body text: the article has only metadata or furniture', article.start);
  },
  docs: {
    valid: [{ file: 'body.md', text: '---\ntitle: Harbour wall to be rebuilt\n---\n\nThe council voted on Tuesday.\n' }],
    invalid: [{ file: 'empty.md', text: '---\ntitle: Harbour wall to be rebuilt\nauthors: [Ana Ruiz]\n---\n\n## Background\n', lines: [1] }],
  },
});
