/** Shared pieces of the hostile-input suite: real lines from the project's fixtures, and the no-loss check. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/types.js';
import { ROOT } from '../helpers/corpus.js';

/** Every non-blank line of the project's own fixture inputs (fixtures/heldout*), trimmed. */
export function fixtureLines(): string[] {
  const root = join(ROOT, 'fixtures');
  if (!existsSync(root)) return [];
  const lines: string[] = [];
  for (const set of readdirSync(root).sort()) {
    const dir = join(root, set);
    if (!statSync(dir).isDirectory()) continue;
    for (const c of readdirSync(dir).sort()) {
      const input = join(dir, c, 'input.txt');
      if (!existsSync(input)) continue;
      for (const l of readFileSync(input, 'utf8').split(/\r?\n/)) if (l.trim()) lines.push(l.trim());
    }
  }
  return lines;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Everything the article kept, anywhere: headline, dek, byline lines, headings, blocks, boilerplate. */
export function everything(a: Article): string {
  const parts: string[] = [a.headline ?? '', a.dek ?? ''];
  for (const l of a.byline.lines ?? []) parts.push(l.text);
  for (const s of a.sections) {
    parts.push(s.heading ?? '');
    for (const b of s.blocks) parts.push(b.text, b.attribution ?? '', ...(b.items ?? []));
  }
  for (const b of a.boilerplate) parts.push(b.text);
  return collapse(parts.join(' \u0000 '));
}

/** Letters and digits of a word; quote marks, dashes and other punctuation do not count. */
const core = (w: string) => w.replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Words of the input missing from the article: an empty list means nothing was lost. Compared
 * by their letters and digits (a pull quote loses its quote marks, an attribution its dash);
 * a leading "Label:" of a line (Subject:, Title:) is furniture the stages may drop; a word
 * found only inside a longer one counts as kept (hyphenated line breaks are joined).
 */
export function lostWords(text: string, a: Article): string[] {
  const all = everything(a);
  const kept = new Set(all.split(' ').map(core));
  let joined: string | null = null; // only built when a word is not found whole
  const lost: string[] = [];
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/).filter(Boolean);
    if (words[0]?.endsWith(':')) words.shift();
    for (const w of words) {
      const c = core(w);
      if (!c || kept.has(c)) continue;
      // A word broken at a line end may be joined to the next one ("Bus-" + "Arizona").
      joined ??= core(all);
      if (!joined.includes(c)) lost.push(w);
    }
  }
  return lost;
}
