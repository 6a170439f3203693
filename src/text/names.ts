/**
 * Personal names in English-language news text: two to five capitalised tokens
 * ("Kristine Seitz", "Abigail Van Buren", "De’Broski Herbert", "W. M. Keck"), with
 * lower-case particles inside ("Ludwig van Beethoven").
 */

import { LETTER, LOWER, UPPER } from './letters.js';
import { matchesOf } from './matches.js';

const INITIALS = new RegExp(`^(?:[${UPPER}]\\.)+$`);
// "A capital, then letters of which one is lower-case", written with a lookahead: the form
// [U][L]*[l][L]* backtracks quadratically on a long word that fails after it ("A" + 200,000 "a").
const CAP_WORD = String.raw`[${UPPER}](?=[${LETTER}'’-]*[${LOWER}])[${LETTER}'’-]*`; // Seitz, McDowell, De’Broski
const SURNAME_TOKEN = new RegExp(`^${CAP_WORD}$`);
const LETTER_CHAR = new RegExp(`[${LETTER}]`);
const INITIAL = String.raw`[${UPPER}]\.(?:[${UPPER}]\.)*`; // J. / J.R.
// "Ó" (Irish: Ciarán Ó Súilleabháin) is the one particle in capitals: a single letter, no token of its own.
const PARTICLE = String.raw`(?:van|von|de|da|das|do|dos|del|della|der|den|di|du|la|las|le|los|bin|ibn|al|el|ter|ten|y|ap|ab|zu|Ó)`;
const TOKEN = String.raw`(?:${CAP_WORD}|${INITIAL})`;
/** A name: capitalised tokens, particles only between them. */
export const NAME_SOURCE = String.raw`${TOKEN}(?:\s+(?:${PARTICLE}\s+)*${TOKEN}){1,4}`;

const NAME_RE = new RegExp(`^${NAME_SOURCE}$`);
/** Trailing dots, apostrophes, hyphens; anchored at a non-member so it scans each run once. */
const TRAILING_PUNCT = /(?<![.’'-])[.’'-]+$/;
const NAMES_IN_TEXT = new RegExp(`(?<![${LETTER}])${NAME_SOURCE}`, 'g');

// Words that make a capitalised run an organisation, place or title rather than a person.
// Weekday and unit abbreviations that are given names too (Vietnamese "Thu", Chinese "Sun", Korean "Min") are left out.
const NOT_PERSON = new Set(
  `the a an of for and news times post journal blog magazine daily weekly herald tribune press media wire
  network group inc llc ltd corp company co university college institute school center centre council
  committee department ministry agency bank foundation association society club party house senate
  congress court city county state states united republic kingdom street avenue road north south east
  west new york los angeles san francisco staff writer editor reporter correspondent contributor
  columnist senior associate chief desk team service bureau read more continue reading view share
  sign subscribe advertisement sale deal shop holiday winter summer spring autumn fall clearance
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed
  fri sat published updated posted selected author by gazette chronicle observer courier ledger
  review report bulletin digest today insider guardian independent telegraph mirror globe mail express
  standard record register dispatch examiner sentinel inquirer enquirer monitor magazine radio tv
  television channel broadcasting studios labs quarterly journalism editorial opinion signal table notes
  letter show podcast media network newsroom guild union league federation alliance cooperative co-op
  coalition trust fund partners collective consortium authority commission board office war museum
  festival cup championship prize award hospital cathedral airport`.split(/\s+/),
);

// "mag. Tanja Kos", "conf. dr. Radu Ciobanu": short lower-case words with a dot before a capital are titles in any language.
const LOWER_TITLES = /^(?:\p{Ll}{1,5}\.\s*)+(?=\p{Lu})/u;
/** A name without the lower-case title abbreviations written before it. */
export const withoutLowerTitles = (text: string): string => text.replace(LOWER_TITLES, '');

export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (!NAME_RE.test(t)) return false;
  const tokens = t.split(/\s+/);
  if (LEADING.has(tokens[0].toLowerCase().replace(TRAILING_PUNCT, ''))) return false;
  // Particles in lower case are no words of a place ("de los Santos", not "Los Angeles").
  return !tokens.some((tok) => !/^\p{Ll}/u.test(tok) && NOT_PERSON.has(tok.toLowerCase().replace(TRAILING_PUNCT, '')));
}

// Titles and sentence-opening words that stand before a name but are not part of it.
const LEADING = new Set(
  `president vice secretary minister prime chief senator sen rep gov governor mayor judge justice ambassador
  commander cmdr gen general col lt sgt dr mr mrs ms mx prof professor director ceo chairman chairwoman chair
  spokesman spokeswoman spokesperson king queen prince princess pope rev sir dame lord lady officer detective
  coach captain capt adm admiral former acting deputy attorney analyst economist dean principal sheriff
  then but and so when while after before if as at in on for with from because although though meanwhile still
  yet also even only now here there this that these those it its he she they we you his her their our my your
  says said according dear executive officer financial operating technology marketing founder cofounder co-founder
  cfo coo cto cmo manager head vice assistant superintendent commissioner councilmember councilwoman councilman
  member alderman trustee chancellor provost coordinator supervisor inspector constable chef owner player
  striker midfielder goalkeeper defender forward representative delegate researcher scientist meteorologist
  forecaster physician nurse doctor lawyer attorney teacher principal pastor rabbi imam priest`.split(/\s+/),
);

function isLeadingNoise(token: string): boolean {
  const t = token.toLowerCase().replace(TRAILING_PUNCT, '');
  return LEADING.has(t) || NOT_PERSON.has(t) || INITIALS.test(token) || /(?:ian|ean|ese|ish)$/.test(t);
}

/** A lone capitalised word that may be someone's surname (not a title, month or common opener). */
export function couldBeSurname(token: string): boolean {
  return SURNAME_TOKEN.test(token) && !isLeadingNoise(token);
}

/** Every person-like name in a text, in order of appearance. */
// Runs of two or more capitalised words, found with a plain (non-Unicode) class, which is
// many times faster; the exact name pattern then runs only inside these short runs.
const CAPITAL = `[${UPPER}]`;
const CAPITALISED_RUN = new RegExp(
  String.raw`${CAPITAL}\S*(?:\s+(?:${PARTICLE}\s+)*${CAPITAL}\S*)+`,
  'g',
);

export function namesIn(text: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  for (const run of matchesOf(CAPITALISED_RUN, text)) {
    const at = run.index ?? 0;
    // The name pattern needs the run's own context: the character before it must not be a letter
    // (a run may start inside a word, at an Extended-Latin letter: "öğretmen Mehmet Ali Sarıkaya").
    const skip = at > 0 && LETTER_CHAR.test(text[at - 1]) ? run[0].search(/\s/) : 0;
    if (skip < 0) continue;
    const rest = run[0].slice(skip);
    for (const m of matchesOf(NAMES_IN_TEXT, rest)) collect(m[0], at + skip + (m.index ?? 0), out);
  }
  return out;
}

function collect(match: string, start: number, out: { name: string; index: number }[]): void {
  {
    const m = { 0: match, index: start };
    // Drop titles and sentence openers: "U.S. President Donald Trump" → "Donald Trump".
    let tokens = m[0].split(/\s+/);
    let index = m.index ?? 0;
    while (tokens.length > 2 && isLeadingNoise(tokens[0])) {
      index += tokens[0].length + 1;
      tokens = tokens.slice(1);
    }
    const name = tokens.join(' ');
    if (isPersonName(name)) out.push({ name, index });
  }
}

export function surname(name: string): string {
  const tokens = name.split(/\s+/);
  return tokens[tokens.length - 1];
}

/** "Stefan Becket, Kathryn Watson and Grace Segers" → the names; roles and outlets dropped, titles before a name too ("Principal Adaeze Mornington"). */
export function splitNameList(text: string): string[] {
  return text
    .split(/[,;&+]|\band\b/u)
    .map((s) => withoutLeadingTitles(s.trim().replace(/^(?:by|and)\s+/i, '')))
    .filter((s) => isPersonName(s));
}

function withoutLeadingTitles(name: string): string {
  let tokens = name.split(/\s+/);
  while (tokens.length > 2 && LEADING.has(tokens[0].toLowerCase().replace(TRAILING_PUNCT, ''))) tokens = tokens.slice(1);
  return tokens.join(' ');
}
