/**
 * Messages on a file (an article's warnings) made without a stack trace. A VFileMessage is
 * an Error: its constructor walks the stack, and then sets `stack` to '' all the same. On a
 * short feed item that walk was about 3% of the cleaning; nothing reads the trace.
 */
export function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return make();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
