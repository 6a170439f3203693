import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/exporters/json.js';
import { adversarialArticle } from '../fixtures/adversarial-article.js';
import { seedArticle } from '../fixtures/seed-article.js';
import { validateArticle as validate } from '../helpers/schema.js';
import { hasShared, withoutShared } from '../helpers/shared.js';

const skipSeed = withoutShared('toJson tests of the seed article (need ../shared/corpus/seed)');

describe('toJson', () => {
  it.skipIf(skipSeed)('pretty-prints with two-space indentation by default, without a trailing newline', () => {
    const out = toJson(seedArticle());
    expect(out.startsWith('{\n  "schemaVersion": 1,\n  "id": "seed-well-and-good-crying",')).toBe(true);
    expect(out.endsWith('}')).toBe(true);
    expect(out).toBe(toJson(seedArticle(), { pretty: true }));
  });

  it('prints one compact line when pretty is false, even for text with newlines', () => {
    const article = adversarialArticle();
    const out = toJson(article, { pretty: false });
    expect(out).not.toContain('\n');
    expect(out.startsWith('{"schemaVersion":1,"id":"adversarial-1"')).toBe(true);
    expect(JSON.parse(out)).toEqual(article);
  });

  it.each([
    ...(hasShared ? [['seed', seedArticle] as const] : []),
    ['adversarial', adversarialArticle] as const,
  ])('round-trips the %s article losslessly and validates against the schema', (_name, make) => {
    const article = make();
    const parsed = JSON.parse(toJson(article));
    expect(parsed).toEqual(article);
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
  });
});
