/**
 * Stage: headline. The article's title is the first line that is still body once
 * wrapper furniture (view-in-browser lines, byline and date lines) is set aside: a short
 * single line, not a paragraph of prose. Runs before the byline stage, which then knows
 * where the story starts.
 */
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { blockLines, blockText, isBody, setRole } from '../tree.js';
import { wordCount } from '../text/words.js';
import { parseBylineLine } from './byline/line.js';
import { parseDate } from './byline/date.js';
import { isOutletName } from '../text/outlets.js';
import { isPersonName } from '../text/names.js';
import { evidenceOf } from './evidence/index.js';
import { furniture } from '../lang/vocabulary.js';
import { warn } from './note.js';

declare module 'vfile' {
  interface DataMap {
    headline: string | null;
    /** An outlet's name standing above the title, for the byline stage. */
    outletLine: string;
  }
}

export interface HeadlineOptions {
  /** Longest headline, in words; a longer first block is taken as the opening paragraph. */
  maxWords?: number;
}

/** Short, and not a sentence of prose: titles rarely end with a full stop or hold two sentences. */
function looksLikeTitle(text: string, maxWords: number): boolean {
  const n = wordCount(text);
  if (n === 0 || n > maxWords) return false;
  // Prose: a long line that ends like a sentence or holds several ("Slow. That’s the Point." is still a title).
  const sentence = /[.!?]\s+\p{Lu}.*[.!?]$/u.test(text) || (/\.["”’)]*$/.test(text) && !/\b(?:\p{Lu}\.){2,}$/u.test(text));
  return !(sentence && n > 16);
}

export const headline: Plugin<[HeadlineOptions?], Root> = function (options = {}) {
  const maxWords = options.maxWords ?? 30;
  return (tree: Root, file: VFile) => {
    if (tree.children.some((n) => (n.data as { role?: string } | undefined)?.role === 'headline')) return; // a reader placed it
    // Date and credit lines may stand above the title in some wrappers; so may a preamble:
    // a section label ("POLITICS"), the outlet's name, a running head. Each is short and
    // comes right before a longer title.
    // Looked at lazily: telling a candidate from a date line may need the (costly) date parser.
    const candidates = lazyCandidates(tree);
    // The title: the first full title after nothing but preamble lines.
    let k = 0;
    // Once a preamble line opens the page, a short notice may stand in the run too ("For members only. Please do not forward.").
    for (let j = 0; j < 4 && candidates.at(j + 1) && (j > 0 ? isPreambleOrNotice(candidates.at(j)!) : isPreamble(blockText(candidates.at(j)!).trim()) || unrelated(candidates.at(j)!) || viewInBrowser(blockText(candidates.at(j)!).trim())); j++) {
      if (isFullTitle(blockText(candidates.at(j + 1)!).trim(), maxWords)) {
        k = j + 1;
        break;
      }
    }
    // A "view in browser" line is never the title, however short the line after it.
    // Unless prose follows: then the short line is a story's title that names a browser.
    if (k === 0 && candidates.at(1) && viewInBrowser(blockText(candidates.at(0)!).trim()) && looksLikeTitle(blockText(candidates.at(1)!).trim(), maxWords)) k = 1;
    for (let j = 0; j < k; j++) {
      const node = candidates.at(j)!;
      const text = blockText(node).trim();
      const masthead = mastheadOf(text);
      if (masthead) {
        // The outlet's name above the title is a credit: the byline stage reads it.
        setRole(node, 'byline');
        file.data.outletLine = masthead;
      } else setRole(node, 'boilerplate', /^\p{Lu}+(?:\s+\p{Lu}+){0,2}$/u.test(text) || viewInBrowser(text) ? 'navigation' : 'other');
    }
    const first = candidates.at(k);
    // "Title: …" / "Subject: …" in exports and mail alerts: the title is what follows the label.
    const text = first ? blockText(first).trim().replace(/^(?:title|headline|subject)\s*:\s+(?=\S)/i, '') : '';
    if (first && blockLines(first).length <= 2 && looksLikeTitle(text, maxWords)) {
      setRole(first, 'headline');
      file.data.headline = text;
    } else {
      file.data.headline = null;
      warn(file, 'No headline found: the first line reads like a paragraph', first, 'article-clean:headline-missing');
    }
  };
};

/** Body blocks that are not date or credit lines, found one by one as they are asked for. */
function lazyCandidates(tree: Root): { at(i: number): RootContent | undefined } {
  const found: RootContent[] = [];
  let next = 0;
  return {
    at(i) {
      while (found.length <= i && next < tree.children.length) {
        const node = tree.children[next++];
        if (isBody(node) && !parseBylineLine(blockText(node))) found.push(node);
      }
      return found[i];
    },
  };
}

let browserWords: string[] | null = null;
/** "View this e-mail in your browser", in any language with a word for browser (data): a mail wrapper's first line. */
function viewInBrowser(text: string): boolean {
  if (wordCount(text) > 12 || text.length > 90) return false;
  const lower = text.toLowerCase();
  return (browserWords ??= furniture('browserWords')).some((w) => lower.includes(w));
}

/** A short notice of one or two sentences, not the story's first paragraph. */
function isPreambleOrNotice(node: RootContent): boolean {
  const text = blockText(node).trim();
  // Two or more short sentences ("For members only. Please do not forward."): one sentence may open the story.
  const sentences = text.split(/(?<=\p{L}[.!?])\s+(?=\p{Lu})/u).length;
  return isPreamble(text) || viewInBrowser(text) || (blockLines(node).length <= 2 && sentences >= 2 && wordCount(text) <= 16 && /[.!]$/.test(text)) || unrelated(node);
}

/**
 * A line above the title that shares no word with the rest of the text and reads as two
 * short sentences: wrapper furniture ("Trouble viewing? Open this email online").
 */
function unrelated(node: RootContent): boolean {
  const text = blockText(node).trim();
  const ev = evidenceOf(node);
  // Two short sentences (a question, then what to do): a title of one phrase may share no word and still tell the story.
  const twoSentences = /\p{L}[?!.]\s+\p{Lu}/u.test(text);
  return twoSentences && blockLines(node).length === 1 && wordCount(text) <= 12 && ev.topicalWords >= 2 && ev.storyOverlap === 0;
}

/** A title worth preferring to a short line above it: five words or more, not prose. */
function isFullTitle(text: string, maxWords: number): boolean {
  // No full stop at the end: the first sentence of the story is not a title.
  // Nor is a paragraph of several sentences that happens to end in a question.
  if (wordCount(text) >= 16 && /\p{L}{2}[.!?。]["”’)]*\s+\S/u.test(text)) return false;
  return wordCount(text) >= 5 && !/\.["”’)]*$/.test(text) && !isPreamble(text) && looksLikeTitle(text.replace(/^(?:title|headline|subject)\s*:\s+/i, ''), maxWords);
}

/** A short line that labels rather than says: up to three words, or a capitalised name or running head. */
function isPreamble(text: string): boolean {
  if (/[.!?]$/.test(text)) return false;
  const n = wordCount(text);
  if (n <= 3 || (n <= 6 && (!/\p{Ll}/u.test(text) || isOutletName(text))) || (n <= 9 && /\s[|›»/·]\s/.test(text))) return true;
  // Banners: "WATCH LIVE: KRVT 7 News at 6", "MEMBER BULLETIN — Issue 42 — Autumn 2024",
  // "Unrolled with Threadkeeper · read the whole thread on one page".
  const parts = text.split(/(?<!\s)\s+[|·•—–]\s+/);
  return n <= 12 && (/^\p{Lu}{2,}(?:\s+\p{Lu}{2,})*\s*:/u.test(text) || (parts.length >= 2 && parts.some((p) => !/\p{Ll}/u.test(p) || /\d/.test(p) || /^\p{Ll}/u.test(p))));
}

/** Two to five capitalised words, short particles between them, and no person's name. */
function isTitledName(text: string, single = false): boolean {
  // "Jarida la Utafiti – Chuo Kikuu cha Pwani": a dash between the parts of the name is no word.
  const words = text.split(/\s+/).filter((w) => !/^[–—-]$/u.test(w));
  return words.length >= (single ? 1 : 2) && words.length <= 8 && /^\p{Lu}/u.test(words[0]) && words.every((w) => /^\p{Lu}/u.test(w) || /^\p{Ll}{1,3}$/u.test(w)) && !isPersonName(text);
}

/** The outlet named by a masthead line: "The Coastline Review", "THE HOLLOW HOOT | Maple Hollow PTA". */
export function mastheadOf(text: string, details = false): string | null {
  const parts = text.split(/(?<!\s)\s+[|·]\s+/);
  const first = parts[0];
  // In capitals alone it is a label ("MATCH REPORT"); a masthead in capitals comes with a detail after a bar.
  if (!/\p{Ll}/u.test(first) && parts.length < 2) return null;
  const readable = /\p{Ll}/u.test(first) ? first : first.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s, c) => s + c.toUpperCase());
  // With `details`, what follows a bar may count ("· No. 118 · Thursday edition"); the name itself has no digits.
  const plain = details ? !/\d/.test(first) && parts.slice(1).every((p) => wordCount(p) <= 4) : !/\d/.test(text);
  // A name of capitalised words dated like an issue ("Kirkebladet for Skovby Sogn · Marts 2025") is a masthead too.
  // One word will do when a full date follows, as on a page's running head ("FJORDPOSTEN · TORSDAG 20. NOVEMBER 2025 · SIDE 4").
  const dated = details && parts.slice(1).some((p) => parseDate(p) !== null);
  const issue = details && parts.length >= 2 && parts.slice(1).some((p) => /\d/.test(p)) && isTitledName(readable, dated);
  return (isOutletName(readable) || issue) && plain ? readable : null;
}

