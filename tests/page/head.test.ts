import { describe, expect, it } from 'vitest';
import { extracted, para } from './extract.js';

const run = extracted;

describe('a <head> that is never closed', () => {
  it('the page after the head-only elements is read as the body (no </head>, no <body>)', () => {
    const r = run(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Council argues</title><style>p{}</style>
<div class="story"><h1>Council argues</h1>${para(4)}</div></body></html>`);
    expect(r.warnings).toEqual([]);
    expect(r.blocks.filter((b) => !b.boilerplate && !b.role)).toHaveLength(4);
    expect(r.meta.headline).toBe('Council argues');
  });

  it('a <body> tag inside the unclosed head moves with the rest', () => {
    const r = run(`<html><head><title>Council argues</title><div id="top"><a href="/">Home</a></div><body><article>${para(3)}</article></body></html>`);
    expect(r.blocks.filter((b) => !b.boilerplate && !b.role)).toHaveLength(3);
  });
});
