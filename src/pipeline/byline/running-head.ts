/**
 * The outlet named by a running head above the title whose parts stand between bars,
 * middots or spaced dashes, told by the parts' form alone:
 *
 *   "FIALC – Segreteria provinciale di Torino"                   → FIALC (an acronym first)
 *   "NEWS RELEASE | Halvorsen Institute for Marine Science"     → the name after a label in capitals
 *   "Barwon Growers' Market newsletter · Issue 47 · 6 March 2026" → the name before the kind of issue
 *   "Zadružni glasnik · št. 2/2026 · Kmetijska zadruga Dolina"   → a sentence-case title with an issue number
 *
 * Only the first part that is neither a detail (a date, an issue number) nor a label in
 * capitals may be the name, and a line with no detail nor label beside its name must open
 * with an acronym: "Sign in | Subscribe", "Subscribe to The Daily | Manage preferences" name nobody.
 */
import { parseDate } from './date.js';

const SEPARATOR = /(?<!\s)\s+[|·•–—]\s+/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A date, or an issue number after one word at most ("Issue 47", "št. 2/2026", "No. 118"; not "Pwani FM 98.4"). */
const isDetail = (part: string) => /^(?:\S+\s+)?[#№]?\d[\d/.-]*$/u.test(part) || (/\d/u.test(part) && parseDate(part) !== null);
/** Several words in capitals ("NEWS RELEASE", "COMUNICATO SINDACALE"). */
const isLabel = (part: string) => !/\p{Ll}/u.test(part) && /\s/u.test(part.trim());

/** The parts of a running head, or null when it has one part only. */
export function runningHeadParts(text: string): string[] | null {
  const parts = text
    .trim()
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length >= 2 ? parts : null;
}

export function runningHeadOutlet(text: string): string | null {
  const parts = runningHeadParts(text);
  if (!parts) return null;
  const at = parts.findIndex((p) => !isDetail(p) && !isLabel(p));
  if (at < 0) return null;
  const part = parts[at];
  if (ACRONYM.test(part)) return part;
  const others = parts.filter((_, i) => i !== at);
  const detailed = others.some(isDetail);
  if (!detailed && !others.slice(0, at).some(isLabel)) return null;
  const words = part.split(/\s+/u);
  // Lower-case words at the end say what kind of issue it is ("newsletter", "bulletin").
  let end = words.length;
  while (end > 1 && /^\p{Ll}{4,}$/u.test(words[end - 1])) end--;
  const name = words.slice(0, end);
  const titled = name.length >= 2 && name.length <= 8 && /^[\p{Lu}\p{N}]/u.test(name[name.length - 1]) && name.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^\p{Ll}{1,3}$/u.test(w));
  if (titled && /^\p{Lu}/u.test(name[0])) return name.join(' ');
  // A title in sentence case, dated like an issue ("Zadružni glasnik · št. 2/2026").
  if (detailed && words.length <= 3 && /^\p{Lu}/u.test(words[0]) && !/\d/u.test(part)) return part;
  return null;
}

/** The date among a running head's parts ("… · Issue 47 · Friday 6 March 2026"), when it names an outlet. */
export function runningHeadDate(text: string): string | null {
  if (!runningHeadOutlet(text)) return null;
  for (const part of runningHeadParts(text) ?? []) {
    const date = isDetail(part) ? parseDate(part) : null;
    if (date) return date.iso;
  }
  return null;
}
