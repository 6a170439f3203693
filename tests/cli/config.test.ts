/**
 * The main command reads the configuration `check` reads: a `sources` entry's outlets,
 * curators, furniture, language and time zone change how the matching inputs are cleaned.
 */
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';
import { offsetAt } from '../../src/pipeline/source-settings.js';
import { run, tempTree } from './helpers.js';

const STORY = [
  'Harbour wall repairs begin after winter storms | The Coast Courier',
  '',
  'By Jane Marsh',
  '12 July 2025 09:30',
  '',
  'Work to repair the harbour wall at Eastport began on Monday, three months after winter storms tore a gap in the stonework and flooded the fish market.',
  '',
  'Courier Plus members get this story a day early.',
  '',
  'The council said the repairs would cost about £2 million and take until the summer, with the market moving to a temporary site on the quay.',
  '',
].join('\n');

const CONFIG = [
  'sources:',
  '  "news/**":',
  '    outlets: [The Coast Courier]',
  '    furniture: ["^courier plus members"]',
  '    timeZone: Europe/London',
  '',
].join('\n');

interface Out {
  headline: string;
  byline: { authors: string[]; publication: string | null; curator: string | null; published: string | null };
  boilerplate: { kind: string; text: string }[];
  sections: { blocks: { text: string }[] }[];
  language?: string | null;
}

async function clean(files: Record<string, string>, args: string[]): Promise<{ code: number; stderr: string; out: Out[] }> {
  const dir = tempTree(files);
  const r = await run(['-f', 'jsonl', ...args], { cwd: dir });
  return { code: r.code, stderr: r.stderr, out: r.stdout.trim() ? r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Out) : [] };
}

const bodyText = (a: Out) => a.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');

describe('the main command and configuration files', { timeout: 60_000 }, () => {
  it('applies the matching source: outlet suffix stripped and taken as the publication, furniture removed, zone given', async () => {
    const { code, stderr, out } = await clean({ '.article-cleanrc.yaml': CONFIG, 'news/a.txt': STORY, 'other/b.txt': STORY }, ['news/a.txt', 'other/b.txt']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [configured, plain] = out;
    expect(configured.headline).toBe('Harbour wall repairs begin after winter storms');
    expect(configured.byline.publication).toBe('The Coast Courier');
    // 09:30 in London in July is 08:30 UTC: British Summer Time.
    expect(configured.byline.published).toBe('2025-07-12T09:30:00+01:00');
    expect(configured.boilerplate.map((b) => b.text)).toContain('Courier Plus members get this story a day early.');
    expect(bodyText(configured)).not.toContain('Courier Plus');
    // A file no glob matches is cleaned as without a configuration.
    expect(plain.headline).toBe(STORY.split('\n')[0]);
    expect(plain.byline.published).toBe('2025-07-12T09:30:00');
    expect(bodyText(plain)).toContain('Courier Plus members');
  });

  it('--no-config ignores the files', async () => {
    const { out } = await clean({ '.article-cleanrc.yaml': CONFIG, 'news/a.txt': STORY }, ['--no-config', 'news/a.txt']);
    expect(out[0].headline).toBe(STORY.split('\n')[0]);
  });

  it('a curator the text took for the publication becomes the curator; a configured language is the article language', async () => {
    const config = JSON.stringify({ sources: { '**': { curators: ['Morning Digest'], language: 'en-GB' } } });
    const text = STORY.replace(' | The Coast Courier', ' | Morning Digest');
    const { out } = await clean({ '.article-cleanrc.json': config, 'a.txt': text }, ['a.txt']);
    expect(out[0].headline).toBe('Harbour wall repairs begin after winter storms');
    expect(out[0].byline.curator).toBe('Morning Digest');
    expect(out[0].byline.publication).toBeNull();
    expect(out[0].language).toBe('en-GB');
  });

  it('a wrong configuration is one line naming the file and the key, exit 2, and nothing is written', async () => {
    const { code, stderr, out } = await clean({ '.article-cleanrc.yaml': 'sources:\n  "**":\n    timeZone: Mars/Olympus\n', 'a.txt': STORY }, ['a.txt']);
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('.article-cleanrc.yaml: sources.**.timeZone: unknown time zone "Mars/Olympus"');
  });
});

describe('source settings in the API', () => {
  it('takes the zone offset at the local time, summer time included', () => {
    expect(offsetAt('2025-01-15T12:00', 'Europe/Berlin')).toBe('+01:00');
    expect(offsetAt('2025-07-15T12:00:00', 'Europe/Berlin')).toBe('+02:00');
    expect(offsetAt('2025-03-04T10:15', 'Asia/Kolkata')).toBe('+05:30');
    expect(offsetAt('2025-03-04', 'Asia/Kolkata')).toBeNull();
  });

  it('cleanArticle takes `source` and keeps what the text says over what is configured', () => {
    const text = STORY.replace('By Jane Marsh', 'By Jane Marsh, The Valley Gazette');
    const a = cleanArticle(text, { source: { outlets: ['The Coast Courier'], furniture: [/^courier plus/i] } });
    expect(a.byline.publication).toBe('The Valley Gazette');
    expect(a.boilerplate.some((b) => b.text.startsWith('Courier Plus'))).toBe(true);
  });
});
