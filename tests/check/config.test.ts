/** Configuration: where it is found, what it may say, and how a mistake in it is reported. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempTree } from '../cli/helpers.js';

// A one-word site name after a dash is a site name only when the configuration names it ("- Harbour Times" is one by its form).
const ARTICLE = '---\ntitle: Harbour wall to be rebuilt - Tidings\ndate: "2024-03-02"\n---\n\nThe council voted on Tuesday.\n';
const RULES = { rules: { 'missing-byline': 'off', 'article-clean:too-short-body': ['error', { minWords: 3 }] } };

async function printConfig(dir: string, file = 'sub/dir/a.md') {
  const r = await run(['check', '--print-config', file], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as { configFile: string | null; ignored: boolean; rules: Record<string, unknown>; settings: Record<string, unknown> };
}

describe('configuration files', { timeout: 60_000 }, () => {
  const json = JSON.stringify(RULES);
  const places: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'site', 'article-clean': RULES }),
    '.article-cleanrc': 'rules:\n  missing-byline: off\n  article-clean:too-short-body: [error, { minWords: 3 }]\n',
    '.article-cleanrc.json': json,
    '.article-cleanrc.yaml': 'rules:\n  missing-byline: "off"\n  article-clean:too-short-body: [error, { minWords: 3 }]\n',
    '.article-cleanrc.yml': `rules: ${json.slice(9, -1)}\n`,
    '.article-cleanrc.js': `module.exports = ${json};\n`,
    '.article-cleanrc.mjs': `export default ${json};\n`,
    'article-clean.config.js': `module.exports = ${json};\n`,
    'article-clean.config.mjs': `export default ${json};\n`,
  };
  for (const [name, content] of Object.entries(places)) {
    it(`finds ${name} above the input`, async () => {
      const dir = tempTree({ [name]: content, 'sub/dir/a.md': ARTICLE });
      const cfg = await printConfig(dir);
      expect(cfg.configFile).toBe(path.join(dir, name));
      expect(cfg.rules['article-clean:missing-byline']).toBe('off');
      expect(cfg.rules['article-clean:too-short-body']).toEqual(['error', { minWords: 3 }]);
      expect(cfg.rules['article-clean:mojibake']).toBe('error');
    });
  }

  it('takes the nearest file; without one, the defaults', async () => {
    const dir = tempTree({ '.article-cleanrc.json': '{"rules":{"mojibake":"warn"}}', 'sub/.article-cleanrc.json': '{"rules":{"mojibake":0}}', 'sub/dir/a.md': ARTICLE, 'b.md': ARTICLE });
    expect((await printConfig(dir)).rules['article-clean:mojibake']).toBe('off');
    expect((await printConfig(dir, 'b.md')).rules['article-clean:mojibake']).toBe('warn');
    const none = await printConfig(tempTree({ 'a.md': ARTICLE }), 'a.md');
    expect(none.configFile).toBe(null);
    expect(none.rules['article-clean:unattributed-quote']).toBe('off');
  });

  it('applies rules to the check: off silences, options change thresholds, severities 0/1/2 work', async () => {
    const dir = tempTree({ '.article-cleanrc.json': '{"rules":{"missing-byline":0,"too-short-body":[2,{"minWords":10}]}}', 'a.md': ARTICLE });
    const [result] = JSON.parse((await run(['check', '--reporter', 'json', 'a.md'], { cwd: dir })).stdout);
    expect(result.messages.map((m: { ruleId: string; severity: number }) => `${m.ruleId}/${m.severity}`)).toEqual(['article-clean:too-short-body/2']);
  });
});

describe('per-source settings and ignorePatterns', { timeout: 60_000 }, () => {
  const config = {
    ignorePatterns: ['old/**'],
    sources: {
      'times/**': { outlets: ['Tidings'], furniture: ['^Tip us off'], timeZone: 'Pacific/Auckland' },
      'https://feeds.example.org/': { curators: ['Wire Desk'] },
    },
  };
  const files = { '.article-cleanrc.json': JSON.stringify(config), 'times/a.md': `${ARTICLE}\nTip us off at the newsroom.\n`, 'other/a.md': ARTICLE, 'old/a.md': ARTICLE };

  it('gives a file the settings of the globs that match it', async () => {
    const dir = tempTree(files);
    expect((await printConfig(dir, 'times/a.md')).settings).toMatchObject({ outlets: ['Tidings'], furniture: ['^Tip us off'], timeZone: 'Pacific/Auckland', language: null });
    expect((await printConfig(dir, 'other/a.md')).settings).toMatchObject({ outlets: [], furniture: [], timeZone: null });
    expect((await printConfig(dir, 'old/a.md')).ignored).toBe(true);
  });

  it('uses them: known outlets as headline suffixes, extra furniture patterns; ignored files are not checked', async () => {
    const dir = tempTree(files);
    const results = JSON.parse((await run(['check', '--reporter', 'json', '.'], { cwd: dir })).stdout);
    const byFile = Object.fromEntries(results.map((r: { filePath: string; messages: { ruleId: string; line: number }[] }) => [path.relative(dir, r.filePath), r.messages.map((m) => `${m.ruleId}@${m.line}`)]));
    expect(Object.keys(byFile).sort()).toEqual(['other/a.md', 'times/a.md']);
    expect(byFile['times/a.md']).toContain('article-clean:suspicious-headline@2');
    expect(byFile['times/a.md']).toContain('article-clean:residual-boilerplate@8');
    expect(byFile['other/a.md']).not.toContain('article-clean:suspicious-headline@2');
  });

  it('matches URL keys against a JSON export\'s source.url', async () => {
    const exp = (url: string) => JSON.stringify({ headline: 'Ferry cut - Wire Desk', source: { url }, byline: { authors: ['A B'], published: '2024-01-01' }, sections: [] });
    const dir = tempTree({ '.article-cleanrc.json': JSON.stringify(config), 'a.json': exp('https://feeds.example.org/item/1'), 'b.json': exp('https://elsewhere.example/1') });
    const results = JSON.parse((await run(['check', '--reporter', 'json', 'a.json', 'b.json'], { cwd: dir })).stdout);
    const suspicious = results.map((r: { messages: { ruleId: string }[] }) => r.messages.some((m) => m.ruleId === 'article-clean:suspicious-headline'));
    expect(suspicious).toEqual([true, false]);
  });
});

describe('configuration errors: one line naming the file and the key, exit 2', { timeout: 60_000 }, () => {
  const cases: [string, string, string][] = [
    ['.article-cleanrc.json', '{"rules":{"mojibake":"warning"}}', 'rules.mojibake: "warning" is not one of "off", "warn", "error" (or [severity, options])'],
    ['.article-cleanrc.json', '{"rules":{"no-such-rule":"warn"}}', 'rules.no-such-rule: no such rule'],
    ['.article-cleanrc.json', '{"rules":{"too-short-body":["warn",{"minWords":"ten"}]}}', 'rules.too-short-body[1].minWords: expected a number, got "ten"'],
    ['.article-cleanrc.json', '{"rules":{"mojibake":["warn",{"x":1}]}}', 'rules.mojibake[1].x: unknown option of mojibake (it has none)'],
    ['.article-cleanrc.json', '{"sources":{"a/**":{"furniture":["("]}}}', 'sources.a/**.furniture[0]: not a regular expression:'],
    ['.article-cleanrc.json', '{"sources":{"a/**":{"timeZone":"Mars/Olympus"}}}', 'sources.a/**.timeZone: unknown time zone "Mars/Olympus"'],
    ['.article-cleanrc.json', '{"rule":{}}', 'rule: unknown key (known: rules, ignorePatterns, sources)'],
    ['.article-cleanrc.json', '{"rules":', 'is not valid JSON:'],
    ['.article-cleanrc.yaml', 'rules: [1, 2', 'is not valid YAML:'],
  ];
  for (const [name, content, reason] of cases) {
    it(reason, async () => {
      const dir = tempTree({ [name]: content, 'a.md': ARTICLE });
      const r = await run(['check', 'a.md'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr.startsWith(`article-clean: ${name}: ${reason}`)).toBe(true);
      expect((await run(['check', '--print-config', 'a.md'], { cwd: dir })).code).toBe(2);
    });
  }
});
