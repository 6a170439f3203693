import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/text/matches.js';

const same = (re: RegExp, text: string) => {
  const expected = [...text.matchAll(re)].map((m) => [m.index, ...m]);
  const got = [...matchesOf(re, text)].map((m) => [m.index, ...m]);
  expect(got).toEqual(expected);
  expect(re.lastIndex).toBe(0);
};

describe('matchesOf: matchAll without copying the regex', () => {
  it('finds what matchAll finds, groups and offsets included', () => {
    same(/(\p{Lu})(\p{Ll}+)/gu, 'Anna met Bruno in Zürich and Ödön');
    same(/\d+/g, 'no digits here');
  });

  it('steps over empty matches as matchAll does, by code point under the u flag', () => {
    same(/x*/g, 'axxb');
    same(/x*/gu, 'a😀b');
    same(/x*/g, 'a😀b');
  });

  it("leaves lastIndex as it was while the caller's loop runs, so the same regex can be used inside it", () => {
    const re = /\p{L}+/gu;
    const seen: string[] = [];
    for (const m of matchesOf(re, 'one two three')) {
      expect(re.lastIndex).toBe(0);
      seen.push(m[0], String([...'ab cd'.matchAll(re)].length));
    }
    expect(seen).toEqual(['one', '2', 'two', '2', 'three', '2']);
  });

  it('stops early without leaving lastIndex changed, and refuses a regex that is not global', () => {
    const re = /\w+/g;
    for (const m of matchesOf(re, 'a b c')) if (m[0] === 'b') break;
    expect(re.lastIndex).toBe(0);
    expect(() => [...matchesOf(/a/, 'a')]).toThrow(TypeError);
  });
});
