/**
 * Markdown exporter. The body is an mdast tree serialised by remark-stringify
 * (mdast-util-to-markdown), never string concatenation: every piece of article
 * text goes in a `text` node, so characters Markdown would read as syntax
 * (`*`, `#`, `1.`, `<b>`, `[x](y)`, backticks, …) are escaped for us.
 */
import type { BlockContent, Heading, Paragraph, RootContent, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { Document, Scalar } from 'yaml';
import type { Article, Block, Section } from '../types.js';
import { headingLevel, isEmptyBlock, joinNames, listItems, quoteParagraphs } from './common.js';

export interface MarkdownOptions {
  /** YAML front matter for title/byline (default true); false puts them in the body instead. */
  frontMatter?: boolean;
}

const stringifyOptions: StringifyOptions = {
  bullet: '-',
  listItemIndent: 'one',
  fences: true,
};

let stringifier: ReturnType<typeof makeStringifier> | undefined;
function makeStringifier() {
  return unified().use(remarkStringify, stringifyOptions).use(remarkFrontmatter, ['yaml']).freeze();
}
const stringify = (children: RootContent[]): string => (stringifier ??= makeStringifier()).stringify({ type: 'root', children });

/** The document's top-level nodes: front matter (or the title block), then each section's. */
function* documentNodes(article: Article, useFrontMatter: boolean): Generator<RootContent> {
  if (useFrontMatter) {
    const yaml = frontMatter(article);
    if (yaml) yield yaml;
  } else {
    yield* titleBlock(article);
  }
  for (const section of article.sections) yield* sectionNodes(section);
}

/** Render an article as CommonMark, ending with exactly one newline. */
export function toMarkdown(article: Article, options: MarkdownOptions = {}): string {
  // Gathered one by one: a spread of a section's nodes into push() overflows the stack on huge sections.
  const children = Array.from(documentNodes(article, options.frontMatter ?? true));
  const output = stringify(children);
  let end = output.length;
  while (end > 0 && output[end - 1] === '\n') end--; // exactly one final newline (a loop: linear)
  return `${output.slice(0, end)}\n`;
}

/** Top-level nodes are serialised in groups of about this many characters of text. */
const GROUP = 1 << 16;
/** A paragraph closing each group but the last: what it adds to the output is cut off again. */
const CLOSER: Paragraph = paragraph('x');
const CLOSER_TEXT = '\n\nx\n';

/**
 * The same text as toMarkdown, in pieces (a group of top-level nodes each): a huge article is
 * written without its Markdown ever being one string. Exact, because every top-level node is
 * serialised on its own terms (a blank line before it, the same escaping wherever it stands)
 * and siblings are always joined by one blank line (code is fenced, never indented); the one
 * state carried from a node to the next, the bullet of a list after a list, is kept by
 * closing groups only after a node that is not a list.
 */
export function* toMarkdownPieces(article: Article, options: MarkdownOptions = {}): Generator<string> {
  let group: RootContent[] = [];
  let size = 0;
  // Newlines at the end of what came so far are held back until more text follows: the document ends with exactly one.
  let held = '';
  let first = true;
  const emit = function* (text: string): Generator<string> {
    const chunk = first ? text : `\n\n${text}`;
    first = false;
    let end = chunk.length;
    while (end > 0 && chunk[end - 1] === '\n') end--;
    if (end === 0) return void (held += chunk);
    yield held + chunk.slice(0, end);
    held = chunk.slice(end);
  };
  for (const node of documentNodes(article, options.frontMatter ?? true)) {
    group.push(node);
    size += textSize(node);
    if (size >= GROUP && node.type !== 'list') {
      yield* emit(stringify([...group, CLOSER]).slice(0, -CLOSER_TEXT.length));
      group = [];
      size = 0;
    }
  }
  if (group.length) yield* emit(stringify(group));
  yield '\n';
}

/** About how much text a node holds (its text nodes' lengths), to size the groups. */
function textSize(node: RootContent): number {
  if ('value' in node) return node.value.length;
  return 'children' in node ? (node.children as RootContent[]).reduce((n, c) => n + textSize(c), 0) : 0;
}

/** The YAML block, or null when the article has none of its fields. */
function frontMatter(article: Article): Yaml | null {
  const { byline } = article;
  const data: Record<string, string | string[]> = {};
  const put = (key: string, value: string | string[] | null | undefined) => {
    if (value != null && value.length > 0) data[key] = value;
  };
  put('title', article.headline);
  put('description', article.dek);
  put('authors', byline.authors);
  put('publication', byline.publication);
  put('curator', byline.curator);
  put('date', byline.published);
  put('url', article.source.url);
  if (Object.keys(data).length === 0) return null;
  // lineWidth 0: keep long headlines on one line instead of folding them.
  const doc = new Document(data);
  // Quoted, so YAML 1.1 readers (static-site generators) keep the date as written instead
  // of turning a local time into a UTC timestamp.
  const date = doc.get('date', true);
  if (date instanceof Scalar) date.type = Scalar.QUOTE_DOUBLE;
  const value = doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
  return { type: 'yaml', value };
}

/** Without front matter: `# Headline`, the dek, `By … · … · date`, `Selected by …`. */
function titleBlock(article: Article): RootContent[] {
  const nodes: RootContent[] = [];
  const { byline } = article;
  if (article.headline) nodes.push({ type: 'heading', depth: 1, children: [text(article.headline)] });
  if (article.dek) nodes.push(paragraph(article.dek));
  const parts: string[] = [];
  if (byline.authors.length > 0) parts.push(`By ${joinNames(byline.authors)}`);
  if (byline.publication) parts.push(byline.publication);
  if (byline.published) parts.push(byline.published);
  if (parts.length > 0) nodes.push(paragraph(parts.join(' · ')));
  if (byline.curator) nodes.push(paragraph(`Selected by ${byline.curator}`));
  return nodes;
}

function sectionNodes(section: Section): RootContent[] {
  const nodes: RootContent[] = [];
  if (section.heading) {
    const heading: Heading = { type: 'heading', depth: headingLevel(section), children: [text(section.heading)] };
    nodes.push(heading);
  }
  for (const block of section.blocks) {
    if (!isEmptyBlock(block)) nodes.push(blockNode(block));
  }
  return nodes;
}

function blockNode(block: Block): BlockContent {
  switch (block.type) {
    case 'blockquote':
    case 'pullquote':
      return quote(block);
    case 'list':
      return {
        type: 'list',
        ordered: block.ordered ?? false,
        spread: false,
        children: listItems(block).map((item) => ({ type: 'listItem', spread: false, children: [paragraph(item)] })),
      };
    case 'preformatted':
      return { type: 'code', lang: null, meta: null, value: block.text };
    case 'paragraph':
    case 'figure':
    default:
      return paragraph(block.text);
  }
}

/** A quotation, with its credit line (`— who`) as a last paragraph inside the quote. */
function quote(block: Block): BlockContent {
  const children: Paragraph[] = quoteParagraphs(block.text).map(paragraph);
  if (block.attribution) children.push(paragraph(`— ${block.attribution}`));
  return { type: 'blockquote', children };
}

function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: [text(value)] };
}

function text(value: string) {
  return { type: 'text' as const, value };
}
