/**
 * The project's own scorer: runs `cleanArticle` in-process over a labelled corpus (folders
 * holding input.txt + label.json) and sums the per-case scores into the figures the grader
 * (`../shared/eval/score.mjs`) reports. `npm test` (tests/eval/gate.test.ts) holds these
 * figures against eval/floors.json; `npm run eval` prints them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanArticle } from '../src/clean.js';
import { decodeBytes } from '../src/readers/decode.js';
import type { Article } from '../src/types.js';
import { scoreCase, type CaseScore, type Label } from './case.js';
import { averagedF1, countF1 } from './metrics.js';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SHARED = resolve(ROOT, '../shared');

/** The gated figures, in report order. contentRemovedPer1k is the one where lower is better. */
export const FIGURES = [
  'headline', 'byline', 'headingsF1', 'bodyF1', 'boilerplateRecall', 'contentRemovedPer1k', 'quotesF1', 'speakerAcc', 'pullRecall',
] as const;
export type Figure = (typeof FIGURES)[number];
/** null: the corpus gives nothing to measure (e.g. no labelled quotes). */
export type Figures = Record<Figure, number | null>;
export const isCeiling = (f: Figure): boolean => f === 'contentRemovedPer1k';

export interface Corpus {
  name: string;
  dir: string;
}

/** The labelled corpora: every folder under fixtures/, then the shared seed and dev corpus when present. */
export function corpora(): Corpus[] {
  const own = readdirSync(join(ROOT, 'fixtures'))
    .sort()
    .map((n) => ({ name: n, dir: join(ROOT, 'fixtures', n) }))
    .filter((c) => statSync(c.dir).isDirectory() && caseDirs(c.dir).length > 0);
  const shared = [
    { name: 'seed', dir: join(SHARED, 'corpus/seed') },
    { name: 'dev', dir: join(SHARED, 'corpus/syndicated-dev') },
  ].filter((c) => existsSync(c.dir));
  return [...own, ...shared];
}

const isCase = (dir: string) => existsSync(join(dir, 'input.txt')) && existsSync(join(dir, 'label.json'));

/** A corpus folder is one case, or a folder of case folders (in sorted order). */
function caseDirs(dir: string): string[] {
  if (isCase(dir)) return [dir];
  return readdirSync(dir)
    .sort()
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isDirectory() && isCase(p));
}

export interface CaseResult {
  id: string;
  input: string;
  score: CaseScore;
  /** The cleaner's error message, when it threw. */
  error?: string;
}

export type Cleaner = (bytes: Uint8Array, path: string) => Article;
const inProcess: Cleaner = (bytes, path) => cleanArticle(bytes, { path });

/** Clean and score every case of a corpus folder. */
export function scoreCases(dir: string, clean: Cleaner = inProcess): CaseResult[] {
  return caseDirs(dir).map((caseDir) => {
    const input = join(caseDir, 'input.txt');
    const label = JSON.parse(readFileSync(join(caseDir, 'label.json'), 'utf8')) as Label & { id?: string };
    const bytes = readFileSync(input);
    const lines = decodeBytes(bytes).text.split(/\r\n?|\n/);
    let article: Article | null = null;
    let error: string | undefined;
    try {
      article = clean(bytes, input);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    return { id: label.id ?? basename(caseDir), input, score: scoreCase(label, lines, article), ...(error ? { error } : {}) };
  });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Share of true among the cases that count (null ones do not). */
function rate(values: (boolean | null)[]): number | null {
  const counted = values.filter((v) => v !== null);
  return counted.length ? counted.filter(Boolean).length / counted.length : null;
}

/** The corpus figures from its case scores. */
export function figures(scores: CaseScore[]): Figures {
  const ok = scores.filter((s) => s.ok);
  const parts = [
    rate(scores.map((s) => s.byline.authors)),
    rate(scores.map((s) => s.byline.publication)),
    rate(scores.map((s) => s.byline.curator)),
    rate(scores.map((s) => s.byline.published)),
  ].filter((x) => x !== null);
  const h = (k: 'labelled' | 'output' | 'matched') => sum(scores.map((s) => s.headings[k]));
  const bpLabelled = sum(scores.map((s) => s.boilerplate.labelled));
  const units = sum(ok.map((s) => s.units));
  const quoted = scores.flatMap((s) => (s.quotes ? [s.quotes] : []));
  const q = (k: 'labelled' | 'output' | 'matched' | 'speakerOk') => sum(quoted.map((x) => x[k]));
  const pulls = sum(scores.map((s) => s.pulls.labelled));
  return {
    headline: rate(scores.map((s) => s.headline)),
    byline: parts.length ? sum(parts) / parts.length : null,
    headingsF1: countF1(h('matched'), h('output'), h('labelled')),
    bodyF1: averagedF1(scores.map((s) => s.body)).f1,
    boilerplateRecall: bpLabelled ? sum(scores.map((s) => s.boilerplate.found)) / bpLabelled : null,
    contentRemovedPer1k: units ? (sum(ok.map((s) => s.removed.length)) / units) * 1000 : 0,
    quotesF1: quoted.length ? countF1(q('matched'), q('output'), q('labelled')) : null,
    speakerAcc: q('matched') ? q('speakerOk') / q('matched') : null,
    pullRecall: pulls ? sum(scores.map((s) => s.pulls.found)) / pulls : null,
  };
}

/** Clean, score and sum one corpus. */
export function scoreCorpus(dir: string, clean?: Cleaner): { figures: Figures; cases: CaseResult[] } {
  const cases = scoreCases(dir, clean);
  return { figures: figures(cases.map((c) => c.score)), cases };
}
