/**
 * The compiler: turns the annotated tree into the `Article` object of the schema. Every
 * block lands in exactly one place: the headline, the byline lines, a section (heading or
 * block), a pull quote (with its credit line), or `boilerplate[]` (one entry per line).
 */
import crypto from 'node:crypto';
import type { Root, RootContent } from 'mdast';
import type { Compiler, Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import type { Article, Block, Boilerplate, Position, Quote, Section, Warning } from '../types.js';
import { blockLines, blockText, roleOf, type BlockData } from '../tree.js';
import { explainTree } from './explain.js';

declare module 'vfile' {
  interface DataMap {
    path: string | null;
    encoding: string;
    /** Add the per-line explanation (--explain). */
    explain: boolean;
  }
}

function spanOf(node: RootContent): Position | undefined {
  const p = node.position;
  return p ? { start: { ...p.start }, end: { ...p.end } } : undefined;
}

// crypto.hash (Node 20.12+) digests in one call, without a Hash object per article.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const sha256 = (text: string): string => (oneShot ? oneShot('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex'));

function toWarning(m: VFile['messages'][number]): Warning {
  const w: Warning = {
    rule: m.ruleId ? `${m.source ?? 'article-clean'}:${m.ruleId}`.replace(/^article-clean:article-clean:/, 'article-clean:') : 'article-clean',
    message: m.reason,
    severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
  };
  if (m.place && 'start' in m.place) w.position = { start: { ...m.place.start }, end: { ...m.place.end } };
  return w;
}

export function compileArticle(tree: Root, file: VFile): Article {
  const sections: Section[] = [];
  const boilerplate: Boilerplate[] = [];
  const where = new Map<RootContent, { section: number; block: number }>();
  const current = () => {
    if (!sections.length) sections.push({ heading: null, blocks: [] });
    return sections[sections.length - 1];
  };

  for (const node of tree.children) {
    const role = roleOf(node);
    const data = node.data as BlockData | undefined;
    if (role === 'boilerplate') {
      for (const line of blockLines(node)) boilerplate.push({ kind: data?.kind ?? 'other', text: line.text, position: line.position });
      continue;
    }
    if (role === 'headline' || role === 'byline') continue;
    if (role === 'pullquote-credit') {
      // Part of the pull quote before it: widen that block to cover the credit line.
      const last = current().blocks.at(-1);
      if (last?.position && node.position) last.position.end = { ...node.position.end };
      continue;
    }
    if (node.type === 'heading') {
      sections.push({ heading: blockText(node).trim(), level: node.depth, position: spanOf(node), blocks: [] });
      continue;
    }
    const section = current();
    const block: Block =
      node.type === 'blockquote' && data?.pull
        ? { type: 'pullquote', text: blockText(node), attribution: data.attribution ?? null, position: spanOf(node) }
        : { type: node.type === 'blockquote' ? 'blockquote' : 'paragraph', text: blockText(node), position: spanOf(node) };
    where.set(node, { section: sections.length - 1, block: section.blocks.length });
    section.blocks.push(block);
  }

  const quotes: Quote[] = (file.data.quotes ?? []).map(({ quote, node }) => ({ ...quote, ...where.get(node) }));
  const byline = file.data.byline ?? { authors: [], publication: null, curator: null, published: null, lines: [] };
  const article: Article = {
    schemaVersion: 1,
    id: sha256(String(file.value)).slice(0, 16),
    source: { path: file.data.path ?? null, format: 'text', encoding: file.data.encoding ?? 'utf-8' },
    headline: file.data.headline ?? null,
    dek: null,
    byline,
    sections,
    quotes,
    boilerplate,
    warnings: file.messages.map(toWarning),
    language: tree.data?.language ?? null,
  };
  if (file.data.explain) article.explain = explainTree(tree);
  return article;
}

/** unified compiler plugin: the processor's result is the Article. */
export const compile: Plugin<[], Root, Article> = function () {
  this.compiler = compileArticle as unknown as Compiler;
};

declare module 'unified' {
  interface CompileResultMap {
    Article: Article;
  }
}

/** The whole pipeline's type. Declarations that name it import this module, and with it the augmentation above. */
export type ArticleProcessor = Processor<Root, Root, Root, Root, Article>;
