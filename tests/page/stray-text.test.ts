/** Text outside <html> (server warnings before the doctype, junk after </html>) is kept, in source order, never dropped. */
import { describe, expect, it } from 'vitest';
import { run, tempTree } from '../cli/helpers.js';
import type { Article } from '../../src/types.js';

const PAGE = [
  '<br />\n<b>Warning</b>:  mysql_connect(): Access denied for user in <b>/srv/www/db.php</b> on line <b>41</b><br />',
  '<!DOCTYPE html><html><head><title>Harbour vote</title></head><body><h1>Harbour vote</h1>',
  '<p>The council voted on Tuesday to keep the night ferry running for another year, after a debate that went on past midnight.</p>',
  '</body></html>',
  'Trailing words after the document',
].join('\n');

describe('text outside <html>', () => {
  it('ends up in the article, each text once, in source order', async () => {
    const dir = tempTree({ 'page.html': PAGE });
    const r = await run(['-f', 'json', 'page.html'], { cwd: dir });
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Article;
    const texts = [...a.sections.flatMap((s) => [s.heading ?? '', ...s.blocks.map((b) => b.text)]), ...a.boilerplate.map((b) => b.text)].join('\n');
    for (const piece of ['Warning', 'mysql_connect()', '/srv/www/db.php', 'on line', 'The council voted', 'Trailing words after the document']) {
      expect(texts.split(piece).length - 1, piece).toBe(1);
    }
    expect(texts.indexOf('Warning')).toBeLessThan(texts.indexOf('/srv/www/db.php'));
  });
});
