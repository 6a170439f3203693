/**
 * Stage 0: evidence. One pass over the blocks that every later stage reads instead of
 * working it out again: each block's form (form.ts), its region (before the first
 * paragraph of prose, inside the story, after the last), its neighbours, whether it is
 * one item of a run of like lines, how often it or its template repeats, and (on first
 * use) how many of its content words the rest of the story shares. The article's
 * language is detected here too. See docs in src/pipeline/evidence/README.md.
 */
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { tickDeadline } from '../../deadline.js';
import { blockText, type BlockData } from '../../tree.js';
import { formOf, type Form } from './form.js';
import { overlapCounter, type OverlapCounter } from './overlap.js';
import { detectLanguage, stopwordsOf } from './language.js';
import { setDateLanguage } from '../byline/date.js';
import { setArticleLanguage } from '../../text/article-language.js';

export type Region = 'head' | 'body' | 'tail';

export interface Evidence {
  form: Form;
  /** Index among the tree's blocks when the evidence was taken. */
  index: number;
  region: Region;
  /** One item of a run of lines of the same short form (a list, a schedule, a spec box). */
  listItem: boolean;
  /** Same text elsewhere in the document. */
  repeats: number;
  /** Same template ("Get it at: X", "Label: X") on other short lines of the document. */
  templateRepeats: number;
  /** Share of the block's content words found in other blocks (0–1), computed on first read. */
  readonly storyOverlap: number;
  /** Share of the block's content words found in the next block (0–1), computed on first read. */
  readonly nextOverlap: number;
  /**
   * Like storyOverlap, over the block's lower-case words only: names of outlets and brands
   * (capitalised) say nothing about whether a line is about the story's subject.
   */
  readonly topicalOverlap: number;
  /** How many lower-case content words the block has (what topicalOverlap is a share of). */
  readonly topicalWords: number;
  /** How many blocks of the document hold this word (its stem): a word of the story's topic stands in many. */
  blocksWith(word: string): number;
}

declare module 'mdast' {
  interface RootData {
    /** BCP 47 language of the article: as configured for the source (set before this pass), else declared or detected. */
    language?: string | null;
  }
}

declare module '../../tree.js' {
  interface BlockData {
    evidence?: Evidence;
  }
}

/** The evidence of a block (every block of the tree has one once the stage ran). */
export function evidenceOf(node: RootContent): Evidence {
  tickDeadline();
  const ev = (node.data as BlockData | undefined)?.evidence;
  if (!ev) throw new Error('evidence stage has not run');
  return ev;
}

/** What a list's items share: colon, digits, a question, a leading number or date. */
function listShape(form: Form): string | null {
  // Bulleted lines are list items whatever they say.
  if (form.bullet && form.words <= 60) return `bullet:${form.text[0]}`;
  if (form.words > 14 || (form.end === '.' && form.words > 6) || form.end === ':') return null;
  return [form.label !== null, form.digits || form.price, form.end === '?', form.bullet, form.caps, form.bracketed, form.symbolLead].join('');
}

/** A line's template: digits and capitalised words after the first stand for any value. */
function templateOf(form: Form): string | null {
  if (form.words > 12 || form.prose) return null;
  if (form.label) return `label:${form.label}`;
  const tokens = form.text.toLowerCase() === form.text ? form.text.split(' ') : form.text.split(' ').map((w, i) => (i > 0 && /^\p{Lu}/u.test(w) ? 'X' : w));
  return tokens.join(' ').replace(/\d+/g, '0').toLowerCase();
}

export function takeEvidence(tree: Root): void {
  const blocks = tree.children;
  const texts = blocks.map((b) => blockText(b));
  const forms = texts.map(formOf);
  const prose = forms.map((f, i) => (f.prose ? i : -1)).filter((i) => i >= 0);
  const first = prose.length ? prose[0] : blocks.length;
  const last = prose.length ? prose[prose.length - 1] : -1;

  // A language the input declares (a feed's <language>, html[lang]) is taken as given: detection is for text that names none.
  const declared = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i.exec((tree.data?.language ?? tree.data?.meta?.language)?.trim() ?? '')?.[1].toLowerCase() ?? null;
  const sample = declared ? '' : prose.slice(0, 6).map((i) => forms[i].text).join(' ').slice(0, 1200);
  const language = declared ?? detectLanguage(sample || forms.map((f) => f.text).join(' ').slice(0, 1200));
  tree.data = { ...tree.data, language };
  setDateLanguage(language);
  setArticleLanguage(language);
  const overlap = overlapCounter(texts, language === 'en' || !language ? new Set() : stopwordsOf(language));

  const shapes = forms.map(listShape);
  const templates = forms.map(templateOf);
  const count = <T>(xs: (T | null)[]) => {
    const m = new Map<T, number>();
    for (const x of xs) if (x !== null) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const textCounts = count(forms.map((f) => f.text));
  const templateCounts = count(templates);

  blocks.forEach((node, i) => {
    const shape = shapes[i];
    const region: Region = i < first ? 'head' : i > last ? 'tail' : 'body';
    const listItem = shape !== null && (shapes[i - 1] === shape || shapes[i + 1] === shape);
    const repeats = (textCounts.get(forms[i].text) ?? 1) - 1;
    const templateRepeats = templates[i] === null ? 0 : (templateCounts.get(templates[i]!) ?? 1) - 1;
    ((node.data ??= {}) as BlockData).evidence = new BlockEvidence(forms[i], i, region, listItem, repeats, templateRepeats, overlap);
  });
}

/**
 * One block's evidence. A class, not an object literal with getters: the getters live on
 * the prototype, so a block costs a few fields rather than four closures and a dictionary
 * of its own (over 1 KB a block, most of the memory on inputs of many short lines).
 */
class BlockEvidence implements Evidence {
  constructor(
    readonly form: Form,
    readonly index: number,
    readonly region: Region,
    readonly listItem: boolean,
    readonly repeats: number,
    readonly templateRepeats: number,
    private readonly overlap: OverlapCounter,
  ) {}
  get storyOverlap(): number {
    return this.overlap.story(this.index);
  }
  get nextOverlap(): number {
    return this.overlap.next(this.index);
  }
  get topicalOverlap(): number {
    return this.overlap.topical(this.index).share;
  }
  get topicalWords(): number {
    return this.overlap.topical(this.index).size;
  }
  blocksWith(word: string): number {
    return this.overlap.blocksWith(word);
  }
}

/** unified plugin for the evidence pass. */
export const evidence: Plugin<[], Root> = function () {
  return (tree: Root) => takeEvidence(tree);
};
