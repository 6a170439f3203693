/** Checks every page result must pass: each visible text node in exactly one block, positions that point into the file. */
import type { AnyNode, Element, Text } from 'domhandler';
import { expect } from 'vitest';
import { INVISIBLE } from '../../src/readers/page/dom.js';
import type { PageBlock } from '../../src/readers/page/index.js';

function visibleTexts(root: AnyNode): Text[] {
  const out: Text[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if (/\S/.test((n as Text).data)) out.push(n as Text);
      continue;
    }
    const el = n as Element;
    if ((n.type === 'tag' || n.type === 'script' || n.type === 'style') && INVISIBLE.has(el.name)) continue;
    if ('children' in el && el.children) for (const c of el.children) stack.push(c);
  }
  return out;
}

export function expectInvariants(html: string, root: AnyNode, blocks: PageBlock[]): void {
  for (let i = 1; i < blocks.length; i++) expect(blocks[i].startIndex).toBeGreaterThan(blocks[i - 1].endIndex);
  for (const b of blocks) {
    expect(b.text.trim()).not.toBe('');
    const first = b.text.match(/[\p{L}\p{N}]+/u)?.[0] ?? b.text.trim()[0];
    expect(html.slice(b.startIndex, b.endIndex + 1)).toContain(first);
  }
  for (const t of visibleTexts(root)) {
    const at = (t.startIndex ?? 0) + t.data.search(/\S/);
    const holders = blocks.filter((b) => at >= b.startIndex && at <= b.endIndex);
    expect(holders, `text "${t.data.trim().slice(0, 40)}" at ${at}`).toHaveLength(1);
  }
}
