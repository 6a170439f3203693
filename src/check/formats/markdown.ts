/**
 * Markdown inputs (a content repository's articles, or article-clean's own Markdown export):
 * YAML front matter gives the metadata (title, authors, date, publication); each block of
 * the body becomes one paragraph of the article tree, with its raw source lines, and the
 * pipeline runs over them. Positions are those of remark-parse, i.e. lines of the file.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Position } from '../../types.js';
import { analyseTree, blocksOf, dateOf, headlineOf, paragraphNode, rootOf } from '../analyse.js';
import type { BlockKind, CheckArticle, CheckDocument, Located } from '../types.js';
import { readFrontMatter, type FrontMatter } from './front-matter.js';
import { START } from './text.js';
import { foldWhitespace } from '../../text/whitespace.js';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** The raw physical lines of a span of the file, trimmed, with their positions. */
export function rawLines(source: string[], position: Position): Located['lines'] {
  const out: NonNullable<Located['lines']> = [];
  for (let n = position.start.line; n <= position.end.line; n++) {
    const full = source[n - 1] ?? '';
    const from = n === position.start.line ? position.start.column - 1 : 0;
    const to = n === position.end.line ? position.end.column - 1 : full.length;
    const slice = full.slice(from, to);
    const lead = slice.search(/\S/);
    if (lead < 0) continue;
    const text = slice.trim();
    const column = from + lead + 1;
    out.push({ text, position: { start: { line: n, column }, end: { line: n, column: column + text.length } } });
  }
  return out;
}

/** Body blocks of the Markdown tree, one per paragraph, heading, quoted paragraph or list item (in order; no recursion). */
function* blocksIn(root: RootContent[]): Generator<{ node: RootContent; kind: BlockKind }> {
  const stack: { nodes: RootContent[]; i: number; kind?: BlockKind }[] = [{ nodes: root, i: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const node = top.nodes[top.i++];
    if (!node) {
      stack.pop();
      continue;
    }
    const kind = top.kind;
    if (node.type === 'yaml' || node.type === 'thematicBreak' || node.type === 'code' || node.type === 'definition') continue;
    if (node.type === 'html') {
      if (!/^<!--[\s\S]*-->$/.test(node.value.trim())) yield { node, kind: 'html' };
    } else if (node.type === 'blockquote') stack.push({ nodes: node.children, i: 0, kind: 'quote' });
    else if (node.type === 'list') stack.push({ nodes: node.children, i: 0, kind: 'list' });
    else if (node.type === 'heading') yield { node, kind: 'heading' };
    else yield { node, kind: kind ?? 'paragraph' };
  }
}

/**
 * Container nesting (list indentation, blockquote markers) past which remark-parse's cost
 * grows as the cube of the depth (1,000 nested list items: 20 s): a line whose leading run
 * of spaces, tabs and ">" is this long. Real articles stay far below it.
 */
export const MAX_MARKDOWN_NESTING = 128;

/** The first line (1-based) nested past MAX_MARKDOWN_NESTING, or 0: one linear pass. */
export function tooDeepLine(text: string): number {
  let line = 1;
  let lead = 0;
  let inLead = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lead = 0;
      inLead = true;
    } else if (inLead && (c === 32 || c === 9 || c === 62)) {
      if (++lead >= MAX_MARKDOWN_NESTING) return line;
    } else inLead = false;
  }
  return 0;
}

export function readMarkdown(text: string, path: string | null, encoding: string): Pick<CheckDocument, 'articles' | 'markdownTree'> & { problems: FrontMatter['problems'] } {
  const mdast = parser.parse(text) as Root;
  const source = text.split('\n');
  const front = readFrontMatter(mdast, text);
  const nodes: Paragraph[] = [];
  if (front.title) nodes.push(paragraphNode(front.title, 'headline'));
  let h1: Located | null = null;
  for (const { node, kind } of blocksIn(mdast.children)) {
    if (!node.position) continue;
    const position = node.position as Position;
    const block: Located = { text: foldWhitespace(toString(node)).trim(), position, lines: rawLines(source, position) };
    if (!block.text) continue;
    if (!h1 && node.type === 'heading' && node.depth === 1 && nodes.length === (front.title ? 1 : 0)) h1 = block;
    nodes.push(paragraphNode(block, kind));
  }
  const file = new VFile({ value: text, data: { path, encoding } });
  const { tree, article } = analyseTree(rootOf(nodes, text), file);
  const blocks = blocksOf(tree);
  const declared = front.title ?? h1;
  if (declared) {
    const own = blocks.find((b) => b.position.start.line === declared.position.start.line);
    if (own) own.kind = 'headline';
  }
  const articleOut: CheckArticle = {
    start: START,
    headline: declared ?? headlineOf(blocks, article),
    authors: front.authors ?? article.byline.authors,
    publication: front.publication ?? article.byline.publication ?? article.byline.curator,
    date: front.date ?? (front.hasDate ? null : dateOf(blocks, article)),
    blocks,
    article,
    url: front.url,
  };
  return { articles: [articleOut], markdownTree: mdast, problems: front.problems };
}
