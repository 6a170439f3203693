/**
 * htmlparser2 keeps its stack of open elements with Array#unshift, so parsing costs grow with
 * the square of the nesting depth (100,000 nested <div>s take ten seconds). Before parsing,
 * one linear scan finds tags nested deeper than a limit and blanks them out with spaces of
 * the same length: text and every offset stay as they were, only the excess structure goes.
 */

// A tag, or the start of a comment, CDATA section or processing instruction (skipped whole, see skipMarkup).
const TAG = /<(?:!--|!\[CDATA\[|\?|(\/?)([a-z][^\s/>]*)(?:[\s/][^>]*)?>)/gi;
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const RAW = new Set(['script', 'style', 'textarea', 'title']);
/** Elements often left open (<p>, <li>…): not counted, so pages that never close them are not cut. */
const OPTIONAL_CLOSE = new Set('p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp html head body'.split(' '));

/** Where a comment, CDATA section or processing instruction starting at `at` ends (past its close), or -1 when none starts there. */
function skipMarkup(html: string, at: number): number {
  for (const [open, close] of MARKUP) {
    if (!html.startsWith(open, at)) continue;
    const end = html.indexOf(close, at + open.length);
    return end < 0 ? html.length : end + close.length;
  }
  return -1;
}
const MARKUP: [string, string][] = [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '>']];

/**
 * The page with tags past `limit` levels of nesting replaced by spaces; the same string when
 * none are. `xml`: a feed, where every element must be closed (no void, raw or optional-close
 * HTML elements). Comments and CDATA sections are skipped whole: tags inside them are text.
 */
export function flattenDeepNesting(html: string, limit = 5000, xml = false): string {
  // Fewer tags than the limit cannot nest past it.
  let lt = 0;
  for (let i = html.indexOf('<'); i >= 0 && lt <= limit; i = html.indexOf('<', i + 1)) lt++;
  if (lt <= limit) return html;
  let excess = 0;
  const cuts: number[] = [];
  const open: string[] = [];
  const lower = html.toLowerCase();
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m[0].startsWith('<!') || m[0].startsWith('<?')) {
      TAG.lastIndex = skipMarkup(html, m.index);
      continue;
    }
    const name = m[2].toLowerCase();
    if (xml) {
      // Nothing in XML is void, raw or left open by rule.
    } else if (RAW.has(name) && !m[1]) {
      const close = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = close < 0 ? html.length : close;
      continue;
    }
    if ((!xml && (VOID.has(name) || OPTIONAL_CLOSE.has(name))) || m[0].endsWith('/>')) continue;
    const cut = () => cuts.push(m!.index, m!.index + m![0].length);
    if (m[1]) {
      if (excess > 0) (cut(), excess--);
      else {
        const at = open.lastIndexOf(name, open.length - 1);
        if (at >= open.length - 3 && at >= 0) open.length = at;
      }
    } else if (open.length >= limit) (cut(), excess++);
    else open.push(name);
  }
  if (!cuts.length) return html;
  let out = '';
  let at = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    out += html.slice(at, cuts[k]) + ' '.repeat(cuts[k + 1] - cuts[k]);
    at = cuts[k + 1];
  }
  return out + html.slice(at);
}
