/**
 * YAML front matter of a Markdown article: the fields article-clean's Markdown export
 * writes (title, authors, publication, curator, date) and the common names other tools
 * use (author, byline, published, pubDate, url). Values keep their place in the file.
 */
import type { Root } from 'mdast';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Position } from '../../types.js';
import type { Located } from '../types.js';
import { pointAt } from '../location.js';

export interface FrontMatter {
  title: Located | null;
  /** Null when the front matter names no authors at all (then the body is searched). */
  authors: string[] | null;
  publication: string | null;
  date: Located | null;
  /** The front matter has a date key (even an empty one): the body is not searched for one. */
  hasDate: boolean;
  url: string | null;
  /** YAML that does not parse: message and place. */
  problems: { message: string; position: Position }[];
}

const TITLE = ['title', 'headline'];
const AUTHORS = ['authors', 'author', 'byline'];
const DATE = ['date', 'published', 'pubDate', 'datePublished'];
const PUBLICATION = ['publication', 'outlet', 'source', 'curator'];

export function readFrontMatter(tree: Root, text: string): FrontMatter {
  const out: FrontMatter = { title: null, authors: null, publication: null, date: null, hasDate: false, url: null, problems: [] };
  const yamlNode = tree.children.find((n) => n.type === 'yaml');
  if (!yamlNode || yamlNode.type !== 'yaml') return out;
  const base = text.indexOf('\n', yamlNode.position?.start.offset ?? 0) + 1;
  const locate = (node: YamlNode | null | undefined, value: string): Located | null => {
    if (!node?.range) return null;
    return { text: value, position: { start: pointAt(text, base + node.range[0]), end: pointAt(text, base + node.range[1]) } };
  };
  const doc = parseDocument(yamlNode.value, { prettyErrors: false });
  for (const error of doc.errors) {
    const at = pointAt(text, base + (error.pos?.[0] ?? 0));
    out.problems.push({ message: `Front matter is not valid YAML: ${error.message.split('\n')[0]}`, position: { start: at, end: at } });
  }
  if (!isMap(doc.contents)) return out;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    const scalar = isScalar(value) && value.value !== null ? String(value.value).trim() : '';
    if (TITLE.includes(key) && scalar && !out.title) out.title = locate(value, scalar);
    else if (AUTHORS.includes(key)) {
      // A list of names, or of objects with a name (Hugo, Jekyll and CMS exports write both).
      const nameOf = (i: unknown) => (isScalar(i) ? String(i.value ?? '') : isMap(i) ? String(i.get('name') ?? '') : '').trim();
      const names = isSeq(value) ? value.items.map(nameOf) : isMap(value) ? [nameOf(value)] : [scalar];
      out.authors = [...(out.authors ?? []), ...names.filter(Boolean)];
    } else if (DATE.includes(key)) {
      out.hasDate = true;
      // A YAML 1.1 reader may have turned an unquoted date into a Date: keep the source text.
      const raw = value?.range ? yamlNode.value.slice(value.range[0], value.range[1]).replace(/^["']|["']$/g, '').trim() : '';
      if (raw && !out.date) out.date = locate(value, raw);
    } else if (PUBLICATION.includes(key) && scalar) out.publication ??= scalar;
    else if (key === 'url' && scalar) out.url = scalar;
  }
  return out;
}
