/** The default reporter: vfile-reporter, the look of remark-lint and ESLint's stylish. */
import { reporter } from 'vfile-reporter';
import type { Reporter } from './types.js';

export const stylish: Reporter = (files, ctx) => {
  const text = reporter([...files], { color: ctx.color ?? false, quiet: true });
  return text ? `${text}\n` : '';
};
