import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/exporters/json.js';
import { adversarialArticle } from '../fixtures/adversarial-article.js';
import { seedArticle } from '../fixtures/seed-article.js';

const schema = JSON.parse(readFileSync(new URL('../../../shared/article.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

describe('toJson', () => {
  it('pretty-prints with two-space indentation by default, without a trailing newline', () => {
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
    ['seed', seedArticle],
    ['adversarial', adversarialArticle],
  ])('round-trips the %s article losslessly and validates against the schema', (_name, make) => {
    const article = make();
    const parsed = JSON.parse(toJson(article));
    expect(parsed).toEqual(article);
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
  });
});
