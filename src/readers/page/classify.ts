/** What an element's tag, role, class and id say about it: furniture kind, content weight, byline. */
import type { Element } from 'domhandler';
import type { BoilerplateKind } from '../../types.js';
import { BYLINE, BYLINE_SUFFIXES, COMPOUND_SUFFIXES, DECISIVE, FURNITURE_ROLES, FURNITURE_TAGS, POSITIVE, WEAK } from './vocab/hints.js';

export interface Hint {
  /** Furniture kind, when the element is furniture. */
  kind?: BoilerplateKind;
  /** +1 content words, -1 furniture words, 0 neither. */
  weight: number;
  /** 0 a weak word ("sidebar"), 1 a decisive word ("share"), 2 comments, a tag, a role or hidden. */
  strong?: number;
  /** The kind comes from the tag or role alone: inside other furniture, the outer kind stands. */
  generic?: boolean;
  byline: boolean;
}

function table(lists: Partial<Record<BoilerplateKind, string[]>>): Map<string, BoilerplateKind> {
  const map = new Map<string, BoilerplateKind>();
  for (const [kind, words] of Object.entries(lists)) for (const w of words!) map.set(w, kind as BoilerplateKind);
  return map;
}

const decisive = table(DECISIVE);
const weak = table(WEAK);
const positive = new Set(POSITIVE);
const byline = new Set(BYLINE);
const NONE: Hint = { weight: 0, byline: false };
const memo = new Map<string, Hint>();

/**
 * A CMS names the story's own taxonomy in its classes ("tag-popular", "category-sponsored-content"
 * on a WordPress post): terms chosen by the writer, not words about the layout.
 */
const TAXONOMY = /^(?:tag|category|post_tag)[-_]/i;

/** Lower-case words of a class or id: split at punctuation and at camelCase humps; taxonomy classes left out. */
export function attributeWords(value: string): string[] {
  return value
    .split(/\s+/)
    .filter((c) => !TAXONOMY.test(c))
    .join(' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const suffixes = new Set(COMPOUND_SUFFIXES);

/** A decisive word run together with a suffix: "relatedposts", "sharebar", "adslot". */
function compound(w: string): BoilerplateKind | undefined {
  for (let cut = 2; cut <= w.length - 3; cut++) {
    if (suffixes.has(w.slice(cut))) {
      const kind = decisive.get(w.slice(0, cut));
      if (kind) return kind;
    }
  }
  return undefined;
}

const bylineSuffixes = new Set(BYLINE_SUFFIXES);

/** A byline word run together with an ending: "authorname", "bylinebox". */
function bylineCompound(w: string): boolean {
  for (const b of BYLINE) if (w.length > b.length && w.startsWith(b) && bylineSuffixes.has(w.slice(b.length))) return true;
  return false;
}

function fromWords(value: string): Hint {
  let hint = memo.get(value);
  if (hint) return hint;
  let strong: BoilerplateKind | undefined;
  let soft: BoilerplateKind | undefined;
  let good = false;
  let by = false;
  for (const w of attributeWords(value)) {
    strong ??= decisive.get(w) ?? compound(w);
    soft ??= weak.get(w);
    if (positive.has(w)) good = true;
    if (byline.has(w) || bylineCompound(w)) by = true;
  }
  const kind = strong ?? (good ? undefined : soft);
  hint = { kind, weight: kind ? -1 : good ? 1 : 0, byline: by, strong: strong === undefined ? 0 : strong === 'other' ? 2 : 1 };
  if (memo.size > 5000) memo.clear();
  memo.set(value, hint);
  return hint;
}

function hidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The hint an element carries by itself (not inherited). */
export function classify(el: Element): Hint {
  const tag = el.name;
  if (tag === 'html' || tag === 'body') return NONE;
  if (hidden(el)) return { kind: 'other', weight: -1, byline: false, strong: 2 };
  const words = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  const hint = words.length > 1 ? fromWords(words) : NONE;
  // A decisive word names the kind better than the tag (<aside class="newsletter">).
  const byTag = FURNITURE_TAGS[tag];
  if (byTag) return { kind: hint.strong ? hint.kind : byTag, weight: -1, byline: false, strong: 2, generic: !hint.strong };
  const role = el.attribs.role;
  if (role && FURNITURE_ROLES[role]) return { kind: hint.strong ? hint.kind : FURNITURE_ROLES[role], weight: -1, byline: false, strong: 2, generic: !hint.strong };
  const rel = el.attribs.rel;
  const prop = el.attribs.itemprop;
  if ((rel && /\bauthor\b/.test(rel)) || (prop && /\bauthor\b/.test(prop))) return { ...hint, byline: true };
  return hint;
}
