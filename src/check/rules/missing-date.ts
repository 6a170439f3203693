import { defineRule } from '../rule.js';

export default defineRule({
  name: 'missing-date',
  severity: 'warn',
  description: 'The article has no publication date',
  check({ article, report }) {
    if (!article.date) report('No publication date', article.start);
  },
  docs: {
    valid: [{ file: 'dated.md', text: '---\ntitle: Harbour wall to be rebuilt\ndate: "2024-03-02"\n---\n\nThe council voted on Tuesday to rebuild the harbour wall.\n' }],
    invalid: [{ file: 'undated.md', text: '---\ntitle: Harbour wall to be rebuilt\nauthors: [Ana Ruiz]\n---\n\nThe council voted on Tuesday to rebuild the harbour wall.\n', lines: [1] }],
  },
});
