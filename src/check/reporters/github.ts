/**
 * GitHub Actions workflow commands, one per message:
 *   ::error file=a.md,line=3,col=1,endLine=3,endColumn=9,title=article-clean:mojibake::Mojibake …
 * Escaping as the runner's toolkit does it: in the message %, CR and LF; in properties
 * also ':' and ','.
 */
import path from 'node:path';
import { fullRuleId, levelOf, span, type Reporter } from './types.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Reporter = (files, ctx) => {
  const lines: string[] = [];
  for (const file of files) {
    const name = file.path === '<stdin>' ? file.path : path.relative(ctx.cwd, path.resolve(ctx.cwd, file.path)).split(path.sep).join('/');
    for (const m of file.messages) {
      const { line, column, endLine, endColumn } = span(m);
      const props = { file: name, line, col: column, endLine, endColumn, title: fullRuleId(m) };
      const list = Object.entries(props).map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      lines.push(`::${levelOf(m)} ${list}::${escapeData(m.reason)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
