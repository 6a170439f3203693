/**
 * The cleaning pipeline, run once per article for `check`. A format reader builds the
 * article tree (mdast paragraphs with positions in the checked file, as src/tree.ts
 * describes); the pipeline's stages annotate it exactly as they do when cleaning, and the
 * compiler gives the Article. Nothing is re-implemented here: what the pipeline would remove
 * is what `residual-boilerplate` reports.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { createProcessor } from '../pipeline/processor.js';
import { blockLines, blockText, roleOf, type BlockData } from '../tree.js';
import type { Article, Position } from '../types.js';
import type { BlockKind, CheckBlock, Located } from './types.js';

let processor: ReturnType<typeof createProcessor> | null = null;
function pipeline(): ReturnType<typeof createProcessor> {
  return (processor ??= createProcessor());
}

declare module 'mdast' {
  interface ParagraphData {
    /** Set by check's readers: what the block was in a structured input (Markdown, JSON). */
    checkKind?: BlockKind;
  }
}

export interface Analysis {
  tree: Root;
  article: Article;
}

/** Run the pipeline's stages and compiler over a tree a check reader built. */
export function analyseTree(tree: Root, file: VFile): Analysis {
  const proc = pipeline();
  proc.runSync(tree, file);
  return { tree, article: proc.stringify(tree, file) as unknown as Article };
}

/** A tree node for the pipeline from one located block. */
export function paragraphNode(block: Located, kind?: BlockKind): Paragraph {
  const position = block.position;
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: block.text, position }],
    position,
    data: { lines: block.lines ?? [{ text: block.text, position }], checkKind: kind },
  };
}

export function rootOf(children: Paragraph[], text: string): Root {
  const lines = text.split('\n').length;
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: lines, column: 1, offset: text.length } },
  };
}

function kindOf(node: RootContent): BlockKind {
  const role = roleOf(node);
  if (role === 'headline' || role === 'byline' || role === 'boilerplate') return role;
  if (role === 'pullquote-credit' || node.type === 'blockquote') return 'quote';
  if (node.type === 'heading') return 'heading';
  return (node.data as { checkKind?: BlockKind } | undefined)?.checkKind ?? 'paragraph';
}

/** The annotated tree as check blocks, in input order. */
export function blocksOf(tree: Root): CheckBlock[] {
  const out: CheckBlock[] = [];
  for (const node of tree.children) {
    if (!node.position) continue;
    const position: Position = { start: { ...node.position.start }, end: { ...node.position.end } };
    const lines = blockLines(node).map((l) => ({ text: l.text, position: l.position }));
    const block: CheckBlock = { kind: kindOf(node), text: blockText(node), position, lines };
    const data = node.data as BlockData | undefined;
    if (block.kind === 'boilerplate' && data?.kind) block.furniture = data.kind;
    if (data?.explain?.evidence.length) block.evidence = data.explain.evidence;
    out.push(block);
  }
  return out;
}

/** Where the pipeline put the headline, if it found one. */
export function headlineOf(blocks: readonly CheckBlock[], article: Article): Located | null {
  if (!article.headline) return null;
  const block = blocks.find((b) => b.kind === 'headline');
  return block ? { text: article.headline, position: block.position, lines: block.lines } : null;
}

/** The byline line the pipeline read the date from (the first byline line with a digit). */
export function dateOf(blocks: readonly CheckBlock[], article: Article): Located | null {
  const published = article.byline.published;
  if (!published) return null;
  const line = (article.byline.lines ?? []).find((l) => /\d/.test(l.text) && l.position);
  const fallback = blocks.find((b) => b.kind === 'byline')?.position;
  const position = line?.position ?? fallback;
  return position ? { text: published, position } : null;
}
