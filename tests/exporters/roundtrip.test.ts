/**
 * The seed, cleaned by the real pipeline, exported to Markdown and HTML and parsed back:
 * the text, headings, pull quote and byline must equal the JSON object's.
 */
import * as cheerio from 'cheerio';
import type { Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cleanArticle, toHtml, toMarkdown } from '../../src/index.js';
import { allCases } from '../helpers/corpus.js';

// The seed when ../shared is beside the project; otherwise the project's own fixture with a
// credited pull quote and every byline field.
const seed = allCases().find((c) => c.name === 'seed/seed' || c.name === 'heldout/ho-12-flipboard-pull')!;
const article = cleanArticle(seed.bytes);
const paragraphs = article.sections.flatMap((s) => s.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text));
const headings = article.sections.flatMap((s) => (s.heading ? [s.heading] : []));
const pull = article.sections.flatMap((s) => s.blocks).find((b) => b.type === 'pullquote')!;

describe('Markdown of the cleaned seed, parsed back with remark', () => {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(toMarkdown(article)) as Root;

  it('has the byline in its front matter', () => {
    const yaml = tree.children.find((n): n is Yaml => n.type === 'yaml')!;
    expect(parseYaml(yaml.value)).toMatchObject({
      title: article.headline,
      authors: article.byline.authors,
      publication: article.byline.publication,
      curator: article.byline.curator,
    });
  });

  it('has the same headings and paragraphs, text unchanged', () => {
    expect(tree.children.filter((n) => n.type === 'heading').map((n) => toString(n))).toEqual(headings);
    expect(tree.children.filter((n) => n.type === 'paragraph').map((n) => toString(n))).toEqual(paragraphs);
  });

  it('has the pull quote as a block quote with its credit', () => {
    const quotes = tree.children.filter((n) => n.type === 'blockquote');
    expect(quotes.map((q) => q.children.map((c) => toString(c)))).toEqual([[pull.text, `— ${pull.attribution}`]]);
  });
});

describe('HTML of the cleaned seed, parsed back with cheerio', () => {
  const $ = cheerio.load(toHtml(article));

  it('has the headline, authors and date', () => {
    expect($('article > header h1').text()).toBe(article.headline);
    expect($('.author').map((_, e) => $(e).text()).get()).toEqual(article.byline.authors);
    expect($('time').attr('datetime')).toBe(article.byline.published);
  });

  it('has the same sections, headings and paragraphs, text unchanged', () => {
    expect($('article > section').length).toBe(article.sections.length);
    expect($('section > h2').map((_, e) => $(e).text()).get()).toEqual(headings);
    expect($('section > p').map((_, e) => $(e).text()).get()).toEqual(paragraphs);
  });

  it('has the pull quote as a figure with its caption', () => {
    expect($('figure.pullquote blockquote').text().trim()).toBe(pull.text);
    expect($('figure.pullquote figcaption').text()).toBe(`— ${pull.attribution}`);
  });
});
