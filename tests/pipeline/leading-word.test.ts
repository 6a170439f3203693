import { describe, expect, it } from 'vitest';
import { alternation, byLeadingWord } from '../../src/pipeline/quotes/vocabulary.js';

describe('byLeadingWord: a regex per verb word, matching as the whole alternation does', () => {
  const verbs = ['said', 'says', 'said in a statement', "s'est exclamé", 'a-t-il dit', 'told reporters', 'dijo'];
  const build = (alt: string) => new RegExp(String.raw`${alt}\s+(\p{Lu}\p{L}+)`, 'uy');
  const whole = build(alternation(verbs));
  const perWord = byLeadingWord(verbs, build);
  const texts = ['“No,” said in a statement Okafor', '“No,” says Okafor', "« Non », s'est exclamé Dupont", '« Non », a-t-il dit Dupont', 'Then said Okafor', 'told reporters Okafor'];

  it('finds the same match (the longest verb first) at every word of a text', () => {
    for (const text of texts) {
      for (const word of text.matchAll(/[A-Za-z\u00C0-\u024F]+/g)) {
        whole.lastIndex = word.index;
        const expected = whole.exec(text);
        const re = perWord(word[0]);
        if (re) re.lastIndex = word.index;
        expect(re?.exec(text) ?? null, `${text} @ ${word[0]}`).toEqual(expected);
      }
    }
  });

  it('groups a verb by the letters it opens with, up to an apostrophe or hyphen, in any case', () => {
    expect(perWord('s')?.source).toContain("s'est");
    expect(perWord('A')?.source).toContain('a-t-il');
    expect(perWord('Said')?.source).toMatch(/^\(\?:said\\s\+in\\s\+a\\s\+statement\|said\)/);
    expect(perWord('shouted')).toBeNull();
  });
});
