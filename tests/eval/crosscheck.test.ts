/**
 * The project's scorer (eval/score.ts, in-process) must agree with the grader
 * (../shared/eval/score.mjs, which spawns the built CLI) on fixtures/heldout.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIGURES, ROOT, scoreCorpus, SHARED, type Figures } from '../../eval/score.js';
import { withBuilt } from '../helpers/build.js';

const grader = join(SHARED, 'eval/score.mjs');
const cli = join(ROOT, 'dist/cli/main.js');
const why = !existsSync(grader) ? `${grader} is absent` : !existsSync(cli) ? 'dist/cli is missing (npm run build)' : null;
const scratch = mkdtempSync(join(tmpdir(), 'article-clean-eval-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface GraderSummary {
  headline: { value: number | null };
  byline: { value: number | null };
  headings: { f1: number };
  body: { f1: number };
  boilerplate: { recall: number | null };
  contentRemoved: { per1k: number };
  quotes: { f1: number; speakerAccuracy: number | null } | null;
  pullquotes: { recall: number | null };
}

function graderFigures(cases: string): Figures {
  const report = join(scratch, 'report.json');
  const cmd = 'node bin/article-clean.js --format jsonl';
  // withBuilt: dist/ fresh, and not rebuilt by another test file while the grader runs it.
  const run = withBuilt(() => spawnSync(process.execPath, [grader, '--cases', cases, '--cmd', cmd, '--json', report], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 }));
  if (run.status !== 0) throw new Error(`score.mjs exited ${run.status}: ${run.stderr}`);
  const s = (JSON.parse(readFileSync(report, 'utf8')) as { summary: GraderSummary }).summary;
  return {
    headline: s.headline.value,
    byline: s.byline.value,
    headingsF1: s.headings.f1,
    bodyF1: s.body.f1,
    boilerplateRecall: s.boilerplate.recall,
    contentRemovedPer1k: s.contentRemoved.per1k,
    quotesF1: s.quotes?.f1 ?? null,
    speakerAcc: s.quotes?.speakerAccuracy ?? null,
    pullRecall: s.pullquotes.recall,
  };
}

describe(`eval scorer against the grader${why ? ` (skipped: ${why})` : ''}`, () => {
  it.skipIf(why !== null)('agrees within 0.01 on every figure of fixtures/heldout', () => {
    const theirs = graderFigures('fixtures/heldout');
    const ours = scoreCorpus(join(ROOT, 'fixtures/heldout')).figures;
    for (const f of FIGURES) {
      const msg = `${f}: eval/score.ts ${ours[f]}, score.mjs ${theirs[f]} (is dist/ up to date? npm run build)`;
      if (theirs[f] === null || ours[f] === null) expect(ours[f], msg).toBe(theirs[f]);
      else expect(Math.abs(ours[f]! - theirs[f]!), msg).toBeLessThanOrEqual(0.01);
    }
  }, 300_000);
});
