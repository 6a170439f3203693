/** The project's own copy of the article JSON Schema (exported as `article-clean/schema.json`). */
import Ajv2020 from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './shared.js';

export const SCHEMA_PATH = join(ROOT, 'schema/article.schema.json');
export const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
export const validateArticle = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
