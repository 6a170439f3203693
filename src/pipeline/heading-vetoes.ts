/**
 * Lines of a heading's size and shape that are something else, judged by form alone: a
 * dateline, a speaker's turn, code, a spec line, a table row, a line of dialogue, a photo
 * credit or caption, a media control, and the first physical line of a paragraph that
 * carries on in the next block. The words of credits and controls are per-language data.
 */
import { wordCount } from '../text/words.js';
import { furniture, phraseSet } from '../lang/vocabulary.js';

// A date with a time or ending the line: "12.06.2024 08:15", "3 June 2024, 17:40", "Publicado 9 de mayo 2024".
const TIME = /(?<!\d)\d{1,2}[:.]\d{2}(?![\d.,])/u;
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/u;
const NUMERIC_DATE = /(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}(?!\d)/u;
const DATE_END = /\b\d{1,2}\.?\s+\p{L}{3,}\.?,?\s+(?:19|20)\d{2}$/u;
// "ANNA BERG: …", "Q: …": a speaker's turn in a transcript or interview.
const SPEAKER_TURN = /^\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,3}\s*:\s+\S/u;
// A command or code: a flag, a relative path, a shell prompt, a statement end or open block,
// a call, a `//` comment, a markup tag, a "key = value" setting, a request line.
const CODE = /(?:^|\s)--?[a-z][\w-]*(?:[\s=]|$)|(?:^|\s)\.{1,2}\/|^[$#>]\s|[{};(]\s*$|\w\(\)|^\w+\([^()\s]*\)$|\s\/\/\s|^<[a-z][\w-]*\s[\w-]+=|<\/[a-z][\w-]*>$|^[a-z_][\w.-]*\s*=(?:\s|$)|\sHTTP\/\d/u;
// SQL clause keywords alone or opening a line ("SELECT", "FROM", "WITH series AS ("): a query's lines.
const SQL = /^(?:SELECT|FROM|WHERE|WITH|JOIN|GROUP BY|ORDER BY|HAVING|UNION|INSERT INTO|UPDATE|DELETE FROM|VALUES)(?:\s|$)/u;
// "Weight (with battery): 31 kg": a spec line, a label and a figure.
const SPEC_LINE = /^[^:]{1,40}:\s*\S*\d[^:]{0,20}$/u;
// "Symptom | Cause", "Listen · Share": the cells of a table row, a bar of items.
const TABLE_ROW = /\S\s[|·•]\s\S/u;
// "Gallery: Harbour at dawn | 9 Photos": a labelled title with a count after the bar is a gallery's heading.
const GALLERY = /^[^|:]+:[^|]+\|\s*\d+\s+\p{L}+$/u;
// A line wholly in quotation marks that ends as a sentence: dialogue, not a title.
const DIALOGUE = /^["“„«‘].*[.!?…]["”“»’]$/u;
// "Name Surname/Agency", "Photographer/Agency/Archive": a photo credit of capitalised names.
const CREDIT = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}(?:\/\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3})+$/u;

const credits = () => phraseSet('mediaCredit', () => furniture('mediaCredit'));
const captions = () => phraseSet('captionLabels', () => furniture('captionLabels'));
const metadata = () => phraseSet('metaLabels', () => furniture('metaLabels'));
const controls = () => phraseSet('mediaControls', () => furniture('mediaControls'));

/** Greek asks with ";" ("Και τα καταστήματα;"): a question, not a clause left open or a statement of code. */
export const greekQuestion = (t: string): boolean => /(?<=\p{Script=Greek}\p{M}?);["”’)»]*$/u.test(t);

/** Lines of a heading's size that are something else. */
export function notAHeading(t: string): boolean {
  const n = wordCount(t);
  // One letter alone ("v", "t", "e" of a navigation box) titles nothing.
  if (/^\p{L}$/u.test(t)) return true;
  if (n <= 14 && ((TIME.test(t) && YEAR.test(t)) || NUMERIC_DATE.test(t) || (n <= 6 && DATE_END.test(t)))) return true;
  if (SPEAKER_TURN.test(t) && /\p{Ll}/u.test(t.slice(t.indexOf(':')))) return true;
  if ((CODE.test(t) && !greekQuestion(t)) || SQL.test(t) || (TABLE_ROW.test(t) && !GALLERY.test(t)) || DIALOGUE.test(t) || CREDIT.test(t)) return true;
  // "Image", "Play video", "图注：…": a media label or control, or a caption under its label.
  if ((n <= 3 && (credits().whole(t) || controls().whole(t))) || credits().label(t) || captions().label(t)) return true;
  // "Source: Reuters", "Date: Posted 3 March": a metadata line, and a line wholly in brackets ("[ Outlet ]").
  if (metadata().label(t) || /^[[(【（［].*[\])】）］]$/u.test(t)) return true;
  return SPEC_LINE.test(t) && wordCount(t.slice(t.indexOf(':') + 1)) <= 4;
}

/**
 * Does `next` carry on the sentence of `line`? A heading never continues on the next line: the
 * next block opens with a word in lower case, or the line fills the wrap width and does not end.
 * `previous` is the block before, which the line may carry on.
 */
export function continues(line: string, next: string, width: number | null, previous = ''): boolean {
  const n = next.trimStart();
  const t = line.trim();
  // Or it carries on the block before: it opens in lower case under a line that does not end.
  if (/^\p{Ll}{2,}\s/u.test(t) && previous !== '' && !/[.!?…:。！？」』"”’)\]]$/u.test(previous.trim())) return true;
  // A short line over a block that opens in lower case can be a label over a user name or a command.
  if (wordCount(t) >= 5 && /^\p{Ll}+(?:[\s,;:.)]|$)/u.test(n)) return true;
  return width !== null && t.length >= width * 0.85 && t.length <= width && !/[.!?…:]["”’)\]]*$/u.test(t);
}
