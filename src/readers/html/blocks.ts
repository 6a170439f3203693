/**
 * HTML (a feed item's content, a mail's HTML part, a saved page) → blocks: one per p,
 * h1–h6, li, blockquote, figcaption, pre, table (rows as lines, <br> breaks lines too)
 * and per run of loose text between them. Scripts, styles, images (alt and title are never
 * content), media and the head are no text. Furniture the markup proves (markup.ts) comes
 * out as blocks with a boilerplate kind. Offsets are into the HTML string given; the
 * caller maps them to the source file.
 */
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import type { BoilerplateKind } from '../../types.js';
import { flattenDeepNesting } from '../page/depth.js';
import { linkKind, markupKind, TAG_LINK } from './markup.js';

export interface HtmlLine {
  text: string;
  /** Offsets into the HTML string: first and one past the last character. */
  start: number;
  end: number;
}

export interface HtmlLink {
  href: string;
  text: string;
  tag: boolean;
  /** The link's class attribute ('' when none). */
  cls: string;
}

export interface HtmlBlock {
  lines: HtmlLine[];
  /** The element the block came from (p, li, h2, …; 'div' for loose text). */
  tag: string;
  kind?: BoilerplateKind;
  links: HtmlLink[];
  /** Characters of the block's text inside links. */
  linkChars: number;
  /** A block that ends with a link after text of its own: the lines without it, and the link's line ("… <a>Continue reading →</a>"). */
  tail?: { head: HtmlLine[]; line: HtmlLine; link: HtmlLink };
}

const NO_TEXT = new Set(['script', 'style', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'img', 'picture', 'source', 'track', 'input', 'link', 'meta', 'base', 'param', 'area', 'map']);
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr']);

interface Run {
  text: string;
  start: number;
  end: number;
  link?: HtmlLink;
  kind?: BoilerplateKind;
}
const BREAK = null;

/**
 * Where the code of a <script> that is never closed ends: at the first tag outside its string
 * literals and comments ("var x = 1;<p>Story…" ends before the <p>; a tag inside a quoted
 * string, "var x = '<p>tracking</p>'", is code), else at the end of the content, as a browser reads it.
 */
function codeEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote || (c === '\n' && quote !== '`')) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '/' && (html[i + 1] === '/' || html[i + 1] === '*')) {
      // A comment runs to the end of its line, or to its "*/".
      const close = html[i + 1] === '/' ? html.indexOf('\n', i) : html.indexOf('*/', i + 2);
      i = close === -1 ? html.length : html[i + 1] === '/' ? close - 1 : close + 1;
    }
    else if (c === '<' && /[a-z/!]/i.test(html[i + 1] ?? '')) return i;
  }
  return html.length;
}

/** Blank (with spaces, keeping newlines and offsets) a <script> that is never closed, up to where its code ends ("a < b" in its code is no tag). */
export function closeScripts(html: string): string {
  // Only a <script> after the last </script> is never closed.
  const lower = html.toLowerCase();
  const lastClose = lower.lastIndexOf('</script');
  const open = /<script\b[^>]*>/gi;
  open.lastIndex = lastClose + 1;
  const m = open.exec(html);
  if (!m) return html;
  const end = codeEnd(html, m.index + m[0].length);
  const rest = end < html.length ? closeScripts(html.slice(end)) : '';
  return html.slice(0, m.index) + html.slice(m.index, end).replace(/[^\n]/g, ' ') + rest;
}

/** Nesting deeper than this is flattened before parsing (page/depth.ts keeps text and offsets). */
export const MAX_DEPTH = 400;

export function parseHtml(html: string) {
  return parseDocument(flattenDeepNesting(closeScripts(html), MAX_DEPTH), { withStartIndices: true, withEndIndices: true, decodeEntities: true });
}

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\u00a0';

function lineOf(runs: Run[], pre: boolean): HtmlLine | null {
  const joined = runs.map((r) => r.text).join('');
  const text = (pre ? joined : joined.replace(/[ \t\n\r\f]+/g, ' ')).replace(/^\s+|\s+$/g, '');
  if (!text) return null;
  const first = runs.find((r) => /\S/.test(r.text))!;
  const last = runs.findLast((r) => /\S/.test(r.text))!;
  let lead = 0;
  while (isSpace(first.text[lead])) lead++;
  let trail = 0;
  while (isSpace(last.text[last.text.length - 1 - trail])) trail++;
  return { text, start: Math.min(first.start + lead, first.end), end: Math.max(last.end - trail, last.start) };
}

/** The last line's closing link and the text before it, when the line has text of its own before the link. */
function tailOf(lines: HtmlLine[], runs: Run[], pre: boolean): HtmlBlock['tail'] {
  const last = lines[lines.length - 1];
  const own = runs.filter((r) => r.end > last.start);
  let at = own.length;
  while (at > 0 && !/[\p{L}\p{N}]/u.test(own[at - 1].text) && !own[at - 1].link) at--;
  const link = own[at - 1]?.link;
  if (!link) return undefined;
  let from = at - 1;
  while (from > 0 && (own[from - 1].link === link || (!own[from - 1].text.trim() && own[from - 2]?.link === link))) from--;
  const before = lineOf(own.slice(0, from), pre);
  const line = lineOf(own.slice(from), pre);
  if (!before || !line) return undefined;
  return { head: [...lines.slice(0, -1), before], line, link };
}

export function htmlBlocks(nodes: AnyNode[]): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  let buffer: (Run | typeof BREAK)[] = [];
  const tags: string[] = ['div'];

  let pre = 0;
  const flush = (kind: BoilerplateKind | undefined) => {
    if (!buffer.length) return;
    // Lines, and runs of lines: an empty line (<br><br>) parts two blocks, except in <pre> and tables.
    const groups: { lines: HtmlLine[]; runs: Run[] }[] = [{ lines: [], runs: [] }];
    let current: Run[] = [];
    for (const r of [...buffer, BREAK]) {
      if (r !== BREAK) {
        current.push(r);
        continue;
      }
      const line = lineOf(current, pre > 0);
      const group = groups[groups.length - 1];
      if (line) {
        group.lines.push(line);
        for (const run of current) group.runs.push(run);
      } else if (group.lines.length && !pre && tags[tags.length - 1] !== 'table') groups.push({ lines: [], runs: [] });
      current = [];
    }
    buffer = [];
    for (const { lines, runs } of groups) if (lines.length) blocks.push(block(lines, runs, kind));
  };

  const block = (lines: HtmlLine[], runs: Run[], kind: BoilerplateKind | undefined): HtmlBlock => {
    const links = [...new Set(runs.map((r) => r.link).filter((l): l is HtmlLink => !!l))];
    const textRuns = runs.filter((r) => r.text.trim());
    const linkChars = textRuns.filter((r) => r.link).reduce((n, r) => n + r.text.trim().length, 0);
    // Text that is all share, feedflare or ad links is furniture of that kind.
    const runKinds = new Set(textRuns.map((r) => r.kind));
    const byLinks = runKinds.size === 1 ? textRuns[0].kind : undefined;
    return { lines, tag: tags[tags.length - 1], kind: kind ?? byLinks, links, linkChars, tail: tailOf(lines, runs, pre > 0) };
  };

  const walk = (node: AnyNode, kind: BoilerplateKind | undefined, link: HtmlLink | undefined, table: boolean) => {
    if (node.type === 'text' || node.type === 'cdata') {
      const text = node.type === 'text' ? node.data : '';
      if (node.type === 'cdata') node.children.forEach((c) => walk(c, kind, link, table));
      else if (text) {
        const run: Run = { text, start: node.startIndex ?? 0, end: (node.endIndex ?? node.startIndex ?? 0) + 1, link, kind: link ? linkKind(link.href) : undefined };
        if (link) link.text += text;
        if (pre) {
          // Preformatted text keeps its lines.
          let at = 0;
          for (const part of text.split('\n')) {
            if (at) buffer.push(BREAK);
            buffer.push({ ...run, text: part, start: Math.min(run.start + at, run.end), end: Math.min(run.start + at + part.length, run.end) });
            at += part.length + 1;
          }
        } else buffer.push(run);
      }
      return;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style' && node.type !== 'root') return;
    const el = node as Element;
    const name = node.type === 'root' ? 'div' : el.name.toLowerCase();
    if (NO_TEXT.has(name)) return;
    if (name === 'br' || name === 'hr') return void buffer.push(BREAK);
    const own = node.type === 'root' ? undefined : markupKind(el);
    const inner = kind ?? own;
    if (table && (name === 'td' || name === 'th')) {
      buffer.push({ text: ' ', start: el.startIndex ?? 0, end: el.startIndex ?? 0 });
      el.children.forEach((c) => walk(c, inner, link, true));
      return;
    }
    if (table && name === 'tr') {
      el.children.forEach((c) => walk(c, inner, link, true));
      return void buffer.push(BREAK);
    }
    const inline = INLINE.has(name) && !own;
    if (inline) {
      const a = name === 'a' && el.attribs.href ? { href: el.attribs.href, text: '', tag: /\btag\b/i.test(el.attribs.rel ?? '') || TAG_LINK.test(el.attribs.href), cls: el.attribs.class ?? '' } : link;
      el.children.forEach((c) => walk(c, inner, a, table));
      return;
    }
    if (table) return el.children.forEach((c) => walk(c, inner, link, true));
    flush(kind);
    tags.push(name === 'body' || name === 'html' ? 'div' : name);
    if (name === 'pre') pre++;
    el.children.forEach((c) => walk(c, inner, link, name === 'table'));
    flush(inner);
    if (name === 'pre') pre--;
    tags.pop();
  };
  nodes.forEach((n) => walk(n, undefined, undefined, false));
  flush(undefined);
  return blocks;
}
