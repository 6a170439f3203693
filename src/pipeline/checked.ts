/**
 * A stage wrapped so that the per-input time budget (see deadline.ts) is checked before
 * and after it runs: an input too big or too slow for the limit stops between stages with
 * a TimeoutError, however many stages there are and whichever of them is slow; a slow stage
 * also stops inside, at the next tick of its per-block loops (see deadline.ts).
 */
import type { Root } from 'mdast';
import type { Plugin, Transformer } from 'unified';
import type { VFile } from 'vfile';
import { checkDeadline, withDeadline } from '../deadline.js';

export function checked<Options extends unknown[]>(plugin: Plugin<Options, Root>): Plugin<Options, Root> {
  return function (this: ThisParameterType<typeof plugin>, ...options: Options) {
    const transform = plugin.apply(this, options) as Transformer<Root, Root> | undefined;
    if (!transform) return undefined;
    return (tree: Root, file: VFile) => {
      checkDeadline(file);
      // Inside, the stage's per-block loops tick the same budget (tickDeadline).
      const out = withDeadline(file.data.deadline, () => (transform as (tree: Root, file: VFile) => Root | undefined | void)(tree, file));
      checkDeadline(file);
      return out;
    };
  } as Plugin<Options, Root>;
}
