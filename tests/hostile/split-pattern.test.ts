/** The --split guard against patterns that backtrack exponentially (found by the hostile catalogue). */
import { describe, expect, it } from 'vitest';
import { nestsUnboundedRepeats } from '../../src/cli/split-pattern.js';
import { run, tempTree } from '../cli/helpers.js';

describe('--split pattern guard', () => {
  it.each(['^(a+)+$', '^(?:\\w+\\s?)*$', '(.*){2,}x', '((ab)*c)+', '^(?:[-=]+\\s*)+$'])('refuses %s', (p) => {
    expect(nestsUnboundedRepeats(p)).toBe(true);
  });

  it.each(['^-----$', '^-{5}$', '^\\*\\s\\*\\s\\*$', '^(?:-|=){3}$', '^Page \\d+$', '^(ab)+$', '^[(+*]+$', '^\\(a+\\)+$', '^(?:-{3,}|={3,})$'])('accepts %s', (p) => {
    expect(nestsUnboundedRepeats(p)).toBe(false);
  });

  it('refuses a catastrophic pattern as a usage error instead of hanging on a line that almost matches', async () => {
    const dir = tempTree({ 'in.txt': `Headline of the story\n\n${'a'.repeat(40)}!\n` });
    const r = await run(['--split', '^(a+)+$', '-f', 'jsonl', 'in.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^article-clean: --split: the pattern nests a repeat inside a repeat .+\n$/);
  });
});
