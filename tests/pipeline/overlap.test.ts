import { describe, expect, it } from 'vitest';
import { overlapCounter } from '../../src/pipeline/evidence/overlap.js';

describe('story overlap of the evidence pass', () => {
  const texts = ['The harbour ferry returns', 'The ferry crossed the harbour at dawn, and the ferry docked', 'Buy running shoes now', 'Running late'];
  const overlap = overlapCounter(texts, new Set());

  it('is the share of a block’s distinct word stems found in another block', () => {
    // harbour and ferry recur, returns does not; a word repeated inside one block counts once.
    expect(overlap.story(0)).toBeCloseTo(2 / 3);
    expect(overlap.story(1)).toBeCloseTo(2 / 5);
    expect(overlap.story(2)).toBeCloseTo(1 / 3);
  });

  it('reads the next block alone for nextOverlap, and nothing after the last', () => {
    expect(overlap.next(0)).toBeCloseTo(2 / 3);
    expect(overlap.next(1)).toBe(0);
    expect(overlap.next(2)).toBeCloseTo(1 / 3);
    expect(overlap.next(3)).toBe(0);
  });

  it('counts lower-case words only for the topical share, against every word of the story', () => {
    // "Buy" is capitalised: left out; "running" is found in the last block, where it is capitalised.
    expect(overlap.topical(2)).toEqual({ share: 0.5, size: 2 });
    expect(overlap.topical(3)).toEqual({ share: 0, size: 1 });
  });
});
