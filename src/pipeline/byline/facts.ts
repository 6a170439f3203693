/** What one byline line says. */
export interface BylineFacts {
  authors: string[];
  publication: string | null;
  curator: string | null;
  published: string | null;
  /** An app or service the item passed through ("… via Pocket"): the outlet only if nothing better names one. */
  via?: string;
  /** The line is only a name (and maybe a role or outlet), with no "By": a byline only near the headline. */
  bare?: boolean;
  /** "Posted by X": who put it on the page, the author unless another line names one. */
  poster?: boolean;
  /** "Posted by A at 9:14 PM": the time of day it went up ("21:14"), for a date given elsewhere. */
  postedAt?: string;
  /** A credit formula ("By", "Autor:", "מאת") introduced the authors. */
  led?: boolean;
}

export const empty = (): BylineFacts => ({ authors: [], publication: null, curator: null, published: null });
