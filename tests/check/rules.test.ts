/** Every rule's documented examples: valid ones give no message, invalid ones the documented lines. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { runExample } from './helpers.js';

for (const rule of RULES) {
  describe(`article-clean:${rule.name}`, () => {
    it('has docs with at least one valid and one invalid example', () => {
      expect(rule.docs.valid.length).toBeGreaterThan(0);
      expect(rule.docs.invalid.length).toBeGreaterThan(0);
      expect(rule.description).not.toMatch(/\n/);
    });
    for (const example of rule.docs.valid) {
      it(`accepts ${example.file}`, () => {
        const file = runExample(rule, example);
        expect(file.messages.map((m) => `${m.line}: ${m.reason}`)).toEqual([]);
      });
    }
    for (const example of rule.docs.invalid) {
      it(`reports ${example.file} at lines ${example.lines?.join(', ')}`, () => {
        const file = runExample(rule, example);
        expect(file.messages.map((m) => m.ruleId)).toEqual(example.lines?.map(() => rule.name));
        expect(file.messages.map((m) => m.line)).toEqual(example.lines);
      });
    }
  });
}
