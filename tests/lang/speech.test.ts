/** The speech vocabulary files (src/lang/<code>/speech.json) are well formed. */
import { describe, expect, it } from 'vitest';
import { languageCodes, vocabulary } from '../../src/lang/index.js';

describe('speech vocabulary', () => {
  it('has every language the project reads', () => {
    expect(languageCodes).toEqual(expect.arrayContaining(['en', 'es', 'pt', 'fr', 'de', 'it']));
  });

  for (const code of languageCodes) {
    it(`${code}: lists verbs and formulas, and genders are m, f or null`, () => {
      const [speech] = vocabulary('speech', code);
      expect(speech.verbs.length).toBeGreaterThan(10);
      expect(speech.according.length).toBeGreaterThan(0);
      for (const v of speech.listenerVerbs) expect(speech.verbs).toContain(v);
      for (const map of [speech.titles, speech.pronouns, speech.pronounForms, speech.gendered]) {
        for (const g of Object.values(map)) expect([null, 'm', 'f']).toContain(g);
      }
      expect(Object.keys(speech.pronouns).length).toBeGreaterThan(1);
    });
  }
});
