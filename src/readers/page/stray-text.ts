import { isTag, isText, type Document, type Element, type Text } from 'domhandler';
import { appendChild, findOne, prependChild } from 'domutils';

const PAGE_PARTS = new Set(['html', 'head', 'body']);

/**
 * Text outside <html> (a server's PHP warnings before the doctype, junk after </html>), with the
 * inline elements among it, sits at the document's root, where no block is cut from it. Browsers
 * put it into <body> (its start, or its end after it): so does this, so that it is kept, or
 * listed as boilerplate, never dropped.
 */
export function intoBody(doc: Document): Document {
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
