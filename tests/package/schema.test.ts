/**
 * The project ships its own copy of the article JSON Schema as `article-clean/schema.json`,
 * so consumers and a bare clone have the contract. It must equal the upstream
 * ../shared/article.schema.json whenever that is beside the project.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import { ownCases } from '../helpers/corpus.js';
import { SCHEMA_PATH, schema, validateArticle } from '../helpers/schema.js';
import { ROOT, SHARED, withoutShared } from '../helpers/shared.js';

describe('schema/article.schema.json', () => {
  it('is exported as article-clean/schema.json and shipped in the package files', () => {
    const require = createRequire(join(ROOT, 'package.json'));
    expect(require.resolve('article-clean/schema.json')).toBe(SCHEMA_PATH);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('schema');
  });

  it('describes schema version 1 and accepts what the pipeline makes of a fixture', () => {
    expect(schema.$id).toBe('https://article-clean.dev/schema/article-1.json');
    const c = ownCases()[0];
    const article = cleanArticle(c.bytes, { path: c.input });
    expect(validateArticle(article), JSON.stringify(validateArticle.errors)).toBe(true);
  });

  it('rejects an article without its required fields', () => {
    expect(validateArticle({ schemaVersion: 1, id: 'x' })).toBe(false);
  });

  it.skipIf(withoutShared('the comparison with ../shared/article.schema.json'))('equals ../shared/article.schema.json', () => {
    const upstream = JSON.parse(readFileSync(join(SHARED, 'article.schema.json'), 'utf8'));
    expect(schema).toEqual(upstream);
  });
});
