import { describe, expect, it } from 'vitest';
import { extracted, para } from './extract.js';

const row = (name: string, year: number) => `<tr><th><a href="/f/${year}">${name}</a></th><td>${year}</td><td><p>A film about a day that repeats, told from the point of view of the one who remembers it.</p></td></tr>`;

const run = extracted;

describe('tables', () => {
  it('a table with header cells is one table block even when its cells hold paragraphs', () => {
    const r = run(`<html><body><article>${para(4)}<table><thead><tr><th>Film</th><th>Year</th><th>About</th></tr></thead><tbody>${row('Repeat Performance', 1947)}${row('Groundhog Day', 1993)}</tbody></table>${para(2)}</article></body></html>`);
    const tables = r.blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].boilerplate).toBeUndefined();
    expect(tables[0].text).toContain('Repeat Performance');
    expect(tables[0].text).toContain('Groundhog Day');
  });

  it('a page laid out in a table (headings and nested tables in its cells) is read cell by cell', () => {
    const r = run(`<html><body><table><tr><th>Site</th></tr><tr><td><table><tr><td><a href="/">Home</a></td></tr></table></td><td><h1>Council argues</h1>${para(5)}</td></tr></table></body></html>`);
    expect(r.blocks.filter((b) => b.type === 'paragraph' && !b.boilerplate)).toHaveLength(5);
  });
});
