/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, the tool's rules with their
 * descriptions and default levels, and one result per message located by a URI relative
 * to %SRCROOT% (the directory `check` ran in).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ruleId } from '../rule.js';
import { RULES } from '../rules/index.js';
import { PARSE_RULE } from '../runner.js';
import { fullRuleId, levelOf, span, type Reporter } from './types.js';

const LEVEL = { error: 'error', warn: 'warning', off: 'none' } as const;

function descriptors(): ReportingDescriptor[] {
  const rules: ReportingDescriptor[] = RULES.map((r) => ({
    id: ruleId(r),
    name: r.name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    defaultConfiguration: { level: LEVEL[r.severity], enabled: r.severity !== 'off' },
    properties: { tags: ['article-clean', 'content'] },
  }));
  rules.push({
    id: ruleId({ name: PARSE_RULE }),
    name: 'Parse',
    shortDescription: { text: 'The input could not be read as its format (JSON, YAML front matter)' },
    defaultConfiguration: { level: 'error' },
  });
  return rules;
}

function uriOf(file: string, cwd: string): string {
  if (file === '<stdin>') return 'stdin';
  const rel = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  return rel.startsWith('../') ? pathToFileURL(path.resolve(cwd, file)).href : encodeURI(rel);
}

export const sarif: Reporter = (files, ctx) => {
  const rules = descriptors();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results: Result[] = [];
  for (const file of files) {
    for (const m of file.messages) {
      const id = fullRuleId(m);
      const { line, column, endLine, endColumn } = span(m);
      const uri = uriOf(file.path, ctx.cwd);
      results.push({
        ruleId: id,
        ...(index.has(id) ? { ruleIndex: index.get(id) } : {}),
        level: levelOf(m),
        message: { text: m.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: uri.startsWith('file:') ? { uri } : { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: line, startColumn: column, endLine, endColumn: Math.max(endColumn, endLine === line ? column : 1) },
            },
          },
        ],
      });
    }
  }
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'article-clean', version: ctx.version, semanticVersion: ctx.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd.endsWith(path.sep) ? ctx.cwd : ctx.cwd + path.sep).href } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
