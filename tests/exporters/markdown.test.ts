import type { Nodes, Root, RootContent, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toMarkdown } from '../../src/exporters/markdown.js';
import type { Article } from '../../src/types.js';
import { SCRIPT, adversarialArticle } from '../fixtures/adversarial-article.js';
import { PULLQUOTE_BLOCK, PULLQUOTE_SECTION, readSeedLabel, seedArticle } from '../fixtures/seed-article.js';
import { withoutShared } from '../helpers/shared.js';

const noSeed = withoutShared('toMarkdown tests of the seed article (need ../shared/corpus/seed)');

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(markdown);
}

function frontMatterOf(tree: Root): unknown {
  const yaml = tree.children.filter((node): node is Yaml => node.type === 'yaml');
  expect(yaml).toHaveLength(1);
  return parseYaml(yaml[0].value);
}

/** What the parsed Markdown says, one line per block, with its plain text. */
function outline(nodes: RootContent[], prefix = ''): string[] {
  return nodes.flatMap((node): string[] => {
    switch (node.type) {
      case 'yaml':
        return [];
      case 'heading':
        return [`${prefix}h${node.depth} ${toString(node)}`];
      case 'paragraph':
        return [`${prefix}p ${toString(node)}`];
      case 'blockquote':
        return outline(node.children, `${prefix}> `);
      case 'list':
        return [
          `${prefix}${node.ordered ? 'ol' : 'ul'}`,
          ...node.children.flatMap((item) => outline(item.children, `${prefix}  - `)),
        ];
      case 'code':
        return [`${prefix}code ${node.value}`];
      default:
        return [`${prefix}unexpected ${node.type}`];
    }
  });
}

/** The same outline, derived from the article by the exporter's documented mapping. */
function expectedOutline(article: Article): string[] {
  return article.sections.flatMap((section) => [
    ...(section.heading === null ? [] : [`h${section.level ?? 2} ${section.heading}`]),
    ...section.blocks.flatMap((block): string[] => {
      switch (block.type) {
        case 'blockquote':
        case 'pullquote':
          return [`> p ${block.text}`, ...(block.attribution ? [`> p — ${block.attribution}`] : [])];
        case 'list': {
          const items = block.items ?? block.text.split('\n').filter((line) => line !== '');
          return [block.ordered ? 'ol' : 'ul', ...items.map((item) => `  - p ${item}`)];
        }
        case 'preformatted':
          return [`code ${block.text}`];
        default:
          return [`p ${block.text}`];
      }
    }),
  ]);
}

/** Node types a faithful export may contain: nothing inline but plain text. */
const ALLOWED = new Set(['root', 'yaml', 'heading', 'paragraph', 'text', 'blockquote', 'list', 'listItem', 'code']);
function unexpectedNodeTypes(tree: Nodes): string[] {
  const found: string[] = [];
  visit(tree, (node) => {
    if (!ALLOWED.has(node.type)) found.push(node.type);
  });
  return found;
}

describe.skipIf(noSeed)('toMarkdown: seed article', () => {
  if (noSeed) return;
  const article = seedArticle();
  const label = readSeedLabel();
  const markdown = toMarkdown(article);
  const tree = parse(markdown);

  it('starts with YAML front matter holding title, authors, publication, curator and date', () => {
    expect(markdown.startsWith('---\n')).toBe(true);
    expect(tree.children[0].type).toBe('yaml');
    expect(frontMatterOf(tree)).toEqual({
      title: label.headline,
      authors: ['Aly Semigran'],
      publication: 'Well and Good',
      curator: 'CWC',
      date: '2019-09-10T13:00:00',
    });
  });

  it('renders every heading and paragraph with its exact text, in order', () => {
    expect(outline(tree.children)).toEqual(expectedOutline(article));
    const headings = tree.children.filter((node) => node.type === 'heading');
    expect(headings.map((node) => toString(node))).toEqual(label.sections.slice(1).map((s) => s.heading));
    expect(headings.every((node) => node.type === 'heading' && node.depth === 2)).toBe(true);
    expect(unexpectedNodeTypes(tree)).toEqual([]);
  });

  it('renders the pull quote as a blockquote with an attribution line, after the first paragraph of section 3', () => {
    const [pull] = label.pullquotes;
    const third = label.sections[PULLQUOTE_SECTION];
    const start = tree.children.findIndex((node) => node.type === 'heading' && toString(node) === third.heading);
    const quote = tree.children[start + 1 + PULLQUOTE_BLOCK];
    expect(toString(tree.children[start + 1])).toBe(third.paragraphs[0]);
    expect(quote.type).toBe('blockquote');
    if (quote.type !== 'blockquote') return;
    expect(quote.children.map((node) => toString(node))).toEqual([pull.text, '— sex therapist Sari Cooper, LCSW']);
  });

  it('ends with exactly one newline', () => {
    expect(markdown).toMatch(/[^\n]\n$/);
  });

  it('puts headline and byline in the body when front matter is off', () => {
    const plain = toMarkdown(article, { frontMatter: false });
    const body = parse(plain);
    expect(plain.startsWith('# Why crying during sex')).toBe(true);
    expect(body.children.some((node) => node.type === 'yaml')).toBe(false);
    expect(outline(body.children.slice(0, 3))).toEqual([
      `h1 ${label.headline}`,
      'p By Aly Semigran · Well and Good · 2019-09-10T13:00:00',
      'p Selected by CWC',
    ]);
    expect(outline(body.children.slice(3))).toEqual(expectedOutline(article));
    expect(plain).toMatch(/[^\n]\n$/);
  });
});

describe('toMarkdown: text that looks like syntax', () => {
  const article = adversarialArticle();
  const markdown = toMarkdown(article);
  const tree = parse(markdown);

  it('round-trips every heading, paragraph, list item and code block exactly', () => {
    expect(outline(tree.children)).toEqual(expectedOutline(article));
  });

  it('produces no emphasis, links, images, inline code, HTML or thematic breaks', () => {
    expect(unexpectedNodeTypes(tree)).toEqual([]);
    // The front matter holds it as YAML data; the Markdown body must escape it.
    const body = markdown.slice(tree.children[0].position?.end.offset);
    expect(body).not.toContain(SCRIPT);
    expect(markdown).toContain('\\# Not a heading');
  });

  it('keeps front matter values exact, including the source url', () => {
    expect(frontMatterOf(tree)).toEqual({
      title: article.headline,
      description: article.dek,
      authors: article.byline.authors,
      publication: article.byline.publication,
      curator: article.byline.curator,
      date: article.byline.published,
      url: article.source.url,
    });
  });

  it('uses the section level for heading depth', () => {
    const depths = tree.children.flatMap((node) => (node.type === 'heading' ? [node.depth] : []));
    expect(depths).toEqual([3, 2]);
  });

  it('renders lists as ordered or not, falling back to the text lines when items are missing', () => {
    const lists = tree.children.filter((node) => node.type === 'list');
    expect(lists.map((list) => list.type === 'list' && list.ordered)).toEqual([false, true]);
    expect(lists[1].type === 'list' && lists[1].children.map((item) => toString(item))).toEqual(['first', 'second', 'third']);
  });

  it('cannot be broken out of by a headline that contains a front matter fence', () => {
    const tricky: Article = { ...article, headline: 'Before\n---\ntitle: injected\n---\nafter: "x"' };
    const parsed = parse(toMarkdown(tricky));
    expect((frontMatterOf(parsed) as { title: string }).title).toBe(tricky.headline);
    expect(outline(parsed.children)).toEqual(expectedOutline(tricky));
  });
});

describe('toMarkdown: sparse articles', () => {
  const bare: Article = {
    schemaVersion: 1,
    id: 'bare',
    source: { format: 'text', url: null },
    headline: null,
    dek: '',
    byline: { authors: [], publication: null, curator: '', published: null },
    sections: [{ heading: null, blocks: [{ type: 'paragraph', text: 'Only text.' }, { type: 'paragraph', text: '  ' }] }],
    quotes: [],
    boilerplate: [],
    warnings: [],
  };

  it('writes no front matter block when every front matter key is empty', () => {
    expect(toMarkdown(bare)).toBe('Only text.\n');
  });

  it('omits only the keys that are empty', () => {
    const some = { ...bare, headline: 'Title: with colon', byline: { ...bare.byline, published: '2020-01-02' } };
    expect(frontMatterOf(parse(toMarkdown(some)))).toEqual({ title: 'Title: with colon', date: '2020-01-02' });
  });

  it('writes only the byline parts that exist when front matter is off', () => {
    const some = { ...bare, byline: { ...bare.byline, publication: 'Well and Good', authors: ['A B', 'C D', 'E F'] } };
    expect(toMarkdown(some, { frontMatter: false })).toBe('By A B, C D and E F · Well and Good\n\nOnly text.\n');
  });
});
