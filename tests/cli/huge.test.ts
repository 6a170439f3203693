/**
 * A huge input (over PIECES_FROM bytes an article) is written piece by piece, never as one
 * string: the output on stdout and with -o is still exactly the article's JSON, JSON Lines
 * and Markdown as the exporters give them whole.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';
import { PIECES_FROM } from '../../src/cli/process.js';
import { toMarkdown } from '../../src/exporters/markdown.js';
import { collector, run, tempTree } from './helpers.js';

const paragraphs = [
  '“We never planned for a flood like this one,” said Maria Lopez, who has run the bakery on Front Street for twenty years.',
  'The river rose four metres overnight, and by morning the lower town was under water; the council opened two shelters.',
  '- sandbags at the school\n- water at the church hall\n- blankets at the library',
  'Engineers will inspect the bridge on Monday. Until then it stays closed to traffic, the transport office said.',
  'Residents who need help can call the council. Volunteers are asked to register at the town hall first.',
];

function hugeText(): string {
  const parts = ['Flood waters rise in the lower town', 'By Jane Smith\nMarch 3, 2024'];
  let size = 0;
  for (let i = 0; size < PIECES_FROM * 1.05; i++) {
    const p = `${paragraphs[i % paragraphs.length]} (${i})`;
    parts.push(p);
    size += p.length + 2;
  }
  return `${parts.join('\n\n')}\n`;
}

describe('a huge input', () => {
  const dir = tempTree({ 'huge.txt': hugeText() });
  const file = path.join(dir, 'huge.txt');
  const article = cleanArticle(fs.readFileSync(file), { path: file });
  article.source.format = 'text';

  it('is over the size that is rendered in pieces', () => {
    expect(fs.statSync(file).size).toBeGreaterThan(PIECES_FROM);
    expect(article.sections.flatMap((s) => s.blocks).length).toBeGreaterThan(5000);
  });

  it('comes out exactly as the whole article would, as JSON and Markdown on stdout, as JSON Lines with -o', async () => {
    const expected = {
      json: `${JSON.stringify(article, null, 2)}\n`,
      markdown: `${toMarkdown(article).trimEnd()}\n`,
    };
    for (const [format, text] of Object.entries(expected)) {
      // Written in pieces: many writes, not one.
      const out = collector();
      let writes = 0;
      const write = out.stream.write.bind(out.stream);
      out.stream.write = ((chunk: string, ...rest: never[]) => (writes++, write(chunk, ...rest))) as typeof out.stream.write;
      expect((await run(['-f', format, '-j', '1', file], { stdout: out.stream })).code).toBe(0);
      expect(out.text() === text).toBe(true);
      expect(writes).toBeGreaterThan(5);
    }
    const target = path.join(dir, 'out.jsonl');
    expect((await run(['-f', 'jsonl', '-o', target, file])).code).toBe(0);
    expect(fs.readFileSync(target, 'utf8') === `${JSON.stringify(article)}\n`).toBe(true);
  });
});
