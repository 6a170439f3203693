import { describe, expect, it } from 'vitest';
import { foldWhitespace } from '../../src/text/whitespace.js';

describe('foldWhitespace', () => {
  it('folds every run of whitespace to one space, as /\\s+/g would', () => {
    for (const s of ['a  b', 'a\tb\n\nc', '  lead and trail \u00a0 ', 'one space only', '', '\u2003\u3000x']) {
      expect(foldWhitespace(s)).toBe(s.replace(/\s+/g, ' '));
    }
  });

  it('returns the same string when there is nothing to fold', () => {
    const s = 'Already folded text.';
    expect(foldWhitespace(s)).toBe(s);
  });

  it('folds a run of a million spaces between two words', () => {
    expect(foldWhitespace(`Title${' '.repeat(1_000_000)}| x`)).toBe('Title | x');
  });
});

describe('foldWhitespace on every kind of whitespace', () => {
  it('treats each code unit JavaScript calls \\s as whitespace, and no other', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = `a${String.fromCharCode(c)}${String.fromCharCode(c)}b`;
      expect(foldWhitespace(s), c.toString(16)).toBe(s.replace(/\s+/g, ' '));
    }
  });
});
