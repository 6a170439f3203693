/**
 * Headings judged by structure, for what the prose-introducing rule of sections.ts cannot
 * see: a label over a list, a spec box or a table ("Ingredients" over its lines, "CRICKET"
 * over result lines, "Breakfast" over "Two eggs and a slice of rye"), and a section
 * heading directly over its first subheading ("Day 1" over "Breakfast"). A label stands
 * out from the run of lines it introduces: it is shorter than each of them, or plain
 * where they carry figures, or in capitals where they are not, or bare where they are
 * "Label: value" lines, or plain where they are bulleted. Nothing here depends on the language.
 */
import { formOf, type Form } from './evidence/form.js';
import { furniture, furnitureOf, phraseSet } from '../lang/vocabulary.js';
import { articleLanguage } from '../text/article-language.js';
import { wordsOf } from '../lang/phrases.js';

/** A line that can label what follows: short, a line of its own, no sentence end, no figures of its own to report. */
function isLabel(f: Form): boolean {
  return f.words >= 1 && f.words <= 6 && f.end === '' && !/^\d/.test(f.text) && !f.bullet && !f.url && !f.price && f.label === null && !f.symbolLead && !f.bracketed && !f.text.includes(',');
}

/** "Outfit 2: Linen shirt and wide trousers": a numbered or short label and a title without figures. */
function isTitledLabel(f: Form): boolean {
  if (f.label === null || f.end !== '' || f.words > 12 || f.price || f.url || f.bullet || f.symbolLead) return false;
  const value = f.text.slice(f.text.indexOf(':') + 1);
  // A model's figures are part of its name ("Kestrel Ridge 3L", "HX38"); a figure standing alone is a value ("500 g").
  return !/(?<![\p{L}\d])\d+(?:[.,]\d+)?(?![\p{L}\d])/u.test(value) && !value.includes(',') && formOf(value).words >= 2;
}

/** Two lines or more from `start` that are "Item: figure" lines (a spec box, a price list). */
function specRun(forms: Form[], start: number, heading: boolean[]): boolean {
  let n = 0;
  let figures = 0;
  // "Weight: 390 g", "Membrane: three-layer, taped seams": spec lines, one with a figure at least. The last of them
  // may stand over prose as a heading would; it is a spec line all the same (no spec line is ever output as a heading).
  for (let j = start; j < forms.length && !forms[j].prose && (!heading[j] || forms[j + 1]?.prose); j++) {
    const figure = /:\s*[^\s\d:]*\d/u.test(forms[j].text);
    if (forms[j].label === null && !figure) break;
    n++;
    if (figure) figures++;
  }
  return n >= 2 && figures >= 1;
}

/** The last figure-bearing pattern of a line ("(3 g)", "– 4 min"): list items share it, a label over them does not. */
function figureTail(f: Form): string | null {
  const m = /(?<!\S)[^\s\d]*\d\S*(?:\s+\S+)?$/u.exec(f.text);
  return m ? m[0].replace(/\d+(?:[.,]\d+)?/g, '0').replace(/\p{L}+/gu, (w) => (/^\p{Lu}/u.test(w) ? 'W' : w)) : null;
}

const sameTail = (a: Form, b: Form) => figureTail(a) !== null && figureTail(a) === figureTail(b);

/** A line in capitals after prose, right above a subheading that is not: a part over its sections. */
function capsOver(forms: Form[], k: number, heading: boolean[]): boolean {
  const f = forms[k];
  return f.caps && f.words <= 8 && f.end === '' && heading[k + 1] && !forms[k + 1].caps && (k === 0 || forms[k - 1].prose);
}

/** A heading's kind, as siblings share it: capitals, a question, the shape of a leading figure ("17h15 –"). */
function kindOf(f: Form): string {
  const lead = /^\S*\d\S*/u.exec(f.text)?.[0].replace(/\d+/gu, '0') ?? '';
  return `${f.caps}:${f.end === '?'}:${lead}`;
}

/** Does label `l` stand out from the lines `items` it would introduce? */
function standsOutFrom(l: Form, items: Form[]): boolean {
  if (!items.length) return false;
  const shorter = items.every((it) => it.words >= l.words + 2);
  const plain = !l.digits && items.every((it) => it.digits);
  const caps = l.caps && items.every((it) => !it.caps);
  // "Boil time (1 litre): 4 min" is a "Label: value" line too, though its label holds brackets.
  const bare = items.every((it) => it.label !== null || /^[^:]{1,40}:\s/u.test(it.text));
  const listed = !l.bullet && items.every((it) => it.bullet);
  return shorter || plain || caps || bare || listed;
}

/**
 * Mark label headings in the reading flow. `forms`/`heading` are the flow's blocks (their evidence) and the
 * decisions so far (changed in place); `shaped` says which have a heading's form.
 */
export function markLabelHeadings(forms: Form[], shaped: boolean[], heading: boolean[]): void {
  // How often each text occurs, counted once (not per line: that is quadratic on long documents).
  const occurrences = new Map<string, number>();
  for (const f of forms) occurrences.set(f.text, (occurrences.get(f.text) ?? 0) + 1);
  const byLabel = new Array<boolean>(forms.length).fill(false);
  // Labels over a spec line, by the label's capitals and the spec's key: how often the pair recurs.
  const specKeys = new Map<string, number>();
  forms.forEach((f, k) => {
    const spec = forms[k + 1]?.label;
    if (spec && isLabel(f) && shaped[k]) specKeys.set(`${f.caps}:${spec}`, (specKeys.get(`${f.caps}:${spec}`) ?? 0) + 1);
  });
  // One item of the list above it ("Wholemeal roll (3 g)" under "Lentil soup (8 g)") labels nothing.
  const item = (k: number) => k > 0 && !forms[k - 1].prose && !heading[k - 1] && sameTail(forms[k - 1], forms[k]);
  // Backwards, so a label over a subheading sees the subheading decided.
  for (let k = forms.length - 2; k >= 0; k--) {
    if (heading[k] || !shaped[k] || item(k)) continue;
    // "PART ONE: THE BAD MONTHS" after prose, over a subheading in ordinary case: a part's title, set in capitals.
    if (capsOver(forms, k, heading)) {
      heading[k] = byLabel[k] = true;
      continue;
    }
    if (!isLabel(forms[k])) {
      if (isTitledLabel(forms[k]) && specRun(forms, k + 1, heading)) heading[k] = byLabel[k] = true;
      continue;
    }
    // A label over one spec line, the pair repeated through the document ("OSTBURG HX38" over "Power:
    // 38 hp", "KAWAGO MINI 20" over "Power: 20 hp"), each over prose: products of a review, each a section.
    const spec = forms[k + 1].label;
    if (spec !== null && (specKeys.get(`${forms[k].caps}:${spec}`) ?? 0) >= 2 && (forms[k + 2]?.prose ?? true) && standsOutFrom(forms[k], [forms[k + 1]])) {
      heading[k] = byLabel[k] = true;
      heading[k + 1] = false;
      continue;
    }
    if (heading[k + 1]) {
      // "Day 1" over "Breakfast": a short label right above a label of a list; "Regional news"
      // over "Transport", "主要变化" over "存储引擎重写": a section's label after prose, right above the
      // first of its subheadings (a later one of the same short form shows they are a group; a label of one word
      // over a first subheading may be a verdict or a kicker;
      // an earlier one of the same kind shows the line stands between siblings, as a control or a link does).
      const afterProse = k === 0 || forms[k - 1].prose;
      const sub = (j: number) => heading[j] && forms[j].words <= 2 && !forms[j].digits;
      const group = sub(k + 1) && heading.some((h, j) => j > k + 2 && sub(j));
      const first = !heading.some((h, j) => h && j < k && kindOf(forms[j]) === kindOf(forms[k + 1]));
      // The last item of a list over the next list's label ("Fast clamp" over "Cons") does not stand out from the items above it.
      const above = [k - 1, k - 2].filter((j) => j >= 0 && !forms[j].prose && !heading[j]).map((j) => forms[j]);
      const lastItem = above.length === 2 && !standsOutFrom(forms[k], above);
      if (forms[k].words <= 4 && !lastItem && (byLabel[k + 1] || (afterProse && (group || (first && forms[k].words >= 2))))) heading[k] = byLabel[k] = true;
      continue;
    }
    // The run it would introduce: the lines up to the next prose, heading or label.
    const run: Form[] = [];
    for (let j = k + 1; j < forms.length && run.length < 3 && !forms[j].prose && !heading[j] && !(isLabel(forms[j]) && forms[j].words < forms[k].words + 2); j++) run.push(forms[j]);
    // At least two lines, or one under a label the document repeats ("Lunch" each day): a
    // single line after a one-off label is a list item more often than a section.
    const repeated = (occurrences.get(forms[k].text) ?? 0) >= 2;
    if ((run.length >= 2 || (run.length === 1 && repeated)) && standsOutFrom(forms[k], run) && !sameTail(forms[k], run[0])) heading[k] = byLabel[k] = true;
  }
}

// Short words of one language are other words in another (Hungarian "de" is "but", Spanish "de" is
// "of"): the leads, answers and pronouns are the article's language's when it is known.
const ofLanguage = (key: 'rhetoricalLeads' | 'answerLeads' | 'echoPronouns') => {
  const lang = articleLanguage();
  return lang && furnitureOf(key, lang).length ? phraseSet(`${key}:${lang}`, () => furnitureOf(key, lang)) : phraseSet(key, () => furniture(key));
};
const leads = () => ofLanguage('rhetoricalLeads');
const answers = () => ofLanguage('answerLeads');
const echoes = () => ofLanguage('echoPronouns');

/**
 * A question that is the prose's own voice, not a subheading: answered at once ("Too tired
 * to chop an onion?" / "Me too. …"), opened by a connective ("So did it help?"), answered
 * with "Because …" / "Yes, …", or asked about something just named, with the pronoun the
 * answer takes up ("Do they bite?" / "They rarely do …").
 */
export function isRhetorical(question: string, next: string): boolean {
  const q = question.trim();
  if (!/[?？]["”’)»]*$/u.test(q)) return false;
  const answer = next.trim();
  const first = /^[^.!?…]*[.!?…]/u.exec(answer);
  if (first !== null && formOf(first[0]).words <= 3) return true;
  // "So did it help?" runs on from the prose; "So, you failed—now what?" is set apart by its comma.
  const lead = leads().start(q);
  if (lead > 0 && formOf(q).words >= 3 && !/^[,;:—–]/u.test(q.slice(wordsOf(q).ends[lead - 1]))) return true;
  if (answers().start(answer) > 0) return true;
  const pronoun = echoes().start(answer);
  if (!pronoun) return false;
  const echoed = wordsOf(answer).tokens.slice(0, pronoun).join(' ');
  return wordsOf(q).tokens.slice(1).join(' ').split(' ').includes(echoed);
}
