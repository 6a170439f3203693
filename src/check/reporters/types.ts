import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

declare module 'vfile' {
  interface DataMap {
    /** Names of the rules that ran on this file (for JUnit's one testcase per rule). */
    checkedRules: string[];
  }
}

export interface ReportContext {
  /** Directory paths are made relative to (GitHub, SARIF) or absolute from (JSON). */
  cwd: string;
  version: string;
  /** Stylish only: colours (on a terminal). */
  color?: boolean;
}

export type Reporter = (files: readonly VFile[], ctx: ReportContext) => string;

export type Level = 'error' | 'warning';

export function levelOf(m: VFileMessage): Level {
  return m.fatal === true ? 'error' : 'warning';
}

export function fullRuleId(m: VFileMessage): string {
  return m.ruleId ? `${m.source ?? 'article-clean'}:${m.ruleId}` : (m.source ?? 'article-clean');
}

/** Start and end of a message (end defaults to start). */
export function span(m: VFileMessage): { line: number; column: number; endLine: number; endColumn: number } {
  const line = m.line ?? 1;
  const column = m.column ?? 1;
  const end = m.place && 'end' in m.place ? m.place.end : undefined;
  return { line, column, endLine: end?.line ?? line, endColumn: end?.column ?? column };
}
