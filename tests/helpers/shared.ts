/**
 * `../shared` beside the project (the seed, the dev corpus, the upstream schema) is there in
 * CI and in the maintainer's worktrees, and absent from a bare clone. Tests that need it skip
 * with a note on stderr; everything else runs on the project's own fixtures.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SHARED = resolve(ROOT, '../shared');
export const hasShared = existsSync(join(SHARED, 'article.schema.json')) && existsSync(join(SHARED, 'corpus/seed/input.txt'));

/** For `describe.skipIf` / `it.skipIf`: true when ../shared is absent, after saying what is skipped. */
export function withoutShared(what: string): boolean {
  if (!hasShared) console.warn(`note: ${SHARED} is absent: skipping ${what}`);
  return !hasShared;
}
