// A consumer of the packed package: every public export, compiled under --strict without
// skipLibCheck (tests/package/consumer.test.ts copies this into a scratch project).
import schema from 'article-clean/schema.json' with { type: 'json' };
import {
  cleanArticle,
  toHtml,
  toJson,
  toMarkdown,
  type Article,
  type Block,
  type BlockType,
  type Boilerplate,
  type BoilerplateKind,
  type Byline,
  type CleanOptions,
  type HtmlOptions,
  type InputFormat,
  type JsonOptions,
  type MarkdownOptions,
  type Point,
  type Position,
  type Quote,
  type QuoteKind,
  type Section,
  type Severity,
  type Source,
  type Span,
  type Warning,
} from 'article-clean';

const options: CleanOptions = { path: 'story.txt', format: 'text' satisfies InputFormat, boilerplate: { report: false } };
const article: Article = cleanArticle('A headline\n\nBy Jane Doe\n\nThe story, in one paragraph.\n', options);
const source: Source = article.source;
const byline: Byline = article.byline;
const spans: Span[] = byline.lines ?? [];
const sections: Section[] = article.sections;
const blocks: Block[] = sections.flatMap((s) => s.blocks);
const types: BlockType[] = blocks.map((b) => b.type);
const start: Point | undefined = blocks[0]?.position?.start;
const positions: (Position | undefined)[] = blocks.map((b) => b.position);
const quotes: Quote[] = article.quotes;
const kinds: QuoteKind[] = quotes.map((q) => q.kind);
const furniture: Boilerplate[] = article.boilerplate;
const furnitureKinds: BoilerplateKind[] = furniture.map((b) => b.kind);
const warnings: Warning[] = article.warnings;
const severities: (Severity | undefined)[] = warnings.map((w) => w.severity);
const json: JsonOptions = { pretty: false };
const markdown: MarkdownOptions = { frontMatter: true };
const html: HtmlOptions = { fragment: true };

console.log(
  JSON.stringify({
    schemaId: (schema as { $id: string }).$id,
    headline: article.headline,
    authors: byline.authors,
    path: source.path,
    paragraphs: types.filter((t) => t === 'paragraph').length,
    firstLine: start?.line ?? null,
    counts: [positions.length, spans.length, kinds.length, furnitureKinds.length, severities.length],
    json: JSON.parse(toJson(article, json)).id === article.id,
    markdown: toMarkdown(article, markdown).startsWith('---\n'),
    html: /^<article[\s>]/.test(toHtml(article, html)),
  }),
);
