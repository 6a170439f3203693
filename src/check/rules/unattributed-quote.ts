import { defineRule } from '../rule.js';
import { clip } from './util.js';

export default defineRule({
  name: 'unattributed-quote',
  severity: 'off',
  description: 'A direct quotation names no speaker',
  check({ article, report }) {
    const sections = article.article.sections;
    for (const q of article.article.quotes) {
      if (q.speaker || q.kind !== 'direct' || q.section === undefined || q.block === undefined) continue;
      const position = sections[q.section]?.blocks[q.block]?.position;
      if (position) report(`Quotation “${clip(q.text, 40)}” has no speaker`, position);
    }
  },
  docs: {
    valid: [{ file: 'said.txt', text: 'Harbour wall to be rebuilt\n\n“It is long overdue and we are glad,” said Mayor Ana Ruiz.\n' }],
    invalid: [{ file: 'nobody.txt', text: 'Harbour wall to be rebuilt\n\nThe plan was approved.\n\n“It is long overdue and we are very glad that it is finally happening.”\n', lines: [5] }],
  },
});
