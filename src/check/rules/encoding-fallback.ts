import { defineRule } from '../rule.js';

export default defineRule({
  name: 'encoding-fallback',
  severity: 'warn',
  description: 'The file is not UTF-8: its encoding was guessed',
  scope: 'file',
  check({ doc, report }) {
    if (doc.guessedEncoding) report(`File is not UTF-8: read as ${doc.encoding}, a guess`, { line: 1, column: 1 }, 'Save the file as UTF-8');
  },
  docs: {
    valid: [{ file: 'utf8.txt', text: 'Café owners say no\n\nThe café’s owner said prices would rise.\n' }],
    // The tests write invalid examples marked latin1 as windows-1252 bytes.
    invalid: [{ file: 'latin1.txt', text: 'Café owners say no\n\nThe café owner said prices would rise, and the crème brûlée too.\n', lines: [1] }],
  },
});
