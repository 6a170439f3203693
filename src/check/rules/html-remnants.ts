/**
 * Markup that survived an import: HTML tags (real tag names only, from html-tag-names),
 * character references (named ones from character-entities, and numeric ones), and
 * tracking parameters on links (utm_*, fbclid, gclid, mc_cid…).
 */
import { characterEntities } from 'character-entities';
import { htmlTagNames } from 'html-tag-names';
import { defineRule } from '../rule.js';
import { clip, placeOf } from './util.js';

const TAGS = new Set(htmlTagNames);
const TAG = /<\/?([a-z][a-z0-9]*)(?:\s[^<>]*)?\/?>/gi;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|([a-z][a-z0-9]{1,31}));/gi;
const TRACKING = /\bhttps?:\/\/\S+?[?&](?:utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|igshid)=[^\s)\]>"']*/i;

// Markdown's own escapes (what remark and article-clean's exporter write): not remnants.
const MARKDOWN_ESCAPE = /^&(?:#x[0-9a-f]+|amp|lt|gt|quot);$/i;

function entities(text: string, markdown: boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(ENTITY)) {
    if (markdown && MARKDOWN_ESCAPE.test(m[0])) continue;
    if (!m[1] || Object.hasOwn(characterEntities, m[1])) out.push(m[0]);
  }
  return out;
}

/** In Markdown, the parsed text has references decoded: look for them in the raw lines too. */
function remnants(text: string, raw: string[] | null): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TAG)) if (TAGS.has(m[1].toLowerCase())) out.push(m[0]);
  out.push(...entities(text, false));
  for (const line of raw ?? []) out.push(...entities(line, true));
  // Markdown link targets are not in the parsed text: look for tracking URLs in the raw lines too.
  const url = [text, ...(raw ?? [])].map((t) => TRACKING.exec(t)?.[0]).find(Boolean);
  if (url) out.push(url);
  return out;
}

export default defineRule({
  name: 'html-remnants',
  severity: 'error',
  description: 'HTML tags, character references (&nbsp; &#8217;) or tracking URLs (utm_ parameters) in the text',
  check({ doc, article, report }) {
    for (const b of article.blocks) {
      if (b.kind === 'html') {
        report(`HTML block in the text: ${clip(b.text, 40)}`, b.position);
        continue;
      }
      const found = remnants(b.text, doc.format === 'markdown' ? (b.lines ?? []).map((l) => l.text) : null);
      if (!found.length) continue;
      const what = found[0].startsWith('<') ? 'HTML tag' : found[0].startsWith('&') ? 'Character reference' : 'Tracking URL';
      const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
      report(`${what} left in the text: ${clip(found[0], 50)}${more}`, placeOf(b, found[0]));
    }
  },
  docs: {
    valid: [
      { file: 'escapes.md', text: '---\ntitle: Harbour wall\n---\n\nAT&amp;T and 5 &lt; 7 are Markdown escapes, as is &#x2A;.\n' },
      { file: 'plain.txt', text: 'Harbour wall to be rebuilt\n\nThe council voted 5 < 7 on Tuesday; R&D costs fall <later>.\n\nRead the plan at https://example.org/plan?page=2\n' },
    ],
    invalid: [
      {
        file: 'markup.txt',
        text: 'Harbour wall to be rebuilt\n\nThe council voted on Tuesday.&nbsp;It was close.\n\nThe mayor said it was <em>overdue</em>.\n\nIt&#8217;s done.\n\nMore at https://example.org/plan?utm_source=feed&utm_medium=rss\n',
        lines: [3, 5, 7, 9],
      },
      { file: 'markup.md', text: '---\ntitle: Harbour wall\n---\n\nThe council voted on Tuesday.&nbsp;It was close.\n\nRead [the plan](https://example.org/plan?utm_source=feed).\n', lines: [5, 7] },
    ],
  },
});
