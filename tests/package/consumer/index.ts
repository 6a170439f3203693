// A consumer of the packed package: every public export, compiled under --strict without
// skipLibCheck (tests/package/consumer.test.ts copies this into a scratch project).
import schema from 'article-clean/schema.json' with { type: 'json' };
import {
  cleanArticle,
  cleanBatch,
  cleanInput,
  extractPage,
  INPUT_KINDS,
  loadPage,
  toHtml,
  toJson,
  toMarkdown,
  type Article,
  type BatchInput,
  type CleanInputOptions,
  type InputKind,
  type PageBlock,
  type PageMeta,
  type PageOptions,
  type PageResult,
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

// Feeds and pages: one article per item; a whole page cut into blocks.
const kinds2: readonly InputKind[] = INPUT_KINDS;
const inputOptions: CleanInputOptions = { from: 'rss' satisfies InputKind };
const feed = '<rss version="2.0"><channel><title>Site</title><item><title>Item one</title><description>The first item, a sentence of text.</description></item></channel></rss>';
const items: Article[] = cleanInput(feed, inputOptions);
const batch: BatchInput[] = [{ input: feed, path: 'feed.xml' }];
const batched = cleanBatch(batch);
const pageOptions: PageOptions = { maxElements: 10_000 };
const page: PageResult = extractPage(loadPage('<html><body><article><h1>T</h1><p>A paragraph of the story.</p></article></body></html>'), pageOptions);
const pageBlocks: PageBlock[] = page.blocks;
const pageMeta: PageMeta = page.meta;

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
    html: toHtml(article, html).startsWith('<article'),
    feed: [kinds2.length > 0, items.length, batched.length, pageBlocks.length > 0, typeof pageMeta],
  }),
);
