/**
 * `check` in-process over a content repository with planted problems (fixtures/check/site):
 * every planted problem reported with the right rule at the right line, nothing else, and
 * clean files silent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../cli/helpers.js';

const SITE = path.resolve(import.meta.dirname, '../../fixtures/check/site');
const EXPECTED = JSON.parse(fs.readFileSync(path.join(SITE, 'EXPECTED.json'), 'utf8')) as { messages: Record<string, string[]> };

interface EslintResult {
  filePath: string;
  messages: { ruleId: string; severity: number; line: number }[];
  errorCount: number;
  warningCount: number;
}

async function checkSite(...args: string[]) {
  const r = await run(['check', '--reporter', 'json', ...args], { cwd: SITE });
  return { ...r, results: JSON.parse(r.stdout) as EslintResult[] };
}

let whole: ReturnType<typeof checkSite> | undefined;
/** `check .` over the whole repository, run once for the tests that read it. */
const checkWhole = () => (whole ??= checkSite('.'));

describe('check over a content repository', { timeout: 60_000 }, () => {
  it('reports every planted problem with its rule and line, and nothing else', async () => {
    const { code, stderr, results } = await checkWhole();
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const got: Record<string, string[]> = {};
    for (const r of results) {
      if (r.messages.length) got[path.relative(SITE, r.filePath)] = r.messages.map((m) => `${m.ruleId.replace('article-clean:', '')}@${m.line}`);
    }
    expect(got).toEqual(EXPECTED.messages);
  });

  it('checks the clean files too, and they give no message', async () => {
    const { results } = await checkWhole();
    const clean = results.filter((r) => !EXPECTED.messages[path.relative(SITE, r.filePath)]);
    expect(clean.map((r) => path.relative(SITE, r.filePath)).sort()).toEqual([
      'content/2024/festival-returns.md',
      'content/2024/harbour-wall.md',
      'content/de/hafenmauer.md',
      'dumps/council-vote.txt',
      'exports/council-vote.json',
    ]);
    expect(clean.every((r) => r.messages.length === 0)).toBe(true);
  });

  it('exits 0 on clean files only', async () => {
    const { code, results } = await checkSite('content/2024/harbour-wall.md', 'exports/council-vote.json', 'dumps/council-vote.txt');
    expect(code).toBe(0);
    expect(results).toHaveLength(3);
  });

  it('skips what ignorePatterns name (drafts/)', async () => {
    const { results } = await checkWhole();
    expect(results.some((r) => r.filePath.includes('drafts'))).toBe(false);
  });

  it('honours <!-- article-clean-disable --> comments in Markdown', async () => {
    const file = path.join(SITE, 'content/2024/festival-returns.md');
    const text = fs.readFileSync(file, 'utf8').replace(/<!--.*-->\n/g, '');
    // The same article without its comments reports the tag they silence.
    const tmp = path.join(path.dirname(file), '.tmp-no-comments.md');
    fs.writeFileSync(tmp, text);
    try {
      const { results } = await checkSite(path.relative(SITE, tmp));
      expect(results[0].messages.map((m) => `${m.ruleId}@${m.line}`)).toEqual(['article-clean:html-remnants@10']);
    } finally {
      fs.rmSync(tmp);
    }
  });
});
