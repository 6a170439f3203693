import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { withoutStack } from '../../src/pipeline/messages.js';

describe('messages without a stack trace', () => {
  it('makes the same message, and restores the stack trace limit', () => {
    const limit = Error.stackTraceLimit;
    const file = new VFile('x');
    const m = withoutStack(() => file.info('No author found', { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, 'article-clean:byline-no-author'));
    expect([m.reason, m.ruleId, m.source, m.fatal, m.place]).toEqual(['No author found', 'byline-no-author', 'article-clean', undefined, { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }]);
    expect(file.messages).toEqual([m]);
    expect(Error.stackTraceLimit).toBe(limit);
  });

  it('restores the limit when the work throws', () => {
    const limit = Error.stackTraceLimit;
    expect(() => withoutStack(() => new VFile('x').fail('stop'))).toThrow('stop');
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
