/** --out-dir names: inputs that share a basename never collide; --keep-dirs mirrors the tree. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, run, tempTree } from './helpers.js';

const files = { 'in/a/input.txt': article('First story'), 'in/b/input.txt': article('Second story'), 'in/c/other.txt': article('Third story') };

describe('--out-dir names', () => {
  it('names inputs whose basenames collide by their path from the common folder, others by their basename', async () => {
    const dir = tempTree(files);
    const r = await run(['--out-dir', 'out', 'in'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'out')).filter((n) => !n.startsWith('.')).sort()).toEqual(['a__input.md', 'b__input.md', 'other.md']);
    expect(fs.readFileSync(path.join(dir, 'out/b__input.md'), 'utf8')).toContain('Second story');
  });

  it('mirrors the input tree with --keep-dirs', async () => {
    const dir = tempTree(files);
    const r = await run(['-f', 'json', '--keep-dirs', '--out-dir', 'out', 'in'], { cwd: dir });
    expect(r.code).toBe(0);
    for (const f of ['a/input.json', 'b/input.json', 'c/other.json']) expect(fs.existsSync(path.join(dir, 'out', f)), f).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out/a/input.json'), 'utf8')).headline).toBe('First story');
  });
});
