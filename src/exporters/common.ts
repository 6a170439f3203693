/**
 * Small helpers shared by the Markdown and HTML exporters, so both render
 * the same article the same way.
 */
import type { Block, Section } from '../types.js';

/** 'A', 'A and B', 'A, B and C': how a byline reads. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Heading rank for a section: the schema allows 2–6 (rank 1 is the headline). */
export function headingLevel(section: Section): 2 | 3 | 4 | 5 | 6 {
  const level = Math.trunc(section.level ?? 2);
  return Math.min(6, Math.max(2, Number.isFinite(level) ? level : 2)) as 2 | 3 | 4 | 5 | 6;
}

/** List entries: `items` when the pipeline gave them, else the text's non-blank lines. */
export function listItems(block: Block): string[] {
  if (block.items && block.items.length > 0) return block.items;
  return block.text.split('\n').filter((line) => line.trim() !== '');
}

/** A quotation may span several paragraphs, separated by blank lines. */
export function quoteParagraphs(text: string): string[] {
  return text.split(/\n[ \t]*\n/).filter((part) => part.trim() !== '');
}

/** Blocks with no text render as nothing (an empty <p> or a stray blank line helps no one). */
export function isEmptyBlock(block: Block): boolean {
  return block.text.trim() === '' && !(block.items && block.items.some((item) => item.trim() !== ''));
}
