import { Element, isTag, isText, type AnyNode, type Document, type Text } from 'domhandler';
import { appendChild, findOne, prependChild, removeElement } from 'domutils';

const PAGE_PARTS = new Set(['html', 'head', 'body']);
/** What a <head> may hold; anything else there starts the body, as a browser parses it. */
const HEAD_ONLY = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

/**
 * A page whose <head> is never closed (no </head>, no <body> tag) leaves the whole page in
 * <head> for htmlparser2, where no block is cut. A browser ends the head at the first element
 * that cannot stand there: that element and all after it go to the start of <body> (one made
 * when the page has none).
 */
function headIntoBody(doc: Document): void {
  const head = findOne((el) => el.name === 'head', doc.children, true);
  if (!head) return;
  const at = head.children.findIndex((n) => (isText(n) && /\S/.test(n.data)) || (isTag(n) && !HEAD_ONLY.has(n.name)));
  if (at < 0) return;
  const moved: AnyNode[] = head.children.slice(at);
  let body = findOne((el) => el.name === 'body', doc.children, true);
  // A <body> tag inside the unclosed head moves with the rest: a new body holds them all.
  for (let p = body?.parent; body && p; p = p.parent) if (p === head) body = null;
  if (!body) {
    body = new Element('body', {});
    const html = head.parent && isTag(head.parent) ? head.parent : null;
    if (html) appendChild(html, body);
    else appendChild(doc as unknown as Element, body);
  }
  for (const n of moved.reverse()) {
    removeElement(n);
    prependChild(body, n);
  }
}

/**
 * Text outside <html> (a server's PHP warnings before the doctype, junk after </html>), with the
 * inline elements among it, sits at the document's root, where no block is cut from it. Browsers
 * put it into <body> (its start, or its end after it): so does this, so that it is kept, or
 * listed as boilerplate, never dropped.
 */
export function intoBody(doc: Document): Document {
  headIntoBody(doc);
  const body = findOne((el) => el.name === 'body', doc.children, true);
  if (!body) return doc;
  // The text and the inline elements around it ("<br /><b>Warning</b>: … on line <b>12</b>"), in one run.
  const stray = doc.children.filter((n): n is Text | Element => (isText(n) && /\S/.test(n.data)) || (isTag(n) && !PAGE_PARTS.has(n.name)));
  const at = body.startIndex ?? 0;
  const before = stray.filter((t) => (t.startIndex ?? 0) < at);
  // Prepended last first, so that they stay in source order.
  for (const t of before.reverse()) prependChild(body, t);
  for (const t of stray) if ((t.startIndex ?? 0) >= at) appendChild(body, t);
  return doc;
}
