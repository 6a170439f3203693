/**
 * Quotations in scripts without capital letters (Hebrew, Arabic, Devanagari, Thai, Chinese, Japanese,
 * Korean), where the form of a word does not tell a name. Names are read from the words
 * the language data says mark them: a title or role after the name ("森川さん", "윤서진
 * 교수는", "박영철(58)씨는"), a case marker after it ("रामदास गायकवाड़ ने"), a family name
 * opening it after a role ("摊主周建国"), or an apposition set off by commas (Hebrew, Arabic: "מנהלת המרכז,
 * יעל אבוחצירא,"). A short mention ("남궁 소장", "森川さん") is the full name it opens.
 * A quotation's speaker is a name right after it; else, when a verb or pronoun follows
 * it ("”며 …고 말했다", "」と話す", "”他说", "אמרה"), the person named last before it;
 * else the speaker before it, or of the paragraph before when it opens the paragraph.
 */
import type { Quote } from '../../types.js';
import { vocabulary } from '../../lang/index.js';
import { quoteSpans } from './spans.js';
import { maskSpans, type InBlock } from './paragraph.js';
import { matchesOf } from '../../text/matches.js';

const speech = vocabulary('speech');
const list = (pick: (s: (typeof speech)[number]) => string[] | undefined) => [...new Set(speech.flatMap((s) => pick(s) ?? []))];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const either = (words: string[]) => words.sort((a, b) => b.length - a.length).map(escape).join('|');

// Scripts without capitals: Hebrew, Arabic, Devanagari, Thai, kana, CJK, Hangul; cased: Latin, Greek, Cyrillic.
// Counted by code unit in one loop (it runs on every paragraph, twice): no arrays of matches.
const uncasedUnit = (c: number) => (c >= 0x590 && c <= 0x6ff) || (c >= 0x900 && c <= 0x97f) || (c >= 0xe00 && c <= 0xe7f) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);
const casedUnit = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff);
/** Is a text mostly written in a script without capitals? */
export const isUncased = (text: string): boolean => {
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65) continue;
    if (casedUnit(c)) balance--;
    else if (uncasedUnit(c)) balance++;
  }
  return balance > 0;
};

const HAN = String.raw`\u4E00-\u9FFF`;
const after = list((s) => s.nameAfter);
// Japanese: kanji (maybe with a kana reading in brackets, or a space between family and given
// name: "森下 勝利さん") right before a title: "西園寺（さいおんじ）玲子教授".
const JA_NAME = new RegExp(String.raw`((?:[${HAN}]{1,3}[ \u3000][${HAN}]{1,3}|[${HAN}]{1,4}|[\u30A0-\u30FF]{2,8})(?:（[\u3040-\u309F]+）)?[${HAN}]{0,3}?)(?:${either(after)})`, 'g');
const READING = /（[\u3040-\u309F]+）/g;
// Korean: a word with a title fused to it ("박영철(58)씨는"; a name is two or three syllables, four before a
// title are an office: "기후환경본부장은"), or a title word after the name ("윤서진 교수는").
const KO_FUSED = new RegExp(String.raw`^([\uAC00-\uD7AF]{2,3})(?:\(\d+\))?(?:${either(after)})[\uAC00-\uD7AF]?$`);
const KO_TITLE = new RegExp(String.raw`^(?:${either(after)})[\uAC00-\uD7AF]?$`);
// An office with its title fused ("기후환경본부장은"), or a title after an organisation's name: the name
// opens the clause a word or two before it ("박성호 서울시 기후환경본부장은 …", "최윤서 국립농업과학원 연구관은 …").
const KO_OFFICE = new RegExp(String.raw`^[\uAC00-\uD7AF]{4,}(?:${either(after)})[\uAC00-\uD7AF]?$`);
const KO_NAME = /^[\uAC00-\uD7AF]{3}$/;
const KO_WORD = /^[\uAC00-\uD7AF]{1,4}$/;
// A Korean full name is most often three syllables standing as a word ("배성호 충주 양봉협회 사무국장").
const KO_FULL = /(?<![\uAC00-\uD7AF])[\uAC00-\uD7AF]{3}(?=\s)/g;
const BEFORE = new Set(list((s) => s.nameBefore));
const DEVANAGARI_WORD = /^[\u0900-\u097F]+$/;
// Chinese: a family name and one or two more characters after a role ("摊主周建国", "居民陈蔚说").
const ZH_NAME = new RegExp(String.raw`(?<=[主民长员师傅者家工生人官户客板友手])(?:${either(list((s) => s.surnames))})[${HAN}]{1,2}`, 'g');
const ZH_STOP = new RegExp(String.raw`(?:${either(list((s) => (s.surnames ? s.verbs : [])))}|[是在的了和也就对向从把被给让])$`);
// Hebrew and Arabic-script letters, the Persian and Urdu ones (پ چ ژ ک گ ی, U+0671–U+06D3) among them.
const RTL_LETTER = String.raw`\u0590-\u05FF\u0621-\u064A\u066E-\u06D3`;
const HEBREW_PAIR = new RegExp(String.raw`(?:^|[,،.]\s*)([${RTL_LETTER}]{2,}\s+[${RTL_LETTER}]{2,})\s*[,،]`, 'g');
// Arabic, Hebrew: a verb of saying (maybe with "and": "ويقول") then a two-word name set off by a comma or
// a colon: "يقول عمر بوخريص، وهو مرشد …: «…»", "قالت سلمى الحسيني: «…»".
// Persian verbs join their prefix with a zero-width non-joiner ("می‌گوید").
const RTL_VERBS = either(list((s) => s.verbs).filter((v) => /^[\u0590-\u06FF\u200C]+$/.test(v)));
const RTL_SAID = new RegExp(String.raw`(?:^|[\s,،.:])[וو]?(?:${RTL_VERBS})\s+([${RTL_LETTER}]{2,}\s+[${RTL_LETTER}]{2,})\s*[,،:]`, 'g');
// Hebrew: a verb, a role in the construct state (a word with the article ה: "ראש העירייה", "מנהלת אגף
// החינוך"), then the name set off by a comma, maybe after a title: "אמר ראש העירייה, יורם בן-שושן,".
const HE_WORD = String.raw`[\u05D0-\u05EA]{2,}(?:[-\u05BE][\u05D0-\u05EA]+)?`;
const HE_TITLES = either(list((s) => Object.keys(s.titles)).filter((t) => /^[\u05D0-\u05EA"'׳״]+$/u.test(t)));
const HE_ROLE_THEN_NAME = new RegExp(
  String.raw`(?:^|[\s,.:])(?:${RTL_VERBS})\s+((?:[\u05D0-\u05EA]+\s+){0,3}ה[\u05D0-\u05EA]+)\s*,\s*(?:(?:${HE_TITLES})\s+)?(${HE_WORD}\s+${HE_WORD})\s*(?=[,.]|$)`,
  'gu',
);
// The name opening its clause, right before the verb: "قالت …" inverted, "علی رضایی گفت: «…»".
const RTL_NAME_SAID = new RegExp(String.raw`(?:^|[,،.]\s*)([${RTL_LETTER}]{2,}\s+[${RTL_LETTER}]{2,})\s+(?:${RTL_VERBS})\s*[,،:]`, 'g');
// Thai: a given and a family name, after a title fused to the first ("คุณสมศักดิ์ วงศ์ทองดี"), or
// opening the paragraph before a role and a verb of saying ("ปิยะนุช ศรีสวัสดิ์ เลขานุการชมรม ฝากเตือนว่า").
const THAI_WORD = /^[\u0E00-\u0E7F]{2,}$/;
const THAI_TITLE = new RegExp(`^(?:${either(list((s) => Object.keys(s.titles)).filter((t) => /^[\u0E00-\u0E7F]+$/.test(t)))})(?=[\u0E00-\u0E7F]{2})`);
const THAI_SAID = new RegExp(`(?:${either(list((s) => s.verbs).filter((v) => /^[\u0E00-\u0E7F]+$/.test(v)))})$`);
const uncasedWords = [...new Set(speech.flatMap((s) => [...s.verbs, ...Object.keys(s.pronouns)]))].filter((w) => isUncased(w));
const SPOKEN = new RegExp(either(uncasedWords));

/** Names of a paragraph (outside its quotations), in order, as written. */
interface Named {
  name: string;
  index: number;
}

function namesIn(paragraph: string): Named[] {
  const text = maskSpans(paragraph, quoteSpans(paragraph));
  const out: Named[] = [];
  for (const m of matchesOf(JA_NAME, text)) if (m[1].replace(READING, '').length >= 2) out.push({ name: m[1].replace(READING, ''), index: m.index });
  const taken = new Set(out.map((o) => o.index));
  for (const m of matchesOf(ZH_NAME, text)) if (!taken.has(m.index)) out.push({ name: ZH_STOP.test(m[0]) ? m[0].slice(0, -1) : m[0], index: m.index });
  for (const m of matchesOf(HEBREW_PAIR, text)) out.push({ name: m[1], index: m.index + m[0].indexOf(m[1]) });
  // A role before its name is no name of its own.
  const roles: [number, number][] = [];
  for (const m of matchesOf(HE_ROLE_THEN_NAME, text)) {
    const role = m.index + m[0].indexOf(m[1]);
    roles.push([role, role + m[1].length]);
    out.push({ name: m[2], index: m.index + m[0].lastIndexOf(m[2]) });
  }
  const paired = new Set(out.map((o) => o.index));
  for (const m of [...matchesOf(RTL_SAID, text), ...matchesOf(RTL_NAME_SAID, text)]) {
    const index = m.index + m[0].lastIndexOf(m[1]);
    if (!paired.has(index) && !roles.some(([from, to]) => index >= from && index < to)) out.push({ name: m[1], index });
  }
  const tokens = [...matchesOf(/[^\s,.;:!?“”"「」।]+/g, text)];
  tokens.forEach((t, i) => {
    // A title word ("사무국장은") is no name fused to a shorter title ("사무" + "국장").
    const fused = KO_TITLE.test(t[0]) ? null : KO_FUSED.exec(t[0]);
    if (fused) out.push({ name: fused[1], index: t.index });
    else if (i > 0 && KO_TITLE.test(t[0]) && KO_WORD.test(tokens[i - 1][0].replace(/\(\d+\)$/u, ''))) out.push({ name: tokens[i - 1][0].replace(/\(\d+\)$/u, ''), index: tokens[i - 1].index });
    else if (KO_OFFICE.test(t[0]) || (i > 0 && KO_TITLE.test(t[0]))) {
      const opener = [i - 3, i - 2, i - 1].find((j) => j >= 0 && KO_NAME.test(tokens[j][0]) && /(?:^|[.!?。"”’)]\s*)$/u.test(text.slice(0, tokens[j].index)));
      if (opener !== undefined) out.push({ name: tokens[opener][0], index: tokens[opener].index });
    }
    const title = THAI_TITLE.exec(t[0]);
    if (title && THAI_WORD.test(tokens[i + 1]?.[0] ?? '')) out.push({ name: `${t[0].slice(title[0].length)} ${tokens[i + 1][0]}`, index: t.index + title[0].length });
    else if (i === 0 && THAI_WORD.test(t[0]) && THAI_WORD.test(tokens[1]?.[0] ?? '') && tokens.slice(2, 4).some((w) => THAI_SAID.test(w[0]))) {
      out.push({ name: `${t[0]} ${tokens[1][0]}`, index: t.index });
    }
    if (i > 1 && BEFORE.has(t[0]) && DEVANAGARI_WORD.test(tokens[i - 1][0]) && DEVANAGARI_WORD.test(tokens[i - 2][0])) {
      out.push({ name: `${tokens[i - 2][0]} ${tokens[i - 1][0]}`, index: tokens[i - 2].index });
    }
  });
  return out.filter((m) => !/^[\u0900-\u097F]$/.test(m.name)).sort((a, b) => a.index - b.index);
}

export class UncasedSpeakers {
  /** The longest known name by each of its beginnings: "남궁" → "남궁민호". */
  private byStart = new Map<string, string>();
  private last: string | null = null;

  /** Korean three-syllable words by their first syllable: what a family name alone ("배 사무국장") means. */
  private koGiven = new Map<string, string>();

  /** Names of each paragraph, found once: learning and quoting both read them. */
  private names = new Map<string, Named[]>();
  private namesOf(text: string): Named[] {
    let found = this.names.get(text);
    if (!found) this.names.set(text, (found = namesIn(text)));
    return found;
  }

  /** Learn the names of a text (call for the whole body first): longer ones are what short mentions mean. */
  learn(text: string): void {
    if (!isUncased(text)) return;
    for (const w of text.match(KO_FULL) ?? []) if (!this.koGiven.has(w[0])) this.koGiven.set(w[0], w);
    for (const { name } of this.namesOf(text)) {
      for (let n = 1; n <= Math.min(name.length, 24); n++) {
        const had = this.byStart.get(name.slice(0, n));
        if (!had || had.length < name.length) this.byStart.set(name.slice(0, n), name);
      }
    }
  }

  /** A short mention as the longest known name it opens. */
  private full(name: string): string {
    if (KO_WORD.test(name) && name.length === 1) return this.koGiven.get(name) ?? name;
    return this.byStart.get(name) ?? name;
  }

  /** The quotations of a paragraph with their speakers. */
  quotes(text: string, carried: string | null): InBlock[] {
    const mentions = this.namesOf(text).map((m) => ({ ...m, name: this.full(m.name) }));
    const out: InBlock[] = [];
    let previous: string | null = null;
    const spans = quoteSpans(text);
    let m = 0; // the first mention after the current quotation's start
    spans.forEach((span, k) => {
      const next = spans[k + 1]?.start ?? text.length;
      const tail = text.slice(span.end + 1, Math.min(next, span.end + 40)).split(/[.。!?！？।]/)[0];
      while (m < mentions.length && mentions[m].index < span.start) m++;
      const before = mentions[m - 1];
      // Names inside quotations are masked, so the next mention comes after this one.
      const candidate = mentions[m];
      const named = candidate && candidate.index <= span.end + 1 + tail.length ? candidate : undefined;
      let speaker: string | null = named?.name ?? null;
      if (!speaker && SPOKEN.test(tail)) speaker = before?.name ?? previous ?? this.last;
      speaker ??= previous ?? (k === 0 && text.slice(0, span.start).trim().length <= 1 ? carried : null) ?? before?.name ?? null;
      const attributed = speaker !== null;
      const quote: Quote = { text: span.text, speaker, role: null, credentials: null, kind: 'direct' };
      out.push({ quote, attributed, start: span.start });
      previous = speaker ?? previous;
    });
    this.last = previous ?? mentions.at(-1)?.name ?? this.last;
    return out;
  }
}
