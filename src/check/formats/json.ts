/**
 * article-clean's own JSON exports (`-f json`: one object, or an array of them; `-f jsonl`:
 * one object per line). The export's fields are the declared metadata and structure; its
 * text runs through the pipeline once more, and what the pipeline would now remove is
 * residual furniture. Every position is that of the JSON member holding the text (momoa
 * gives positions for every node).
 */
import { evaluate, parse, type AnyNode, type ObjectNode, type StringNode } from '@humanwhocodes/momoa';
import type { Paragraph } from 'mdast';
import { VFile } from 'vfile';
import type { Position } from '../../types.js';
import { analyseTree, blocksOf, paragraphNode, rootOf } from '../analyse.js';
import type { BlockKind, CheckArticle, Located } from '../types.js';

export interface JsonRead {
  articles: CheckArticle[];
  problems: { message: string; position: Position }[];
  /** Valid JSON, but no article-clean export in it (package.json, a data file). */
  foreign: boolean;
}

function member(obj: AnyNode | undefined, name: string): AnyNode | undefined {
  if (obj?.type !== 'Object') return undefined;
  return obj.members.find((m) => m.name.type === 'String' && m.name.value === name)?.value;
}

function located(node: AnyNode | undefined, lineShift: number): Located | null {
  if (node?.type !== 'String' || !node.value.trim()) return null;
  const s = node as StringNode;
  const at = (p: { line: number; column: number; offset: number }) => ({ line: p.line + lineShift, column: p.column });
  const position = { start: at(s.loc.start), end: at(s.loc.end) };
  return { text: s.value, position, lines: [{ text: s.value, position }] };
}

function strings(node: AnyNode | undefined): string[] {
  const v = node ? evaluate(node) : null;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}

const BLOCK_KINDS: Record<string, BlockKind> = { blockquote: 'quote', pullquote: 'quote', list: 'list' };

function readArticle(obj: ObjectNode, text: string, path: string | null, encoding: string, shift: number): CheckArticle {
  const byline = member(obj, 'byline');
  const headline = located(member(obj, 'headline'), shift);
  const declared: { block: Located; kind: BlockKind }[] = [];
  if (headline) declared.push({ block: headline, kind: 'headline' });
  const sections = member(obj, 'sections');
  for (const section of sections?.type === 'Array' ? sections.elements : []) {
    const heading = located(member(section.value, 'heading'), shift);
    if (heading) declared.push({ block: heading, kind: 'heading' });
    const blocks = member(section.value, 'blocks');
    for (const b of blocks?.type === 'Array' ? blocks.elements : []) {
      const type = evaluate(member(b.value, 'type') ?? { type: 'Null' } as AnyNode);
      const kind = BLOCK_KINDS[String(type)] ?? 'paragraph';
      const items = member(b.value, 'items');
      const parts = kind === 'list' && items?.type === 'Array' ? items.elements.map((e) => located(e.value, shift)) : [located(member(b.value, 'text'), shift)];
      for (const part of parts) if (part) declared.push({ block: part, kind });
    }
  }
  const nodes: Paragraph[] = declared.map(({ block, kind }) => paragraphNode(block, kind));
  const file = new VFile({ value: text, data: { path, encoding } });
  const { tree, article } = analyseTree(rootOf(nodes, text), file);
  // The export's structure is what it declares; only the pipeline's furniture verdict is new.
  const blocks = blocksOf(tree).map((b, i) => (b.kind === 'boilerplate' ? b : { ...b, kind: declared[i].kind }));
  const date = located(member(byline, 'published'), shift);
  const start = { line: obj.loc.start.line + shift, column: obj.loc.start.column };
  const source = member(obj, 'source');
  const url = member(source, 'url');
  return {
    start: { start, end: start },
    headline,
    authors: strings(member(byline, 'authors')),
    publication: [member(byline, 'publication'), member(byline, 'curator')].map((n) => located(n, shift)?.text).find(Boolean) ?? null,
    date,
    blocks,
    article,
    url: url?.type === 'String' ? url.value : null,
  };
}

/** An article-clean export: a schemaVersion, or sections made of blocks (labels and other JSON have neither). */
function isExport(obj: ObjectNode): boolean {
  if (member(obj, 'schemaVersion')) return true;
  const sections = member(obj, 'sections');
  if (sections?.type !== 'Array') return false;
  return sections.elements.every((e) => member(e.value, 'blocks') !== undefined);
}

function problem(message: string, line: number, column: number): JsonRead['problems'][number] {
  return { message, position: { start: { line, column }, end: { line, column } } };
}

function readValue(json: string, text: string, path: string | null, encoding: string, shift: number, out: JsonRead): void {
  let root: AnyNode;
  try {
    root = parse(json, { mode: 'json' }).body;
  } catch (err) {
    const e = err as Error & { line?: number; column?: number };
    out.problems.push(problem(`Not valid JSON: ${e.message.replace(/ ?\(\d+:\d+\)$/, '')}`, (e.line ?? 1) + shift, e.column ?? 1));
    return;
  }
  const objects = root.type === 'Array' ? root.elements.map((e) => e.value) : [root];
  for (const obj of objects) {
    if (obj.type !== 'Object' || !isExport(obj)) {
      out.foreign = true;
      out.problems.push(problem('Not an article-clean JSON export (an object with "schemaVersion", or "sections" of "blocks")', obj.loc.start.line + shift, obj.loc.start.column));
      continue;
    }
    out.articles.push(readArticle(obj, text, path, encoding, shift));
  }
}

export function readJson(text: string, path: string | null, encoding: string, lines: boolean): JsonRead {
  const out: JsonRead = { articles: [], problems: [], foreign: false };
  if (!lines) readValue(text, text, path, encoding, 0, out);
  else text.split('\n').forEach((line, i) => line.trim() && readValue(line, text, path, encoding, i, out));
  out.foreign &&= out.articles.length === 0 && out.problems.every((p) => p.message.startsWith('Not an article-clean'));
  return out;
}
