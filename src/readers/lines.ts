import type { SourceLine } from '../tree.js';

/**
 * Split decoded text (newlines already normalised to \n) into its non-blank physical
 * lines, each trimmed, with unist positions into the text. `blankBefore` tells whether a
 * blank line (or the start of input) precedes the line: blocks break there.
 */
export interface PhysicalLine extends SourceLine {
  blankBefore: boolean;
  /** Untrimmed length, which is what a hard wrapper measured. */
  width: number;
}

export function splitLines(text: string): PhysicalLine[] {
  const out: PhysicalLine[] = [];
  let offset = 0;
  let lineNo = 1;
  let blankBefore = true;
  for (const raw of text.split('\n')) {
    const start = raw.search(/\S/);
    if (start < 0) {
      blankBefore = true;
    } else {
      const trimmed = raw.trimEnd();
      const value = trimmed.slice(start);
      out.push({
        text: value,
        width: trimmed.length,
        blankBefore,
        position: {
          start: { line: lineNo, column: start + 1, offset: offset + start },
          end: { line: lineNo, column: trimmed.length + 1, offset: offset + trimmed.length },
        },
      });
      blankBefore = false;
    }
    offset += raw.length + 1;
    lineNo++;
  }
  return out;
}
