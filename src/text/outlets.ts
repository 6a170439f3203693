/** Outlet names as they stand on a line of their own above a title or in a byline. */

// Last words of outlet names.
const OUTLET_WORD =
  /\b(?:review|times|post|journal|news|signal|gazette|herald|tribune|chronicle|daily|weekly|magazine|report|wire|table|blog|press|observer|courier|ledger|insider|digest|monitor|record|register|standard|sentinel|bulletin|today|letter|notes|dispatch|examiner|quarterly|podcast|show|radio)$/i;

/** "The Coastline Review", "Prairie Signal", "The Long Field": a capitalised outlet name. */
export function isOutletName(text: string): boolean {
  const words = text.split(/\s+/);
  // Mixed case: an all-capitals line is a label ("FIELD REPORT"), not a masthead.
  if (words.length < 2 || words.length > 5 || /[\d,;:|·]/.test(text) || !/\p{Ll}/u.test(text)) return false;
  const titleCase = words.every((w) => /^[\p{Lu}&]/u.test(w) || /^(?:of|the|and|on|for|in|a|y|de)$/.test(w));
  return titleCase && (words[0] === 'The' || OUTLET_WORD.test(text));
}
