/**
 * Cut the page into blocks, in document order, without recursion. Headings, paragraphs,
 * preformatted text, block quotes, figures, data tables and lists are read whole; every other
 * block-level element is a container whose runs of inline content (text between its block
 * children, split at a double <br>) become paragraphs. Layout tables and lists that hold
 * sections are containers too.
 */
import type { AnyNode, Element } from 'domhandler';
import { BLOCK, HOLDS_DATA_PARTS, HOLDS_LAYOUT, HOLDS_SECTIONS, HOLDS_TABLE, INVISIBLE, type PageIndex } from './dom.js';
import { endOf, gather, startOf } from './text.js';
import type { PageBlock, PageBlockType } from './types.js';

export interface RawBlock extends PageBlock {
  /** Index of `element` in the page index. */
  idx: number;
  /** Where content score starts to flow upwards: the element's parent, or the container of a mixed run. */
  scoreFrom: number;
  linkLen: number;
}

const HEADING = /^h[1-6]$/;

/**
 * A table read whole: one with no block-level content, or one with header cells, a caption or
 * column groups whose cells hold paragraphs or lists (not headings, figures or other tables:
 * those are a page laid out in a table).
 */
function dataTable(holds: number): boolean {
  if (!(holds & HOLDS_LAYOUT)) return true;
  return !!(holds & HOLDS_DATA_PARTS) && !(holds & (HOLDS_TABLE | HOLDS_SECTIONS));
}

/** The block type of an element read whole, or null for a container. */
function atomType(index: PageIndex, i: number): PageBlockType | null {
  const name = index.els[i].name;
  if (HEADING.test(name)) return 'heading';
  switch (name) {
    case 'p':
      return index.hasBlock[i] ? null : 'paragraph';
    case 'pre':
      return 'pre';
    case 'blockquote':
      return 'blockquote';
    case 'figure':
      return 'figure';
    case 'ul':
    case 'ol':
    case 'dl':
      return index.holds[i] & HOLDS_SECTIONS ? null : 'list';
    case 'table':
      return dataTable(index.holds[i]) ? 'table' : null;
    default:
      return null;
  }
}

function listItems(el: Element): string[] {
  const items: string[] = [];
  for (const c of el.children) {
    if (c.type !== 'tag') continue;
    const t = gather([c]).text;
    if (t) items.push(t);
  }
  return items;
}

type Item = number | { run: AnyNode[]; container: number };

export function cutBlocks(index: PageIndex): RawBlock[] {
  const { els, pos, parent, hasBlock } = index;
  const blocks: RawBlock[] = [];
  const stack: Item[] = [];
  for (let i = els.length - 1; i >= 0; i--) if (parent[i] === -1) stack.push(i);

  const emitRun = (run: AnyNode[], c: number) => {
    let part: AnyNode[] = [];
    let breaks = 0;
    const flush = () => {
      const g = gather(part);
      if (g.text) {
        const first = part.find((n) => n.type !== 'text' || /\S/.test((n as { data: string } & AnyNode).data))!;
        const last = [...part].reverse().find((n) => n.type !== 'text' || /\S/.test((n as { data: string } & AnyNode).data))!;
        const whole = !hasBlock[c];
        blocks.push({ type: 'paragraph', text: g.text, element: els[c], startIndex: startOf(first), endIndex: endOf(last), idx: c, scoreFrom: whole ? parent[c] : c, linkLen: g.linkLen });
      }
      part = [];
    };
    for (const n of run) {
      if (n.type === 'tag' && (n as Element).name === 'br') {
        if (++breaks >= 2) flush();
        part.push(n);
        continue;
      }
      if (n.type === 'text' && !/\S/.test((n as { data: string } & AnyNode).data)) {
        part.push(n);
        continue;
      }
      if (breaks >= 2 && part.length) flush();
      breaks = 0;
      part.push(n);
    }
    flush();
  };

  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item !== 'number') {
      emitRun(item.run, item.container);
      continue;
    }
    const el = els[item];
    if (el.name === 'head') continue;
    const type = atomType(index, item);
    if (type) {
      const g = gather(el.children, type === 'pre');
      if (!g.text) continue;
      const block: RawBlock = { type, text: g.text, element: el, startIndex: el.startIndex ?? 0, endIndex: el.endIndex ?? 0, idx: item, scoreFrom: parent[item], linkLen: g.linkLen };
      if (type === 'heading') block.level = Number(el.name[1]);
      if (type === 'list') {
        block.items = listItems(el);
        block.ordered = el.name === 'ol';
        block.text = block.items.join('\n');
      }
      blocks.push(block);
      continue;
    }
    const items: Item[] = [];
    let run: AnyNode[] = [];
    for (const c of el.children) {
      if (c.type === 'text') run.push(c);
      else if (c.type === 'tag') {
        const j = pos.get(c as Element);
        if (j === undefined) {
          if ((c as Element).name === 'br') run.push(c);
          else if (!INVISIBLE.has((c as Element).name)) run.push(c);
        } else if (!BLOCK.has((c as Element).name) && !hasBlock[j]) run.push(c);
        else {
          if (run.length) items.push({ run, container: item });
          run = [];
          items.push(j);
        }
      }
    }
    if (run.length) items.push({ run, container: item });
    for (let k = items.length - 1; k >= 0; k--) stack.push(items[k]);
  }
  return blocks;
}
