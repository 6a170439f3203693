/** Labelled cases the tests run over: the shared seed and dev corpus, and the project's own fixtures. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, SHARED, hasShared } from './shared.js';

export { ROOT, SHARED, hasShared };

export interface Case {
  name: string;
  input: string;
  bytes: Buffer;
  label: Label | null;
}

export interface Label {
  headline: string;
  byline: { authors: string[]; publication: string | null; curator: string | null; published: string | null };
  bylineLines: number[];
  sections: { heading: string | null; paragraphs: string[] }[];
  optionalHeadings?: string[];
  pullquotes?: { line: number; text: string; attribution: string | null; speaker: string | null; creditLine?: number }[];
  quotes?: { text: string; speaker: string | null; role?: string; credentials?: string }[];
  boilerplate: { kind: string; line: number; text: string }[];
}

function casesIn(dir: string, prefix: string): Case[] {
  if (!existsSync(dir)) return [];
  const isCase = (p: string) => existsSync(join(p, 'input.txt'));
  const dirs = isCase(dir) ? [dir] : readdirSync(dir).sort().map((n) => join(dir, n)).filter((p) => statSync(p).isDirectory() && isCase(p));
  return dirs.map((p) => {
    const labelPath = join(p, 'label.json');
    return {
      name: `${prefix}/${p.split('/').pop()}`,
      input: join(p, 'input.txt'),
      bytes: readFileSync(join(p, 'input.txt')),
      label: existsSync(labelPath) ? (JSON.parse(readFileSync(labelPath, 'utf8')) as Label) : null,
    };
  });
}

/** The project's own labelled fixtures: there in every clone. */
export function ownCases(): Case[] {
  return [
    ...casesIn(join(ROOT, 'fixtures/heldout'), 'heldout'),
    ...casesIn(join(ROOT, 'fixtures/heldout2'), 'heldout2'),
    ...casesIn(join(ROOT, 'fixtures/heldout3'), 'heldout3'),
    ...casesIn(join(ROOT, 'fixtures/cases'), 'fixtures'),
  ];
}

let noted = false;

/** Every labelled case available here: the shared seed and dev corpus when ../shared is beside the project (it is in CI), then the project's own. */
export function allCases(): Case[] {
  if (!hasShared && !noted) {
    noted = true;
    console.warn(`note: ${SHARED} is absent: running on the project's own fixtures only, without the seed and dev corpus`);
  }
  return [
    ...casesIn(join(SHARED, 'corpus/seed'), 'seed'),
    ...casesIn(join(SHARED, 'corpus/syndicated-dev'), 'dev'),
    ...ownCases(),
  ];
}

export const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
