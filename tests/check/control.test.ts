/** In-line control comments in Markdown inputs, and progress on a terminal. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { checkBytes, defaultConfig } from '../../src/check/runner.js';
import { collector, tempTree } from '../cli/helpers.js';

const HEAD = '---\ntitle: Harbour wall\nauthors: [Ana Ruiz]\ndate: "2024-03-02"\n---\n\n';
const lines = (md: string) => checkBytes(Buffer.from(HEAD + md), defaultConfig(), { path: 'a.md' }).messages.filter((m) => m.ruleId === 'mojibake').map((m) => m.line);

describe('<!-- article-clean-… --> comments', () => {
  const damaged = 'The cafÃ© is closed for the whole of March while the quay is repaired, the council said.\n';
  it('disable one rule, then enable it again', () => {
    expect(lines(`${damaged}\n<!-- article-clean-disable mojibake -->\n\n${damaged}\n<!-- article-clean-enable mojibake -->\n\n${damaged}`)).toEqual([7, 15]);
  });
  it('ignore: the next block only; remark-lint spelling and prefixed ids work', () => {
    expect(lines(`<!-- article-clean-ignore article-clean:mojibake -->\n${damaged}\n${damaged}`)).toEqual([10]);
    expect(lines(`<!--article-clean disable-->\n\n${damaged}`)).toEqual([]);
  });
  it('without comments every block is reported', () => {
    expect(lines(`${damaged}\n${damaged}`)).toEqual([7, 9]);
  });
});

describe('progress', () => {
  it('goes to stderr on a terminal only', async () => {
    const dir = tempTree({ 'a.md': `${HEAD}Body.\n`, 'b.md': `${HEAD}Body.\n` });
    const runWith = async (isTTY: boolean) => {
      const err = collector();
      Object.assign(err.stream, { isTTY });
      await main(['check', '--reporter', 'json', '.'], { stdout: collector().stream, stderr: err.stream, cwd: dir });
      return err.text();
    };
    expect(await runWith(true)).toContain('checking 2/2');
    expect(await runWith(false)).toBe('');
  });
});
