/**
 * A formula between quotation marks is mentioned, not used: "a note reading “All rights
 * reserved”" is a sentence about a notice, not the notice. Formula tests read the line
 * with its quoted spans blanked out.
 */
import { quoteSpans } from '../quotes/spans.js';

/** The text without what stands between quotation marks. */
export function unquoted(text: string): string {
  const spans = quoteSpans(text);
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += `${text.slice(at, span.start)} `;
    at = span.end;
  }
  return out + text.slice(at);
}
