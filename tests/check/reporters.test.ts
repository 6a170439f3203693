/** Each reporter over real check results from the fixture repository. */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { REPORTERS } from '../../src/check/reporters/index.js';
import { escapeData, escapeProperty } from '../../src/check/reporters/github.js';
import { checkBytes, defaultConfig } from '../../src/check/runner.js';

const SITE = path.resolve(import.meta.dirname, '../../fixtures/check/site');
const FILES = ['content/2024/school-budget.md', 'exports/ferry-cuts.json', 'content/2024/harbour-wall.md', 'dumps/latin1-notice.txt'];
const files = FILES.map((f) => checkBytes(fs.readFileSync(path.join(SITE, f)), defaultConfig(), { path: f }));
const ctx = { cwd: SITE, version: '9.9.9' };
const total = files.reduce((n, f) => n + f.messages.length, 0);

describe('json reporter', () => {
  const results = JSON.parse(REPORTERS.json(files, ctx));
  it('is ESLint-shaped: absolute filePath, messages with ruleId, severity 2/1, line and column, counts', () => {
    expect(results).toHaveLength(FILES.length);
    expect(results[0].filePath).toBe(path.join(SITE, FILES[0]));
    expect(results[0].messages[0]).toEqual({
      ruleId: 'article-clean:mojibake',
      severity: 2,
      message: 'Mojibake “â€™” for “’”: UTF-8 read as windows-1252',
      line: 7,
      column: 36,
      endLine: 7,
      endColumn: 36,
      suggestions: [{ desc: 'Replace “â€™” with “’”' }],
    });
    for (const r of results) {
      expect(r.errorCount).toBe(r.messages.filter((m: { severity: number }) => m.severity === 2).length);
      expect(r.warningCount).toBe(r.messages.filter((m: { severity: number }) => m.severity === 1).length);
    }
    expect(results[2]).toMatchObject({ messages: [], errorCount: 0, warningCount: 0 });
  });
});

describe('github reporter', () => {
  const out = REPORTERS.github(files, ctx);
  it('prints one workflow command per message, with file, line, col and title', () => {
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(total);
    for (const l of lines) expect(l).toMatch(/^::(error|warning) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=article-clean%3A[a-z-]+::[^\r\n]+$/);
    expect(lines).toContain('::warning file=dumps/latin1-notice.txt,line=1,col=1,endLine=1,endColumn=1,title=article-clean%3Aencoding-fallback::File is not UTF-8: read as windows-1252, a guess');
  });
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
    const f = new VFile({ path: 'odd, name:x.md' });
    f.message('line one\nline two: 50%', { place: { line: 2, column: 3 }, ruleId: 'mojibake', source: 'article-clean' }).fatal = true;
    expect(REPORTERS.github([f], ctx)).toBe('::error file=odd%2C name%3Ax.md,line=2,col=3,endLine=2,endColumn=3,title=article-clean%3Amojibake::line one%0Aline two: 50%25\n');
  });
});

describe('junit reporter', () => {
  const xml = REPORTERS.junit(files, ctx);
  const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml);
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });
  it('has one testsuite per file and one testcase per rule that ran on it', () => {
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s: Record<string, string>) => s['@_name'])).toEqual(FILES);
    suites.forEach((s: { testcase: Record<string, unknown>[] }, i: number) => {
      const names = s.testcase.map((c) => c['@_name']);
      expect(names).toEqual(files[i].data.checkedRules!.map((r) => `article-clean:${r}`));
      expect(new Set(names).size).toBe(names.length);
    });
  });
  it('fails the testcases of rules with errors, and only those', () => {
    const budget = doc.testsuites.testsuite[0].testcase as Record<string, unknown>[];
    const failed = budget.filter((c) => c.failure).map((c) => c['@_name']);
    expect(failed).toEqual(['article-clean:mojibake', 'article-clean:html-remnants']);
    expect(doc.testsuites.testsuite[2]['@_failures']).toBe('0');
  });
});

describe('sarif reporter', () => {
  const log = JSON.parse(REPORTERS.sarif(files, ctx));
  const schema = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../fixtures/check/sarif-schema-2.1.0.json'), 'utf8'));
  it('validates against the published SARIF 2.1.0 schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The schema does bite: a level SARIF does not have is refused.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });
  it('describes every rule, and each result points at its rule and a relative URI', () => {
    const { driver } = log.runs[0].tool;
    expect(driver).toMatchObject({ name: 'article-clean', version: '9.9.9' });
    expect(driver.rules.find((r: { id: string }) => r.id === 'article-clean:unattributed-quote').defaultConfiguration).toEqual({ level: 'none', enabled: false });
    const results = log.runs[0].results;
    expect(results).toHaveLength(total);
    for (const r of results) expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'content/2024/school-budget.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 36, endLine: 7, endColumn: 36 },
    });
  });
});

describe('stylish reporter', () => {
  it('prints each file, then line:column, severity, message and rule id, then a summary', () => {
    const out = REPORTERS.stylish(files, ctx);
    expect(out).toContain('dumps/latin1-notice.txt\n1:1');
    expect(out).toMatch(/7:36\s+error\s+Mojibake “â€™” for “’”: UTF-8 read as windows-1252\s+mojibake\s+article-clean/);
    expect(out).not.toContain('harbour-wall.md');
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^\d+ messages \(✖ \d+ errors, ⚠ \d+ warnings\)$/);
  });
});
