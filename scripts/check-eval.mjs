#!/usr/bin/env node
/**
 * Score `article-clean check` over the planted-problem set fixtures/check-heldout
 * (expected.json: file -> [{ruleId, line, kind?, optional?}]).
 *
 *   node scripts/check-eval.mjs [--json]
 *
 * Per rule: recall (planted problems reported with that rule, at any line), strict recall
 * (at the right line), line accuracy (of those found, how many at the right line),
 * precision (messages of that rule that answer a planted problem, at any line). For
 * residual-boilerplate, a kind given in expected.json must appear in the message. Clean
 * files (expected []) must give no errors; their warnings are counted too. Messages on
 * one line with one rule count once. Exit codes are checked too: 1 over the whole set,
 * 0 over the clean files alone, 2 with a missing input.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SET = path.join(ROOT, 'fixtures/check-heldout');

const bare = (id) => String(id ?? '').replace(/^article-clean:/, '');

/**
 * @param {{filePath: string, messages: {ruleId: string, severity: number, line: number, message: string}[]}[]} results
 * @param {Record<string, {ruleId: string, line: number, kind?: string, optional?: boolean}[]>} expected
 */
export function scoreCheck(results, expected, setDir = SET) {
  const byFile = new Map(results.map((r) => [path.relative(setDir, path.resolve(setDir, r.filePath)).split(path.sep).join('/'), r]));
  const rules = {};
  const rule = (id) => (rules[id] ??= { planted: 0, found: 0, atLine: 0, messages: 0, answering: 0, kindOk: 0, kindAsked: 0 });
  const misses = [];
  const extras = [];
  let cleanErrors = 0;
  let cleanWarnings = 0;
  const unchecked = [];
  for (const [file, want] of Object.entries(expected)) {
    const r = byFile.get(file);
    if (!r) unchecked.push(file);
    const seen = new Set();
    const msgs = (r?.messages ?? []).filter((m) => {
      const key = `${bare(m.ruleId)}@${m.line}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (want.length === 0) {
      cleanErrors += msgs.filter((m) => m.severity === 2).length;
      cleanWarnings += msgs.filter((m) => m.severity !== 2).length;
    }
    const used = new Set();
    const take = (w, exact) => {
      const i = msgs.findIndex((m, k) => !used.has(k) && bare(m.ruleId) === w.ruleId && (!exact || m.line === w.line));
      if (i >= 0) used.add(i);
      return i >= 0 ? msgs[i] : null;
    };
    const required = want.filter((w) => !w.optional);
    const hit = new Map();
    for (const w of required) hit.set(w, take(w, true));
    for (const w of required) if (!hit.get(w)) hit.set(w, take(w, false));
    for (const w of want.filter((x) => x.optional)) take(w, true);
    for (const w of required) {
      const s = rule(w.ruleId);
      s.planted++;
      const m = hit.get(w);
      if (!m) {
        misses.push(`${file}: ${w.ruleId}@${w.line} not reported`);
        continue;
      }
      s.found++;
      if (m.line === w.line) s.atLine++;
      else misses.push(`${file}: ${w.ruleId}@${w.line} reported at line ${m.line}`);
      if (w.kind) {
        s.kindAsked++;
        if (new RegExp(`\\b(?:${w.kind})\\b`, 'i').test(m.message)) s.kindOk++;
        else misses.push(`${file}: ${w.ruleId}@${w.line} kind ${w.kind} not in "${m.message}"`);
      }
    }
    msgs.forEach((m, k) => {
      const s = rule(bare(m.ruleId));
      s.messages++;
      if (used.has(k)) s.answering++;
      else extras.push(`${file}: ${bare(m.ruleId)}@${m.line} (${m.severity === 2 ? 'error' : 'warning'}) ${m.message}`);
    });
  }
  const ratio = (a, b) => (b ? a / b : 1);
  const perRule = Object.fromEntries(
    Object.entries(rules)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, s]) => [
        id,
        {
          ...s,
          recall: ratio(s.found, s.planted),
          strictRecall: ratio(s.atLine, s.planted),
          lineAccuracy: ratio(s.atLine, s.found),
          precision: ratio(s.answering, s.messages),
        },
      ]),
  );
  const sum = (k) => Object.values(rules).reduce((n, s) => n + s[k], 0);
  const overall = {
    planted: sum('planted'),
    recall: ratio(sum('found'), sum('planted')),
    strictRecall: ratio(sum('atLine'), sum('planted')),
    lineAccuracy: ratio(sum('atLine'), sum('found')),
    precision: ratio(sum('answering'), sum('messages')),
    kindAccuracy: ratio(sum('kindOk'), sum('kindAsked')),
    cleanFiles: Object.values(expected).filter((w) => w.length === 0).length,
    cleanErrors,
    cleanWarnings,
    uncheckedFiles: unchecked.length,
  };
  return { overall, perRule, misses, extras, unchecked };
}

export function loadExpected(setDir = SET) {
  return JSON.parse(fs.readFileSync(path.join(setDir, 'expected.json'), 'utf8')).files;
}

function cli(args) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/article-clean.js'), 'check', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function formatReport(score, exits) {
  const pct = (x) => x.toFixed(3);
  const lines = [];
  lines.push('rule                   planted found atLine  recall strict  lineAcc msgs  precision');
  for (const [id, s] of Object.entries(score.perRule)) {
    lines.push(
      `${id.padEnd(22)} ${String(s.planted).padStart(7)} ${String(s.found).padStart(5)} ${String(s.atLine).padStart(6)}  ${pct(s.recall)}  ${pct(s.strictRecall)}  ${pct(s.lineAccuracy)}  ${String(s.messages).padStart(4)}  ${pct(s.precision)}`,
    );
  }
  const o = score.overall;
  lines.push(
    `OVERALL planted=${o.planted} recall=${pct(o.recall)} strictRecall=${pct(o.strictRecall)} lineAccuracy=${pct(o.lineAccuracy)} precision=${pct(o.precision)} kindAccuracy=${pct(o.kindAccuracy)}`,
  );
  lines.push(`CLEAN files=${o.cleanFiles} falseErrors=${o.cleanErrors} falseWarnings=${o.cleanWarnings} unchecked=${o.uncheckedFiles}`);
  if (exits) lines.push(`EXIT whole=${exits.whole} (want 1) cleanOnly=${exits.clean} (want 0) missingInput=${exits.missing} (want 2)`);
  if (score.misses.length) lines.push('', 'MISSES', ...score.misses.map((m) => `  ${m}`));
  if (score.extras.length) lines.push('', 'FALSE POSITIVES', ...score.extras.map((m) => `  ${m}`));
  if (score.unchecked.length) lines.push('', 'NOT CHECKED', ...score.unchecked.map((m) => `  ${m}`));
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const expected = loadExpected();
  const rel = path.relative(ROOT, SET);
  const whole = cli(['--reporter', 'json', rel]);
  if (whole.code === 2 || !whole.stdout.trim()) {
    process.stderr.write(whole.stderr);
    process.exit(2);
  }
  const score = scoreCheck(JSON.parse(whole.stdout), expected);
  const cleanFiles = Object.entries(expected)
    .filter(([, w]) => w.length === 0)
    .map(([f]) => path.join(rel, f));
  const exits = {
    whole: whole.code,
    clean: cli(['--reporter', 'json', ...cleanFiles]).code,
    missing: cli(['--reporter', 'json', path.join(rel, 'no-such-file.txt')]).code,
  };
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify({ ...score, exits }, null, 2)}\n`);
  else process.stdout.write(`${formatReport(score, exits)}\n`);
}
