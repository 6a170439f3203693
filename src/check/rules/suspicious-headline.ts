import { defineRule } from '../rule.js';
import { namesOutlet } from '../vocab-outlets.js';
import { normalise, words } from './util.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DASHES = [' - ', ' – ', ' — ', ' · ', ' • '];
const DOMAIN = /^(?:[\p{L}\d-]+\.)+\p{L}{2,6}$/u;
const capital = (w: string) => /^[\p{Lu}\d]/u.test(w);

/**
 * A site name after a spaced dash, found by form: "Headline in sentence case - Name In Title
 * Case" (two to six words, each capitalised or a short joining word: "Le Journal du
 * Littoral"), a name with a word that names an outlet ("Valley Gazette", whatever the
 * headline's case), or a domain ("- example.com").
 */
function dashSuffix(headline: string): string | null {
  const at = Math.max(...DASHES.map((d) => headline.lastIndexOf(d)));
  if (at <= 0) return null;
  const name = headline.slice(at + 3).trim();
  if (DOMAIN.test(name)) return name;
  const nameWords = name.split(/\s+/);
  if (nameWords.length < 2 || nameWords.length > 6 || /[\d!?,;:"“”„«»()]|\.$/u.test(name)) return null;
  if (!capital(nameWords[0]) || !capital(nameWords.at(-1)!) || !nameWords.every((w) => capital(w) || w.length <= 3)) return null;
  if (namesOutlet(name)) return name;
  // Else the headline before it is in sentence case: most of its later words are in lower case.
  const head = headline.slice(0, at).split(/\s+/).filter((w) => /\p{L}/u.test(w)).slice(1);
  if (head.length < 3 || head.filter((w) => /^\p{Ll}/u.test(w)).length < head.length / 2) return null;
  return name;
}

/** What looks wrong with a headline, as short phrases. */
function problems(headline: string, firstParagraph: string | undefined, sites: string[], maxLength: number): string[] {
  const out: string[] = [];
  // Capitals only in a script that has case: Korean, Japanese, Hebrew or Hindi letters are neither.
  const upper = headline.replace(/\P{Lu}/gu, '');
  if (upper.length >= 8 && words(headline) >= 2 && !/\p{Ll}/u.test(headline)) out.push('is in capitals');
  const bar = /\s[|｜]\s*([^\s|｜][^|｜]*)$/u.exec(headline);
  if (bar) out.push(`ends with “| ${bar[1].trim()}”, a site name`);
  else {
    const site = sites.find((s) => new RegExp(`\\s[-–—:·]\\s*${escape(s)}\\s*$`, 'iu').test(headline));
    const suffix = site ?? dashSuffix(headline);
    if (suffix) out.push(`ends with the site name “${suffix}”`);
  }
  if (headline.length > maxLength) out.push(`is ${headline.length} characters long (over ${maxLength})`);
  if (firstParagraph) {
    const h = normalise(headline);
    const p = normalise(firstParagraph);
    if (h === p || (words(headline) >= 8 && p.startsWith(h))) out.push('repeats the first paragraph');
  }
  return out;
}

export default defineRule({
  name: 'suspicious-headline',
  severity: 'warn',
  description: 'The headline is in capitals, carries a site name ("| Outlet"), is over 200 characters, or repeats the first paragraph',
  options: { maxLength: { type: 'number', default: 200, description: 'longest plausible headline, in characters' } },
  check({ article, options, settings, report }) {
    const headline = article.headline;
    if (!headline) return;
    const sites = [...settings.outlets, ...settings.curators, ...(article.publication ? [article.publication] : [])];
    // The first block after the headline: a paragraph, or a copy of the headline the pipeline took for a heading.
    const first = article.blocks.find((b) => (b.kind === 'paragraph' || b.kind === 'heading') && b.position.start.line > headline.position.start.line)?.text;
    for (const p of problems(headline.text, first, sites, Number(options.maxLength))) report(`Headline ${p}`, headline.position);
  },
  docs: {
    valid: [
      { file: 'ok.md', text: '---\ntitle: Harbour wall to be rebuilt\n---\n\nThe council voted on Tuesday to rebuild the harbour wall.\n' },
      { file: 'clause.md', text: '---\ntitle: Storm hits the coast - thousands without power\n---\n\nThe storm reached the coast overnight.\n' },
    ],
    invalid: [
      { file: 'caps.md', text: '---\ntitle: HARBOUR WALL TO BE REBUILT\n---\n\nThe council voted on Tuesday to rebuild the harbour wall.\n', lines: [2] },
      { file: 'bar.md', text: '---\ntitle: Harbour wall to be rebuilt | The Coast Courier\n---\n\nThe council voted on Tuesday to rebuild the harbour wall.\n', lines: [2] },
      { file: 'dash.md', text: '---\ntitle: Grève des transports, le trafic sera perturbé jeudi - Le Journal du Littoral\n---\n\nLe trafic sera perturbé jeudi.\n', lines: [2] },
      { file: 'outlet.txt', text: 'Mayor Resigns After Expenses Inquiry – Valley Gazette\n\nThe mayor resigned on Friday, two days after an inquiry into her expenses.\n', lines: [1] },
      {
        file: 'copy.json',
        text: '{\n  "headline": "The council voted on Tuesday to rebuild the harbour wall",\n  "byline": { "authors": [] },\n  "sections": [{ "heading": null, "blocks": [{ "type": "paragraph", "text": "The council voted on Tuesday to rebuild the harbour wall." }] }]\n}\n',
        lines: [2],
      },
    ],
  },
});
