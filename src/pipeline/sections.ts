/**
 * Stage: sections. Plain text marks subheadings only by form: a short line of its own,
 * no sentence in it, no closing full stop or colon (a question is fine), which introduces
 * the prose after it. Lists (tour dates, bullet-like lines) are runs of such lines and are
 * not headings. In hard-wrapped text, a line left longer than the wrap width was set
 * apart on purpose, which is how headings of two sentences show themselves.
 * Headings become mdast `heading` nodes of depth 2.
 */
import type { Heading, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { blockLines, blockText, isBody, roleOf } from '../tree.js';
import { isProse, wordCount } from '../text/words.js';
import { isRhetorical, markLabelHeadings } from './section-labels.js';
import { evidenceOf } from './evidence/index.js';
import { continues, greekQuestion, notAHeading } from './heading-vetoes.js';

export interface SectionsOptions {
  /** Longest heading, in words. */
  maxWords?: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|Inc|Ltd|Co|Corp|vs|No|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Mt|Ft|U\.S|U\.K|D\.C|E\.U|a\.m|p\.m|e\.g|i\.e|etc)|\b\p{Lu}|\d)\.$/u;

function hasSentenceBreak(text: string): boolean {
  const body = text.replace(/^(?:\d{1,2}|[IVXLC]{1,6})[.)]\s+/, ''); // "2. Never urged …", "II. The end" are numbered headings
  const re = /[.!?]["”’)]?\s+(?=["“‘(]?[\p{Lu}\d])/gu;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[0][0] === '.' && ABBREV.test(body.slice(0, m.index + 1))) continue;
    return true;
  }
  return false;
}

/** Marks that set a heading apart from list items: a question, a label colon, capitals, a bullet. */
function marks(text: string): { question: boolean; colon: boolean; caps: boolean; bullet: boolean } {
  const t = text.trim();
  return { question: /[?？؟]["”’)]*$/u.test(t) || greekQuestion(t), colon: /[:：]/u.test(t), caps: !/\p{Ll}/u.test(t), bullet: /^[-–*•·・●■◦▪]/u.test(t) };
}

/** Does `line` differ from list items `items` in a way headings do? */
function standsOut(line: string, items: string[]): boolean {
  const m = marks(line);
  const ms = items.map(marks);
  // A one- or two-word label among longer items ("Method" after the ingredients) is a heading too.
  // So is a label of a few words under items three times its length (a Thai "ข่าวสมาชิก" after the schedule).
  const n = wordCount(line);
  const short = (n <= 2 && items.every((item) => wordCount(item) >= 3)) || (n <= 4 && items.every((item) => wordCount(item) >= 3 * n));
  return (m.question && !ms.some((x) => x.question)) || (!m.colon && ms.every((x) => x.colon)) || (m.caps && !ms.some((x) => x.caps)) || (!m.bullet && ms.every((x) => x.bullet)) || short;
}

/** Is the next block that is not furniture a byline line? Then this line is a standfirst, not a subheading. */
function aboveByline(blocks: RootContent[], i: number): boolean {
  for (let j = i + 1; j < blocks.length; j++) {
    const role = roleOf(blocks[j]);
    if (role === 'boilerplate') continue;
    return role === 'byline';
  }
  return false;
}

/** What a heading can introduce: prose, or a lead-in sentence ending in a colon. */
function introducible(text: string): boolean {
  const n = wordCount(text);
  return isProse(text) || (n >= 2 && /:["”’)\]]*$/.test(text.trim())) || (n >= 5 && /[.!?…]["”’)\]]*$/.test(text.trim()));
}

/** Has the form of a heading, judged on its own. */
export function headingShaped(text: string, maxWords: number, setApart: boolean): boolean {
  const t = text.trim();
  const n = wordCount(t);
  if (n === 0 || n > maxWords) return false;
  if ((t.match(/,/g) ?? []).length > 2) return false;
  if (/^[-–—*•·>^]/.test(t)) return false; // bullets, credits, a reference's back-link ("^ …")
  if (/^["“„«].+["”“»]\s*(?:[,—–-]+\s*)?\p{L}/u.test(t)) return false; // a quotation with its attribution after it
  if (/^(?:https?:\/\/|www\.)/i.test(t)) return false; // links
  if (/^[^:]{1,30}:\s.*,/.test(t)) return false; // "Open: Wednesday to Sunday, 7.30am", "Town v Bridge: abandoned, no result"
  if (/[%▲▼↑↓]/u.test(t) && (t.match(/\d+(?:[.,]\d+)?/g) ?? []).length >= 2 && wordCount(t.replace(/[\d.,%]+/g, '')) <= 2) return false; // a ticker: "NOORDV 38,20 ▼ −4,8%"
  if (/(?:[:;,]|\.\.\.)["”’)]*$/.test(t) && !greekQuestion(t)) return false; // lead-ins and fragments
  const allCaps = !/\p{Ll}/u.test(t);
  // A sentence keeps its end before a footnote marker: "… in her path. [4]".
  if (/[.!…。！।॥۔]["”’)」』]*(?:\s?\[[^\]\s]{1,4}\])?$/u.test(t) || (!allCaps && hasSentenceBreak(t))) return setApart; // sentences, unless set apart
  return true;
}

// A mark a page sets after each section title: "[edit]", "¶", "§"; no figures (footnotes differ from line to line).
const SECTION_MARK = /(?:\[[^\]\s\d]{1,12}\]|[¶§])$/u;

export const sections: Plugin<[SectionsOptions?], Root> = function (options = {}) {
  const maxWords = options.maxWords ?? 18;
  return (tree: Root) => {
    const blocks = tree.children;
    const width = tree.data?.wrapWidth ?? null;
    // The reading flow: body paragraphs and pull quotes (a heading may introduce either).
    const flow = blocks
      .map((b, i) => (isBody(b) && (b.type === 'paragraph' || b.type === 'blockquote') ? i : -1))
      .filter((i) => i >= 0);
    const shaped = flow.map((i) => {
      const node = blocks[i];
      if (node.type !== 'paragraph') return false;
      const setApart = width !== null && blockLines(node).length === 1 && blockText(node).length > width;
      return blockLines(node).length <= 1 && headingShaped(blockText(node), maxWords, setApart);
    });
    const heading = new Array<boolean>(flow.length).fill(false);
    // Many question lines make a Q&A: there a question answered at once is still a heading.
    // A speaker's turn that asks ("NAME: And then?") is a transcript, not a Q&A's question heading.
    const questions = flow.filter((i, k) => shaped[k] && /\?["”’)»]*$/u.test(blockText(blocks[i]).trim()) && !notAHeading(blockText(blocks[i]).trim())).length;
    // Backwards, so a heading is judged by what truly follows it: prose, not another heading.
    for (let k = flow.length - 2; k >= 0; k--) {
      const next = blockText(blocks[flow[k + 1]]);
      heading[k] = shaped[k] && !heading[k + 1] && introducible(next) && !aboveByline(blocks, flow[k]) && (questions >= 3 || !isRhetorical(blockText(blocks[flow[k]]), next));
    }
    // A short label after prose that stands out from the list it opens ("Chapters", "Further
    // reading") is a heading as well.
    for (let k = 1; k + 2 < flow.length; k++) {
      const text = blockText(blocks[flow[k]]).trim();
      if (heading[k] || !shaped[k] || wordCount(text) > 4 || !isProse(blockText(blocks[flow[k - 1]]))) continue;
      if (!shaped[k + 1] || !shaped[k + 2] || heading[k + 1]) continue;
      if (standsOut(text, [k + 1, k + 2].map((j) => blockText(blocks[flow[j]])))) heading[k] = true;
    }
    // The last item of a list is followed by prose too: two list-like lines before it give
    // it away, unless it stands out from them as headings do.
    for (let k = 2; k < flow.length; k++) {
      const items = [k - 1, k - 2].filter((j) => shaped[j] && !heading[j]);
      // Two list-like lines before it, or one right under the label that opens the list.
      const list = items.length === 2 ? items[1] === k - 2 : items[0] === k - 1 && heading[k - 2];
      if (!heading[k] || !list) continue;
      if (!standsOut(blockText(blocks[flow[k]]), items.map((j) => blockText(blocks[flow[j]])))) heading[k] = false;
    }
    // Labels over lists, spec boxes and subheadings: judged by the run they introduce.
    markLabelHeadings(
      flow.map((i) => evidenceOf(blocks[i]).form),
      shaped.map((s, k) => s && !aboveByline(blocks, flow[k])),
      heading,
    );
    // Headings the page marked alike ("History[edit]", "Setting up¶"): once two decided headings end in
    // the same mark, every heading-shaped line that ends in it is one of them, whatever stands around it.
    const mark = (k: number) => SECTION_MARK.exec(blockText(blocks[flow[k]]).trim())?.[0] ?? null;
    const marked = new Map<string, number>();
    heading.forEach((h, k) => {
      const m = h ? mark(k) : null;
      if (m !== null) marked.set(m, (marked.get(m) ?? 0) + 1);
    });
    if (marked.size) shaped.forEach((sh, k) => {
      const m = sh ? mark(k) : null;
      if (m !== null && (marked.get(m) ?? 0) >= 2 && !aboveByline(blocks, flow[k])) heading[k] = true;
    });
    // "박지현: …?" in a transcript: a label that opens three lines or more is a speaker's, and its turns are no headings.
    const turns = new Map<string, number>();
    const turnOf = (i: number) => /^([^:：\s][^:：]{0,24})[:：]\s/u.exec(blockText(blocks[i]).trim())?.[1] ?? null;
    for (const i of flow) {
      const label = turnOf(i);
      if (label !== null && wordCount(label) <= 3) turns.set(label, (turns.get(label) ?? 0) + 1);
    }
    flow.forEach((i, k) => {
      const label = turnOf(i);
      if (heading[k] && label !== null && (turns.get(label) ?? 0) >= 3) heading[k] = false;
    });
    // "00:00 Intro …", "03:40 Waarom …?": three lines or more that open with a figure of one shape are
    // a list (chapters, a timetable), none of them a heading; a short line right above the run is its label.
    const lead = (i: number) => {
      const first = /^(\S+)\s/u.exec(blockText(blocks[i]).trim())?.[1];
      return first && /\d/u.test(first) ? first.replace(/\d/gu, '0') : null;
    };
    for (let k = 0; k < flow.length; ) {
      const shape = lead(flow[k]);
      let end = k + 1;
      while (shape !== null && end < flow.length && lead(flow[end]) === shape) end++;
      if (shape !== null && end - k >= 3) {
        heading.fill(false, k, end);
        if (k > 0 && shaped[k - 1] && wordCount(blockText(blocks[flow[k - 1]])) <= 4 && !aboveByline(blocks, flow[k - 1])) heading[k - 1] = true;
      }
      k = end;
    }
    flow.forEach((i, k) => {
      // Judged last, so a spec or date line still counts as an item of the list it stands in.
      if (!heading[k] || notAHeading(blockText(blocks[i]).trim())) return;
      if (k + 1 < flow.length && continues(blockText(blocks[i]), blockText(blocks[flow[k + 1]]), width, k > 0 ? blockText(blocks[flow[k - 1]]) : '')) return;
      const node = blocks[i];
      const h: Heading = { type: 'heading', depth: 2, children: [{ type: 'text', value: blockText(node).trim() }], position: node.position, data: node.data };
      blocks[i] = h as RootContent;
    });
  };
};
