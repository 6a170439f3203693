/**
 * UTF-8 text that was decoded as windows-1252 or Latin-1 somewhere on the way: each
 * multi-byte character became two to four Latin-1 characters (é → Ã©, ’ → â€™, п → Ð¿).
 * Found by form, not by a list: a run of characters whose windows-1252 bytes are a valid
 * UTF-8 sequence. U+FFFD marks bytes a decoder already gave up on.
 */
import { defineRule } from '../rule.js';
import { placeOf } from './util.js';

// windows-1252 bytes 0x80-0x9F as characters (undefined bytes decode to the C1 control).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function cp1252Byte(ch: string): number | null {
  const code = ch.charCodeAt(0);
  if (code >= 0xa0 && code <= 0xff) return code;
  const i = CP1252_HIGH.indexOf(ch);
  return i >= 0 ? 0x80 + i : null;
}

const RUN = new RegExp(`[\\u00c2-\\u00f4][\\u00a0-\\u00bf${CP1252_HIGH}]{1,3}`, 'gu');

/** Runs of mis-decoded UTF-8 in `text`, each with the character it stood for. */
export function findMojibake(text: string): { match: string; fixed: string }[] {
  const out: { match: string; fixed: string }[] = [];
  for (const m of text.matchAll(RUN)) {
    const bytes = [...m[0]].map(cp1252Byte);
    const lead = bytes[0]!;
    const need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
    if (bytes.length < need + 1) continue;
    const seq = Uint8Array.from(bytes.slice(0, need + 1) as number[]);
    try {
      const fixed = new TextDecoder('utf-8', { fatal: true }).decode(seq);
      out.push({ match: m[0].slice(0, need + 1), fixed });
    } catch {
      // not a UTF-8 sequence: real Latin-1 text
    }
  }
  return out;
}

export default defineRule({
  name: 'mojibake',
  severity: 'error',
  description: 'Text damaged by a wrong decoding (Ã©, â€™, Ð¿Ñ€) or replacement characters (U+FFFD)',
  check({ article, report }) {
    for (const b of article.blocks) {
      const found = findMojibake(b.text);
      if (found.length) {
        const { match, fixed } = found[0];
        const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
        report(`Mojibake “${match}” for “${fixed}”${more}: UTF-8 read as windows-1252`, placeOf(b, match), `Replace “${match}” with “${fixed}”`);
      }
      if (b.text.includes('\ufffd')) report('Replacement character U+FFFD: bytes were lost in decoding', placeOf(b, '\ufffd'));
    }
  },
  docs: {
    valid: [{ file: 'accents.txt', text: 'Café owners in Zürich say “no”\n\nThe café’s owner, José Núñez, said prices would rise. Привет.\n' }],
    invalid: [
      { file: 'latin.txt', text: 'Café owners say no\n\nThe cafÃ© owner said prices would rise.\n\nHe didnâ€™t say when.\n', lines: [3, 5] },
      { file: 'cyrillic.txt', text: 'Greetings\n\nShe wrote Ð¿Ñ€Ð¸Ð²ÐµÑ‚ to him.\n\nThe rest was lost: caf\ufffd.\n', lines: [3, 5] },
    ],
  },
});
