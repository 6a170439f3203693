/**
 * Letter classes as plain character ranges, for regexes that run on every paragraph.
 * Unicode property classes (\p{Lu}, \p{L}) are exact but make V8 compile and run those
 * regexes several times slower; these ranges cover Latin (with Extended-A/B and Latin
 * Extended Additional), Greek and Cyrillic, which is what names in news text use. In the
 * Extended blocks upper and lower case alternate, so both classes include the whole block.
 */
export const UPPER = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u024F\u0386-\u03AB\u0400-\u042F\u1E00-\u1EFF`;
export const LOWER = String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u03AC-\u03CE\u0430-\u045F\u1E00-\u1EFF`;
export const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF`;
