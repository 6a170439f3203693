/**
 * A guard for the user's --split pattern, which runs on every input line in the main thread
 * (no timeout can stop a regex): a pattern with an unbounded repeat nested inside another
 * ("(a+)+", "(?:\w+\s?)*", "(.*){2,}") backtracks exponentially on a line that almost
 * matches, and is refused. One linear scan of the pattern: groups, classes and escapes.
 */

/** True when an unbounded quantifier (*, +, {n,}) applies to a group holding one. */
export function nestsUnboundedRepeats(source: string): boolean {
  const inner: boolean[] = [false]; // per open group: does it hold an unbounded quantifier?
  let closedHeld = false; // the group just closed held one
  let afterGroup = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      afterGroup = false;
      continue;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      afterGroup = false;
      continue;
    }
    const unbounded = c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(source.slice(i, i + 12)));
    if (unbounded) {
      if (afterGroup && closedHeld) return true;
      inner[inner.length - 1] = true;
      afterGroup = false;
      continue;
    }
    if (c === '(') {
      inner.push(false);
      afterGroup = false;
    } else if (c === ')') {
      closedHeld = inner.length > 1 ? inner.pop()! : false;
      if (closedHeld) inner[inner.length - 1] = true;
      afterGroup = true;
    } else afterGroup = false;
  }
  return false;
}
