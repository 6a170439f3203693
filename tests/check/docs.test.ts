/** The README's rule table is the one the rule modules generate (run `npm run docs:rules` after changing a rule). */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ruleTable, withRuleTable } from '../../src/check/docs.js';
import { RULES } from '../../src/check/rules/index.js';

const README = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

it('README.md holds the generated rule table', () => {
  expect(withRuleTable(README)).toBe(README);
});

it('the table has one row per rule, with its id, default severity and description', () => {
  const rows = ruleTable().split('\n').slice(2);
  expect(rows).toHaveLength(RULES.length);
  expect(rows[0]).toMatch(/^\| `article-clean:residual-boilerplate` \| error \| Page furniture/);
  expect(rows.find((r) => r.includes('unattributed-quote'))).toContain('| off |');
});
