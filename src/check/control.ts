/**
 * In-line control for Markdown inputs, the remark-lint way (unified-message-control):
 *
 *   <!-- article-clean-disable mojibake html-remnants -->   off from here (no ids: every rule)
 *   <!-- article-clean-enable mojibake -->                   on again
 *   <!-- article-clean-ignore residual-boilerplate -->       off for the next block only
 *
 * `<!--article-clean disable …-->` (remark-lint's own spelling) works too, and ids may
 * carry the `article-clean:` prefix.
 */
import type { Root } from 'mdast';
import { messageControl } from 'unified-message-control';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { RULE_PREFIX } from './rule.js';

const MARKER = /^<!--\s*article-clean[-\s](disable|enable|ignore)\b([\s\S]*?)-->$/;

function marker(node: Node) {
  if (node.type !== 'html') return undefined;
  const m = MARKER.exec(String((node as { value?: unknown }).value).trim());
  if (!m) return undefined;
  const ids = m[2].trim().split(/[\s,]+/).filter(Boolean).map((id) => id.replace(`${RULE_PREFIX}:`, ''));
  return { name: RULE_PREFIX, attributes: [m[1], ...ids].join(' '), parameters: {}, node };
}

export function applyComments(tree: Root, file: VFile, known: string[]): void {
  messageControl(tree, { file, name: RULE_PREFIX, marker, test: 'html', known });
}
