/**
 * Bars told by their form in any language: "上一篇：… ｜ 下一篇：…", "Previous: … | Next: …"
 * before or after the story (each item a short label, a colon and a title: neighbouring
 * posts), and
 * "좋아요 128 · 댓글 17" before or after the story (each item a word and its count).
 */
import type { Evidence } from '../evidence/index.js';
import type { Signal } from './signals.js';

// A label of one to three words, a colon (any script's), then what it points to.
const LABELLED = /^((?:[^\s:：]+\s){0,2}[^\s:：]+)\s?[:：]\s*(\S.*)$/u;
// A title, not a figure, a date or a name: three words of letters or more, or five letters of a script written without spaces.
const isTitle = (s: string) => s.split(/\s+/u).filter((w) => /\p{L}{2}/u.test(w)).length >= 3 || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Khmer}\p{Script=Lao}\p{Script=Myanmar}]{5}/u.test(s);

export function labelledBar(ev: Evidence): Signal | null {
  const { segments, words } = ev.form;
  // Inside the story such a bar may be a fact box ("Where: … | When: …"); links to other posts stand around it.
  if (ev.region === 'body' || segments.length < 2 || segments.length > 4 || words > 30) return null;
  const items = segments.map((s) => LABELLED.exec(s));
  if (!items.every((m) => m && isTitle(m[2]))) return null;
  const labels = new Set(items.map((m) => m![1].toLowerCase()));
  if (labels.size !== items.length) return null;
  return { name: 'labelled-bar', kind: 'navigation', strength: 0.85, decisive: true, why: `${items.length} labelled links to other pages between separators` };
}

// A word or two and a count, either way round: "좋아요 41", "후속기사 원해요 9", "12 comments".
const COUNT = /^[\p{L}\p{Extended_Pictographic}]+(?:\s[\p{L}\p{Extended_Pictographic}]+)?\s*[\d.,]+[kKmM]?$|^[\d.,]+[kKmM]?\s*[\p{L}\p{Extended_Pictographic}]+(?:\s[\p{L}\p{Extended_Pictographic}]+)?$/u;

export function countBar(ev: Evidence): Signal | null {
  const { segments } = ev.form;
  if (ev.region === 'body' || segments.length < 2 || segments.length > 6 || !segments.every((s) => COUNT.test(s))) return null;
  return { name: 'reactions', kind: 'navigation', strength: 0.75, why: `${segments.length} counts ("likes 128 · comments 17") outside the story` };
}
