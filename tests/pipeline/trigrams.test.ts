import fs from 'node:fs';
import path from 'node:path';
import { franc as original } from 'franc';
import { describe, expect, it } from 'vitest';
import { franc } from '../../src/pipeline/evidence/trigrams.js';

// Every input.txt of the project's own fixtures, cut into samples of several lengths and offsets.
function samples(): string[] {
  const root = path.resolve(__dirname, '../../fixtures');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.name === 'input.txt') files.push(p);
    }
  };
  walk(root);
  const out: string[] = [];
  for (const f of files.sort()) {
    const text = fs.readFileSync(f, 'utf8');
    for (const [from, size] of [[0, 30], [0, 600], [200, 120], [1000, 600], [0, 3000]]) out.push(text.slice(from, from + size));
  }
  return out;
}

const ONLY = ['eng', 'spa', 'por', 'fra', 'deu', 'ita', 'nld', 'pol', 'rus', 'ukr', 'cmn', 'arb', 'heb', 'tur', 'swe', 'dan', 'nob', 'fin', 'tha', 'hin', 'vie', 'ind'];

describe('trigram language guess (franc with lazy models)', () => {
  const texts = samples();

  it('gives franc’s answer on every sample, with and without a language list', () => {
    expect(texts.length).toBeGreaterThan(100);
    for (const text of texts) {
      expect(franc(text, { minLength: 20, only: ONLY }), text.slice(0, 60)).toBe(original(text, { minLength: 20, only: ONLY }));
      expect(franc(text, { minLength: 10, only: [] }), text.slice(0, 60)).toBe(original(text, { minLength: 10 }));
    }
  });

  it('answers und for text too short or without letters', () => {
    expect(franc('short', { minLength: 20, only: ONLY })).toBe('und');
    expect(franc('1234567890 1234567890 1234567890', { minLength: 20, only: ONLY })).toBe('und');
  });
});
