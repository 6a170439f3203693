import { defineRule } from '../rule.js';

export default defineRule({
  name: 'missing-byline',
  severity: 'warn',
  description: 'No author is named (optionally, a publication alone is enough)',
  options: { allowPublication: { type: 'boolean', default: false, description: 'a publication or curator without a person counts as a byline' } },
  check({ article, options, report }) {
    if (article.authors.length) return;
    if (options.allowPublication && article.publication) return;
    const only = article.publication ? ` (only the publication, ${article.publication})` : '';
    report(`No byline: no author is named${only}`, article.start);
  },
  docs: {
    valid: [
      { file: 'byline.txt', text: 'Harbour wall to be rebuilt\n\nBy Ana Ruiz\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.\n' },
      { file: 'authors.md', text: '---\ntitle: Harbour wall\nauthor:\n  - name: Ana Ruiz\n    email: ana@example.org\n---\n\nThe council voted on Tuesday.\n' },
    ],
    invalid: [{ file: 'no-author.md', text: '---\ntitle: Harbour wall to be rebuilt\n---\n\nThe council voted on Tuesday to rebuild the harbour wall.\n', lines: [1] }],
  },
});
