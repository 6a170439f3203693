/**
 * Any input → one tree per article: feeds and JSON Lines give one per item, HTML and
 * text one. Bytes are decoded by charset.ts (BOM, declaration, detection); the kind is
 * sniffed (sniff.ts) unless `from` forces it. Items of one feed then learn from each
 * other which blocks are furniture (learn.ts).
 */
import type { Root } from 'mdast';
import type { ItemMeta } from '../tree.js';
import { decodeDocument } from './charset.js';
import { normaliseNewlines } from './decode.js';
import { readAtom } from './feed/atom.js';
import { parseXml } from './feed/dom.js';
import { readJsonFeed } from './feed/jsonfeed.js';
import { readJsonLines } from './feed/jsonl.js';
import type { ItemResult } from './feed/result.js';
import { readRss } from './feed/rss.js';
import { readHtmlPage } from './html/page.js';
import { learnAcrossItems } from './learn.js';
import { sniffKind, type InputKind } from './sniff.js';
import { LineIndex } from './source-map.js';
import { parseText } from './text.js';

export interface ReadOptions {
  path?: string | null;
  /** Force the kind instead of sniffing it. */
  from?: InputKind;
}

export interface ReadInput {
  text: string;
  encoding: string;
  kind: InputKind;
  items: ItemResult[];
}

function textTree(text: string, format: ItemMeta['format']): Root {
  const tree = parseText(text);
  tree.data = { ...tree.data, meta: { format } };
  return tree;
}

export function readInput(input: string | Uint8Array, options: ReadOptions = {}): ReadInput {
  const { text, encoding } = typeof input === 'string' ? { text: normaliseNewlines(input), encoding: 'utf-8' } : decodeDocument(input);
  const kind = options.from ?? sniffKind(text, options.path);
  const index = new LineIndex(text);
  let items: ItemResult[];
  switch (kind) {
    case 'rss':
    case 'rdf':
      items = readRss(parseXml(text), text, index);
      break;
    case 'atom':
      items = readAtom(parseXml(text), text, index);
      break;
    case 'jsonfeed':
      items = readJsonFeed(text, index);
      break;
    case 'jsonl':
      items = readJsonLines(text, index);
      break;
    case 'html':
      items = [{ ok: true, tree: readHtmlPage(text, index) }];
      break;
    default:
      items = [{ ok: true, tree: textTree(text, kind === 'markdown' ? 'markdown' : 'text') }];
  }
  learnAcrossItems(items.flatMap((r) => (r.ok ? [r.tree] : [])));
  return { text, encoding, kind, items };
}
