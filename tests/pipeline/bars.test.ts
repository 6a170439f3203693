// Bars told by form alone: labelled links to neighbouring posts, and two counts, around the story.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';

const story = [
  'Ferry service to the islands resumes after storm',
  'The county ferry returned to its full schedule on Tuesday after a week of cancellations caused by high winds and damage to the terminal at Port Ellis.',
  'Officials said the terminal repairs cost about $40,000 and were finished two days ahead of plan, allowing the first morning crossing to leave on time.',
];
const removed = (lines: string[]) => cleanArticle(lines.join('\n\n')).boilerplate.map((b) => [b.kind, b.text]);

describe('labelled bars', () => {
  it('removes previous/next links after the story, in any script', () => {
    const zh = '上一篇：2.9.4 安全更新说明 ｜ 下一篇：青梧开发者大会议程公布';
    const en = 'Previous: Harbour fees rise again | Next: Island bridge plan shelved';
    expect(removed([...story, zh])).toEqual([['navigation', zh]]);
    expect(removed([...story, en])).toEqual([['navigation', en]]);
  });

  it('keeps label-and-value lines that carry figures or names, and a fact box inside the story', () => {
    expect(removed([...story, 'Home: Arsenal | Away: Chelsea'])).toEqual([]);
    expect(removed([story[0], story[1], 'Where: Town hall on Main Street | When: Friday at noon', story[2]])).toEqual([]);
  });
});

describe('count bars', () => {
  it('removes two counts after the story but keeps a line of figures inside it', () => {
    expect(removed([...story, '좋아요 128 · 댓글 17'])).toEqual([['navigation', '좋아요 128 · 댓글 17']]);
    expect(removed([story[0], story[1], 'Goals 2 · Assists 1', story[2]])).toEqual([]);
  });
});
