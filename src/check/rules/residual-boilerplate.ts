import { defineRule } from '../rule.js';
import { bodyBlocks } from '../types.js';
import { findMojibake } from './mojibake.js';
import { clip } from './util.js';

/**
 * A legal verdict that rests on a damaged character: "Ã©" (é read as windows-1252) holds a
 * "©", "â„¢" a "™". When every such sign in the block is part of mojibake, the block is a
 * damaged paragraph (mojibake reports it), not a copyright line.
 */
function legalByMojibake(text: string, kind: string | undefined): boolean {
  if (kind !== 'legal') return false;
  const runs = findMojibake(text);
  if (!runs.length) return false;
  let rest = text;
  for (const { match } of runs) rest = rest.split(match).join(' ');
  return !/[©®™℗]/u.test(rest) && /[©®™℗]/u.test(text);
}

export default defineRule({
  name: 'residual-boilerplate',
  severity: 'error',
  description: 'Page furniture (an ad, a read-more line, a promo, a share bar, a sign-up line) still in the text',
  check({ article, settings, report }) {
    for (const b of article.blocks) {
      if (b.kind !== 'boilerplate' || legalByMojibake(b.text, b.furniture)) continue;
      const why = b.evidence?.length ? `; ${b.evidence[0]}` : '';
      report(`Furniture left in the text (${b.furniture ?? 'other'}${why}): “${clip(b.text)}”`, b.position, 'Remove this line');
    }
    for (const b of bodyBlocks(article)) {
      const hit = settings.furniture.find((f) => f.pattern.test(b.text));
      if (hit) report(`Furniture left in the text (matches ${hit.source}): “${clip(b.text)}”`, b.position, 'Remove this line');
    }
  },
  docs: {
    valid: [
      {
        file: 'clean.md',
        text: '---\ntitle: Harbour wall to be rebuilt\nauthors:\n  - Ana Ruiz\ndate: "2024-03-02"\n---\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.\n\nWork starts in May and should take two years, the council said.\n',
      },
    ],
    invalid: [
      {
        file: 'furniture.md',
        text: '---\ntitle: Harbour wall to be rebuilt\nauthors:\n  - Ana Ruiz\ndate: "2024-03-02"\n---\n\nThe council voted on Tuesday to rebuild the harbour wall, which storms damaged last winter.\n\nAdvertisement\n\nWork starts in May and should take two years, the council said.\n\nShare this article on Facebook, Twitter or email\n',
        lines: [10, 14],
      },
    ],
  },
});
