/**
 * One iterative pass over the parsed page: every element in document order with its parent,
 * the end of its subtree, whether it holds block-level elements, and the furniture hint it
 * inherits. Also gathers what <head> says (title, meta, canonical, JSON-LD). No recursion, so
 * deep nesting cannot overflow the stack.
 */
import type { AnyNode, Element } from 'domhandler';
import { classify } from './classify.js';
import type { BoilerplateKind } from '../../types.js';

/** Elements whose content is never visible text. */
export const INVISIBLE = new Set(['script', 'style', 'template', 'svg', 'math', 'noscript', 'iframe', 'object', 'embed', 'canvas', 'head', 'title', 'meta', 'link', 'base', 'img', 'video', 'audio', 'source', 'picture', 'input']);

/** Block-level elements: a run of inline content stops at them. */
export const BLOCK = new Set(
  'address article aside blockquote body center details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul caption option select textarea button'.split(' '),
);

/** Tags that make a list a container (it holds sections), and a table a layout table. */
const SECTIONING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'pre', 'blockquote', 'figure']);
const LAYOUT = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'blockquote', 'pre', 'form', 'article', 'section']);
/** Tags that mark a table of data, as Readability's test reads them: a caption, header cells, column groups. */
const DATA_PARTS = new Set(['caption', 'thead', 'tfoot', 'th', 'colgroup', 'col']);
export const HOLDS_SECTIONS = 1;
export const HOLDS_LAYOUT = 2;
export const HOLDS_TABLE = 4;
export const HOLDS_DATA_PARTS = 8;

export interface HeadInfo {
  title: string | null;
  /** meta name/property/itemprop (lower case) → content, first one wins. */
  metas: Map<string, string>;
  canonical: string | null;
  jsonld: string[];
  lang: string | null;
  /** The page asks for a password (a sign-in wall). */
  password: boolean;
}

export interface PageIndex {
  els: Element[];
  pos: Map<Element, number>;
  parent: number[];
  /** Index of the last element in each element's subtree. */
  end: number[];
  hasBlock: Uint8Array;
  /** Bits HOLDS_SECTIONS, HOLDS_LAYOUT, HOLDS_TABLE and HOLDS_DATA_PARTS: what the element's descendants include. */
  holds: Uint8Array;
  /** Nearest ancestor-or-self with a furniture kind, or -1. */
  hintOwner: Int32Array;
  kind: (BoilerplateKind | undefined)[];
  weight: Int8Array;
  /** How sure the furniture kind is: 0 a weak class word, 1 a decisive one, 2 comments, a tag, a role or hidden. */
  strong: Uint8Array;
  /** Nearest ancestor-or-self marked as a byline, or -1. */
  bylineOwner: Int32Array;
  head: HeadInfo;
}

function textOf(el: Element): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text') s += (c as unknown as { data: string }).data;
  return s;
}

function noteHead(el: Element, head: HeadInfo): void {
  const a = el.attribs;
  if (el.name === 'meta') {
    // property="dc:title og:title": one value under each name.
    const keys = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase().split(/\s+/);
    for (const key of keys) if (key && a.content !== undefined && !head.metas.has(key)) head.metas.set(key, a.content);
  } else if (el.name === 'link') {
    if (/\bcanonical\b/i.test(a.rel ?? '') && a.href && !head.canonical) head.canonical = a.href;
  } else if (el.name === 'title') {
    if (head.title === null && el.parent && (el.parent as Element).name !== 'svg') head.title = textOf(el);
  } else if (el.name === 'script') {
    if ((a.type ?? '').toLowerCase() === 'application/ld+json') head.jsonld.push(textOf(el));
  } else if (el.name === 'html' && a.lang && !head.lang) head.lang = a.lang;
  else if (el.name === 'input' && a.type?.toLowerCase() === 'password') head.password = true;
}

export function indexPage(root: AnyNode): PageIndex {
  const els: Element[] = [];
  const parent: number[] = [];
  const end: number[] = [];
  const head: HeadInfo = { title: null, metas: new Map(), canonical: null, jsonld: [], lang: null, password: false };
  // Stack entries: a node with its parent's index, or a closing mark (~index).
  const stack: (AnyNode | number)[] = [];
  const parents: number[] = [];
  const push = (nodes: AnyNode[], p: number) => {
    for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i].type === 'tag' || nodes[i].type === 'script' || nodes[i].type === 'style') (stack.push(nodes[i]), parents.push(p));
  };
  push((root as Element).children ?? [], -1);
  while (stack.length) {
    const item = stack.pop()!;
    const p = parents.pop()!;
    if (typeof item === 'number') {
      end[~item] = els.length - 1;
      continue;
    }
    const el = item as Element;
    noteHead(el, head);
    if (INVISIBLE.has(el.name) && el.name !== 'head') continue;
    const i = els.length;
    els.push(el);
    parent.push(p);
    end.push(i);
    stack.push(~i);
    parents.push(p);
    push(el.children, i);
  }
  const n = els.length;
  const pos = new Map<Element, number>();
  const hasBlock = new Uint8Array(n);
  const holds = new Uint8Array(n);
  const hintOwner = new Int32Array(n);
  const bylineOwner = new Int32Array(n);
  const weight = new Int8Array(n);
  const strong = new Uint8Array(n);
  const kind: (BoilerplateKind | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const el = els[i];
    pos.set(el, i);
    const hint = classify(el);
    const p = parent[i];
    const outer = p >= 0 ? hintOwner[p] : -1;
    kind[i] = hint.generic && outer >= 0 ? undefined : hint.kind;
    weight[i] = hint.weight;
    strong[i] = hint.strong ?? 0;
    hintOwner[i] = kind[i] ? i : outer;
    bylineOwner[i] = hint.byline ? i : p >= 0 ? bylineOwner[p] : -1;
  }
  for (let i = n - 1; i >= 0; i--) {
    const p = parent[i];
    if (p < 0) continue;
    const name = els[i].name;
    if (hasBlock[i] || BLOCK.has(name)) hasBlock[p] = 1;
    holds[p] |= holds[i] | (SECTIONING.has(name) ? HOLDS_SECTIONS : 0) | (LAYOUT.has(name) ? HOLDS_LAYOUT : 0) | (name === 'table' ? HOLDS_TABLE : 0) | (DATA_PARTS.has(name) ? HOLDS_DATA_PARTS : 0);
  }
  return { els, pos, parent, end, hasBlock, holds, hintOwner, kind, weight, strong, bylineOwner, head };
}

/** Whether element j lies in the subtree of element i. */
export function within(index: PageIndex, i: number, j: number): boolean {
  return j >= i && j <= index.end[i];
}

const SHORT_KINDS = new Set<BoilerplateKind>(['share', 'ad', 'subscription', 'legal']);

function rehome(index: PageIndex, forget: (i: number) => boolean): void {
  const { parent, kind, hintOwner, weight } = index;
  for (let i = 0; i < index.els.length; i++) {
    if (kind[i] && index.strong[i] < 2 && forget(i)) (kind[i] = undefined), (weight[i] = 0);
    const p = parent[i];
    hintOwner[i] = kind[i] ? i : p >= 0 ? hintOwner[p] : -1;
  }
}

/**
 * A share bar, an ad slot, a sign-up box or a cookie banner is never long: forget such words
 * on long elements. Nor is a promo box a long run of unlinked prose: a "teaser" or "promoted"
 * word on an element that holds a long paragraph and little link text marks the story itself
 * (a CMS's "node--promoted" article, a "blog_teaser_text" body); a box of teasers is short
 * summaries under their titles.
 */
export function voidLongHints(index: PageIndex, text: Float64Array, link: Float64Array, shape: (i: number) => { longest: number; headings: number }): void {
  rehome(index, (i) => {
    if (SHORT_KINDS.has(index.kind[i]!)) return text[i] > 1000;
    if (index.kind[i] !== 'promo' || text[i] <= 1000 || link[i] >= text[i] * 0.1) return false;
    const { longest, headings } = shape(i);
    return longest >= 300 && text[i] / (headings + 1) >= 400;
  });
}

/**
 * Forget furniture words on elements that hold much of the page's text: the wrapper of a
 * "two-col-sidebar" layout is not a sidebar, nor is a "js-social-anchor" <main> a share bar.
 * Comments, tags, roles and hidden elements stay.
 */
export function voidWrapperHints(index: PageIndex, text: Float64Array, total: number): void {
  rehome(index, (i) => text[i] >= total * (index.strong[i] ? 0.5 : 0.3));
}
