import { defineRule } from '../rule.js';
import { bodyBlocks } from '../types.js';
import { normalise, words } from './util.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What looks wrong with a headline, as short phrases. */
function problems(headline: string, firstParagraph: string | undefined, sites: string[], maxLength: number): string[] {
  const out: string[] = [];
  const letters = headline.replace(/\P{L}/gu, '');
  if (letters.length >= 8 && words(headline) >= 2 && !/\p{Ll}/u.test(letters)) out.push('is in capitals');
  const bar = /\s[|｜]\s*([^\s|｜][^|｜]*)$/u.exec(headline);
  if (bar) out.push(`ends with “| ${bar[1].trim()}”, a site name`);
  else {
    const site = sites.find((s) => new RegExp(`\\s[-–—:·]\\s*${escape(s)}\\s*$`, 'iu').test(headline));
    const domain = /\s[-–—]\s*([\p{L}\d-]+\.(?:com|org|net|co\.uk|news))\s*$/iu.exec(headline);
    if (site) out.push(`ends with the site name “${site}”`);
    else if (domain) out.push(`ends with the site name “${domain[1]}”`);
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
    const first = bodyBlocks(article).find((b) => b.kind === 'paragraph')?.text;
    for (const p of problems(headline.text, first, sites, Number(options.maxLength))) report(`Headline ${p}`, headline.position);
  },
  docs: {
    valid: [{ file: 'ok.md', text: '---\ntitle: Harbour wall to be rebuilt\n---\n\nThe council voted on Tuesday to rebuild the harbour wall.\n' }],
    invalid: [
      { file: 'caps.md', text: '---\ntitle: HARBOUR WALL TO BE REBUILT\n---\n\nThe council voted on Tuesday to rebuild the harbour wall.\n', lines: [2] },
      { file: 'bar.md', text: '---\ntitle: Harbour wall to be rebuilt | The Coast Courier\n---\n\nThe council voted on Tuesday to rebuild the harbour wall.\n', lines: [2] },
      {
        file: 'copy.json',
        text: '{\n  "headline": "The council voted on Tuesday to rebuild the harbour wall",\n  "byline": { "authors": [] },\n  "sections": [{ "heading": null, "blocks": [{ "type": "paragraph", "text": "The council voted on Tuesday to rebuild the harbour wall." }] }]\n}\n',
        lines: [2],
      },
    ],
  },
});
