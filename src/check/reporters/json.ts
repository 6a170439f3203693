/** ESLint's JSON formatter shape: one result per file, severity 2 = error, 1 = warning. */
import path from 'node:path';
import { fullRuleId, levelOf, span, type Reporter } from './types.js';

export const json: Reporter = (files, ctx) => {
  const results = files.map((file) => {
    const messages = file.messages.map((m) => ({
      ruleId: fullRuleId(m),
      severity: levelOf(m) === 'error' ? 2 : 1,
      message: m.reason,
      ...span(m),
      ...(m.expected?.length ? { suggestions: m.expected.map((desc) => ({ desc })) } : {}),
    }));
    const errorCount = messages.filter((m) => m.severity === 2).length;
    return {
      filePath: file.path === '<stdin>' ? '<stdin>' : path.resolve(ctx.cwd, file.path),
      messages,
      errorCount,
      fatalErrorCount: file.messages.filter((m) => m.ruleId === 'parse').length,
      warningCount: messages.length - errorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
  });
  return `${JSON.stringify(results, null, 2)}\n`;
};
