/**
 * JUnit XML for a CI's test tab: one <testsuite> per file, one <testcase> per rule that ran
 * on it. A rule with errors fails (one <failure>, every message listed in it); warnings are
 * listed in the testcase's <system-out> and do not fail it.
 */
import { fullRuleId, levelOf, span, type Reporter } from './types.js';
import type { VFileMessage } from 'vfile-message';

// Characters XML 1.0 cannot carry at all, and lone surrogates.
// eslint-disable-next-line no-control-regex -- these control characters are exactly what XML 1.0 forbids
const NOT_XML = /[\u0000-\u0008\v\f\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xml(s: string): string {
  return s
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const describe = (m: VFileMessage) => `${span(m).line}:${span(m).column} ${levelOf(m)} ${m.reason}`;

export const junit: Reporter = (files) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of files) {
    const rules = new Set((file.data.checkedRules ?? []).map((r) => `article-clean:${r}`));
    for (const m of file.messages) rules.add(fullRuleId(m));
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const rule of rules) {
      const messages = file.messages.filter((m) => fullRuleId(m) === rule);
      const errors = messages.filter((m) => levelOf(m) === 'error');
      const warnings = messages.filter((m) => levelOf(m) === 'warning');
      let body = '';
      if (errors.length) {
        suiteFailures++;
        body += `<failure type="error" message="${xml(errors[0].reason)}">${xml(errors.map(describe).join('\n'))}</failure>`;
      }
      if (warnings.length) body += `<system-out>${xml(warnings.map(describe).join('\n'))}</system-out>`;
      const open = `    <testcase classname="${xml(file.path)}" name="${xml(rule)}"`;
      cases.push(body ? `${open}>${body}</testcase>` : `${open}/>`);
    }
    tests += rules.size;
    failures += suiteFailures;
    suites.push(
      `  <testsuite name="${xml(file.path)}" tests="${rules.size}" failures="${suiteFailures}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="article-clean" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};
