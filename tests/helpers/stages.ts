/** Run the text reader and some pipeline stages over a text, to test a stage alone. */
import type { Root } from 'mdast';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';
import { readText } from '../../src/readers/text.js';
import { evidence } from '../../src/pipeline/evidence/index.js';
import { boilerplate } from '../../src/pipeline/boilerplate/index.js';
import { blockText, type BlockData } from '../../src/tree.js';

export function runStages(text: string, ...stages: Pluggable[]): { tree: Root; file: VFile } {
  // Every stage reads the evidence pass, as in the real pipeline.
  const processor = unified().use(readText).use(evidence).use(stages);
  const file = new VFile({ value: text });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, file };
}

/** Each block as [type, role or kind, text] for compact assertions. */
export function summary(tree: Root): [string, string, string][] {
  return tree.children.map((node) => {
    const data = node.data as BlockData | undefined;
    const role = data?.role === 'boilerplate' ? `boilerplate:${data.kind}` : data?.pull ? 'pull' : (data?.role ?? 'body');
    return [node.type, role, blockText(node)];
  });
}

/** The boilerplate stage over blocks (joined by blank lines): each block as [role or kind, text]. */
export function furnitureRoles(blocks: string[]): (readonly [string, string])[] {
  return summary(runStages(blocks.join('\n\n'), boilerplate).tree).map(([, role, text]) => [role, text] as const);
}

/** The role the boilerplate stage gives `line` among `blocks`. */
export const furnitureRoleOf = (blocks: string[], line: string): string | undefined => furnitureRoles(blocks).find(([, text]) => text === line)?.[0];
