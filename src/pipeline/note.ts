/**
 * A message on the file (file.info / file.message) without the stack trace a VFileMessage,
 * being an Error, would capture: the stack is never shown (warnings keep the reason, rule
 * and place), and capturing it through the pipeline's frames cost about 20 µs a message,
 * several per article.
 */
import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';

type Place = Node | Position | Point | null | undefined;

function stackless<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

// VFile's overloads take a node or a place, each on its own: one signature for both.
type Make = (this: VFile, reason: string, place: Place, origin: string) => unknown;

/** An info message (severity "info"). */
export const info = (file: VFile, reason: string, place: Place, origin: string) => void stackless(() => (file.info as Make).call(file, reason, place, origin));

/** A warning (severity "warning"). */
export const warn = (file: VFile, reason: string, place: Place, origin: string) => void stackless(() => (file.message as Make).call(file, reason, place, origin));
