import type { Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Point } from '../types.js';
import { splitLines } from './lines.js';
import { detectWrapWidth, groupBlocks } from './unwrap.js';
import { joinContext, joinLines } from './dehyphenate.js';

/** Parse plain text into the article tree: one paragraph per unwrapped block. */
export function parseText(text: string): Root {
  const lines = splitLines(text);
  const width = detectWrapWidth(lines);
  const join = joinContext(text);
  const children: Paragraph[] = groupBlocks(lines, width).map((group) => {
    const value = joinLines(group.map((l) => l.text), join);
    const position = { start: group[0].position.start, end: group[group.length - 1].position.end };
    return {
      type: 'paragraph',
      children: [{ type: 'text', value, position }],
      position,
      data: { lines: group.map(({ text: t, position: p }) => ({ text: t, position: p })) },
    };
  });
  const end: Point = { line: text.split('\n').length, column: 1, offset: text.length };
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end },
    data: { wrapWidth: width },
  } as Root;
}

/** unified parser plugin for plain text. */
export const readText: Plugin<[], string, Root> = function () {
  this.parser = (document) => parseText(document);
};
