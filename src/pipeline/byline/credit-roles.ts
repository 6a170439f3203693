/**
 * Credits that name people and bodies by their part in the work: a wire's "(Reporting by A;
 * Editing by B)", "(Репортаж: А; редактор: Б)", a podcast's "제작 X · 편집 Y · 음악 Z", and the
 * trailers that put the first outlet's name inside the formula ("この記事はXで最初に公開されました").
 * Reporters are authors, editors are not; a producer that is no person is the publication.
 * The formulas are data: "reporterLeads", "producerLeads", "originTemplates" in byline.json.
 */
import { bylineWords, phraseSet } from '../../lang/vocabulary.js';
import { isPersonName } from '../../text/names.js';
import { afterLead } from './leads.js';
import { wordsOf } from '../../lang/phrases.js';
import { ACCOUNT_WORDS } from '../../readers/vocab/accounts.js';
import { parseDate } from './date.js';
import { wordCount } from '../../text/words.js';
import { isCaseless, isScriptName, scriptNames } from './script-names.js';
import { names as namesOf, ROLE_WORDS } from './segment.js';

const REPORTER_LEADS = () => phraseSet('reporterLeads', () => bylineWords('reporterLeads'));
const PRODUCER_LEADS = () => phraseSet('producerLeads', () => bylineWords('producerLeads'));
const CONJUNCTIONS = () => new Set(bylineWords('conjunctions'));

/** The parts of a credit line: brackets dropped, split at ";", "·", "|" and "/". */
function parts(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[(（[]|[)）\]]\.?$/gu, '')
    .split(/[;；|·•\u0387]|\s\/\s/u)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Reporters named by a credit line; editors are not authors. */
export function reportersFromCredit(text: string): string[] {
  const out: string[] = [];
  for (const part of parts(text)) {
    const rest = afterLead(REPORTER_LEADS(), part);
    if (!rest) continue;
    // "A in London and B in Paris" → drop the places.
    const names = rest.replace(/(?<!\s)\s+in\s+\p{Lu}[\p{L} .'-]*?(?=,|\band\b|$)/gu, ' ').trim();
    // The credit's own word for "and" joins names too ("Reportage A et B").
    out.push(...(isCaseless(names) ? scriptNames(names, CONJUNCTIONS()) : namesOf(names)));
  }
  return out;
}

/** The body that produced the piece ("제작 동네이야기 라디오", "A production of Harbour Audio"), when it is no person. */
export function producerFromCredit(text: string): string | null {
  for (const part of parts(text)) {
    const rest = afterLead(PRODUCER_LEADS(), part)?.trim();
    if (!rest || rest.length > 60 || /[.!?]$/.test(rest)) continue;
    // "Tidewater Audio" reads like a name; a word of organisations says it is none.
    const organisation = wordsOf(rest).tokens.some((w) => ACCOUNT_WORDS.has(w));
    if (organisation || (!isPersonName(rest) && !scriptNames(rest, CONJUNCTIONS()).length)) return rest;
  }
  return null;
}

let templates: [before: string, after: string][] | null = null;

/** "この記事は港北タイムズで最初に公開されました。" → 港北タイムズ: the outlet inside an origin formula. */
export function outletFromTemplate(text: string): string | null {
  templates ??= bylineWords('originTemplates').map((t) => {
    const at = t.indexOf('{outlet}');
    return [t.slice(0, at), t.slice(at + '{outlet}'.length)];
  });
  const lower = text.replace(/\s+/g, ' ').trim().toLowerCase();
  const original = text.replace(/\s+/g, ' ').trim();
  for (const [before, after] of templates) {
    const start = before ? lower.indexOf(before) : 0;
    if (start < 0) continue;
    const from = start + before.length;
    const end = after ? lower.indexOf(after, from) : lower.search(/[.。!！]?$/u);
    if (end <= from) continue;
    // With nothing after the name in the formula, the name ends at the clause ("江城晚报客户端，转载请注明出处"),
    // without the app or account it was posted on ("客户端", "公众号").
    const clause = after ? original.slice(from, end) : original.slice(from, end).split(/[，、；,;（(]/u)[0];
    const name = clause.trim().replace(/(?<=\p{Script=Han}{2})(?:客户端|客戶端|微信公众号|公众号|官网|官方网站|APP|App)$/u, '');
    if (name && name.length <= 60 && !/[.!?]\s|[。！？]/u.test(name)) return name;
  }
  return null;
}

const ABOUT_LEADS = () => phraseSet('aboutLeads', () => bylineWords('aboutLeads'));

/**
 * A press release's "About Corriebank Thermal Systems" box: the issuer, when the story's first
 * paragraph names it too (the release is about its own news).
 */
export function issuerFromAbout(text: string, firstParagraph: string): string | null {
  const t = text.replace(/\s+/g, ' ').trim();
  if (wordCount(t) > 8 || /[.!?:]$/.test(t)) return null;
  const name = afterLead(ABOUT_LEADS(), t)?.trim();
  return name && /^\p{Lu}/u.test(name) && wordCount(name) >= 1 && firstParagraph.includes(name) ? name : null;
}

/** "DUNMORE, Scotland, 30 September 2025 – …": a release's dateline with no wire in it, and its date. */
export function releaseDatelineDate(text: string): string | null {
  const m = /^(\p{Lu}[\p{Lu}\p{M} .'’-]{1,30},[^–—\n]{4,60}?)\s+(?:--|[–—-])\s/u.exec(text.trim());
  return m ? (parseDate(m[1])?.iso ?? null) : null;
}

/**
 * "(서울=한빛통신) 김민지 정태호 기자 = 서울 도심 …": a Korean wire's dateline, the place and the
 * agency in brackets, then the reporters' names and their role before an equals sign.
 */
export function datelineReporters(text: string): string[] {
  const m = /^[(（][^()（）=＝]{1,20}[=＝][^()（）]{1,30}[)）]\s*((?:[^\s=＝]+\s+){1,6}?)([^\s=＝]+)\s*[=＝]/u.exec(text.trim());
  if (!m || !ROLE_WORDS().whole(m[2])) return [];
  const names = m[1].trim().split(/\s+/u);
  return names.every((n) => isScriptName(n) || isPersonName(n)) ? names : [];
}
