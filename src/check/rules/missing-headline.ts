import { defineRule } from '../rule.js';

export default defineRule({
  name: 'missing-headline',
  severity: 'error',
  description: 'The article has no headline',
  check({ article, report }) {
    if (!article.headline) report('No headline: the metadata has no title and the text does not start with one', article.start);
  },
  docs: {
    valid: [{ file: 'titled.md', text: '---\ntitle: Harbour wall to be rebuilt\n---\n\nThe council voted on Tuesday to rebuild the harbour wall.\n' }],
    invalid: [
      {
        file: 'untitled.json',
        text: '{\n  "headline": null,\n  "byline": { "authors": ["Ana Ruiz"] },\n  "sections": [{ "heading": null, "blocks": [{ "type": "paragraph", "text": "The council voted on Tuesday to rebuild the harbour wall." }] }]\n}\n',
        lines: [1],
      },
    ],
  },
});
