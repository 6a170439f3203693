/**
 * The people of an article and how the text refers to them: a full name once
 * ("Pieter van der Berg", "Dr. Ama Owusu", even possessive: "Van der Berg’s team"), then a
 * surname, simple or compound ("Van der Berg said", "García Márquez"), a title ("Mr.
 * Trump") or a pronoun ("she said"). Surnames resolve to the first full name that ends
 * with them. A pronoun resolves to the nearest speaker or person before it whose gender,
 * when the text tells it, agrees; never to one of the other gender.
 */
import { couldBeSurname, isPersonName, namesIn } from '../../text/names.js';
import { LETTER } from '../../text/letters.js';
import { Genders } from './genders.js';
import { RoleBook } from './roles.js';
import { vocabulary, type LanguageCode } from '../../lang/index.js';
import { introducedBefore, opensSentence, withoutHeadNoise, withoutPossessive } from './mentions.js';
import { countBefore, type Mention, type Timeline } from './timeline.js';
import { ZERO_PRONOUN } from './attribution.js';
import { afterArticle, afterPreposition } from './subject.js';
import { ARTICLE_LIST, isPronounWord, PREPOSITION_LIST, pronounGender, TITLE, TITLE_AT_START } from './vocabulary.js';
import { matchesOf } from '../../text/matches.js';

export { firstAfter, lastBefore, type Mention } from './timeline.js';

const ORGANISATION = new RegExp(String.raw`^[\p{Lu}\d][\p{L}\d&.'’-]*(?:\s+(?:(?:of|for|and|de|del|des|der|für|di|do|da)\s+)?[\p{Lu}\d][\p{L}\d&.'’-]*)+$`, 'u');
const LEADING_ARTICLE = new RegExp(String.raw`^${ARTICLE_LIST}\s+`);
// A run of capitalised words ending in a possessive ("Strikers’ ", "Van der Berg’s ").
const POSSESSIVE_RUN = /^\p{Lu}[\p{L}.-]*(?:\s(?:\p{Ll}{1,3}\s)*\p{Lu}[\p{L}.-]*)*(?:['’]s|(?<=s)['’])\s/u;
const CAPITALISED = /[A-Z\u00C0-\u00DE\u0100-\u024F][A-Za-z\u00C0-\u024F'’-]+/g;
// A capitalised word after a preposition ("in Lisbon", "at the Pentagon"): a place or an employer.
const TITLED = new RegExp(String.raw`(?<![${LETTER}])${TITLE}([A-Z\u00C0-\u00DE][${LETTER}'’-]+)(?!\s+[A-Z\u00C0-\u00DE])`, 'g');
const OBJECT = new RegExp(String.raw`(?<![${LETTER}])${PREPOSITION_LIST}\s+(?:${ARTICLE_LIST}\s+)?([A-Z\u00C0-\u00DE][${LETTER}'’-]+)`, 'g');

// The case endings of names in a language, longest first: sorted once per language, not once per name.
const endingsByLanguage = new Map<string, [string, string][]>();
function nameEndings(lang: LanguageCode): [string, string][] {
  let endings = endingsByLanguage.get(lang);
  if (!endings) endingsByLanguage.set(lang, (endings = Object.entries(vocabulary('speech', lang)[0].nameEndings ?? {}).sort((a, b) => b[0].length - a[0].length)));
  return endings;
}

export class Speakers {
  /** Full names by every tail of them: "pieter van der berg", "van der berg", "berg". */
  private byKey = new Map<string, string>();
  /** Full names by their first word ("rosa" → "Rosa Tarrant"), null when two people share it. */
  private byFirst = new Map<string, string | null>();
  private objects = new Set<string>();
  readonly genders = new Genders();
  private roles = new RoleBook();
  /** The people mentioned in the previous paragraph. */
  private previous: Mention[] = [];
  private previousNames = new Set<string | null>();
  private text = '';
  private previousText = '';
  /** The last person reported speaking in the text read so far. */
  lastSpeaker: string | null = null;
  private names = new Map<string, { name: string; index: number }[]>();

  /** Names in a text, found once per text: learning and mentions both need them. */
  private namesOf(text: string) {
    let found = this.names.get(text);
    // After a preposition the first word of a run is the object ("l'assessora al Commercio Chiara …").
    const objectFirst = (n: { name: string; index: number }) => {
      const space = n.name.indexOf(' ');
      return n.name.split(/\s+/).length >= 3 && afterPreposition(text, n.index) ? { name: n.name.slice(space + 1), index: n.index + space + 1 } : n;
    };
    if (!found) this.names.set(text, (found = namesIn(text).map(objectFirst).map(withoutHeadNoise).filter((n) => n.name)));
    return found;
  }

  /** Learn the full names of a text (call for the whole body first). */
  learn(text: string): void {
    for (const { name: written } of this.namesOf(text)) {
      const name = this.uninflected(written);
      const tokens = name.split(/\s+/);
      // A lone word ("Menurut Dewi" → "Dewi") is a mention, not a full name to learn.
      if (tokens.length < 2) continue;
      for (let i = 0; i < tokens.length; i++) {
        const key = tokens.slice(i).join(' ').toLowerCase();
        if (!this.byKey.has(key)) this.byKey.set(key, name);
      }
      const first = tokens[0].toLowerCase();
      if (tokens.length > 1 && this.byFirst.get(first) !== name) this.byFirst.set(first, this.byFirst.has(first) ? null : name);
    }
    for (const m of matchesOf(OBJECT, text)) this.objects.add(withoutPossessive(m[1]).toLowerCase());
    this.roles.learn(text, this.namesOf(text).map((n) => ({ ...n, full: this.full(this.uninflected(n.name)) })));
  }

  /** A full name without the case ending its language puts on it ("Szalai Bencével" → "Szalai Bence"). */
  private uninflected(name: string): string {
    const endings = nameEndings(this.genders.lang);
    const found = name.includes(' ') ? endings.find(([e]) => name.endsWith(e) && name.length - e.length - name.lastIndexOf(' ') > 3) : undefined;
    return found ? name.slice(0, -found[0].length) + found[1] : name;
  }

  /** Learn the people a text names only by title and surname ("Mr. Okafor"); call after `learn`. */
  learnTitled(text: string): void {
    for (const m of matchesOf(TITLED, text)) {
      const name = withoutPossessive(m[1]);
      if (!this.byKey.has(name.toLowerCase()) && couldBeSurname(name)) this.byKey.set(name.toLowerCase(), name);
    }
  }

  /** People mentioned in a paragraph, resolved, in order; the paragraph's gender evidence is read too. */
  mentions(text: string): Mention[] {
    const named = this.namesOf(text);
    this.text = text;
    // A name after a preposition is a place or an employer ("cultiva uva en La Rioja"), after an
    // article a modifier ("The Fenwick Harriers runner"): no one a pronoun means.
    const out: Mention[] = named.filter((n) => !afterPreposition(text, n.index) && !afterArticle(text, n.index)).map(({ name, index }) => ({ name: this.full(name), index }));
    // Capitalised words that are known surnames (plain class: this runs on every paragraph).
    let n = 0;
    for (const m of matchesOf(CAPITALISED, text)) {
      const index = m.index ?? 0;
      const word = withoutPossessive(m[0]).toLowerCase();
      const full = this.byKey.get(word);
      while (n + 1 < named.length && named[n + 1].index <= index) n++;
      const o = named[n];
      if (full && !(o && index >= o.index && index < o.index + o.name.length + 20)) out.push({ name: full, index });
      // A sentence opened by the first name only one person of the article has ("Bec milks 38 goats").
      const first = full ? null : this.byFirst.get(word);
      if (first && !(o && index >= o.index && index < o.index + o.name.length) && opensSentence(text, index) && !out.some((x) => x.index === index)) out.push({ name: first, index });
    }
    out.sort((a, b) => a.index - b.index);
    this.genders.learn(text, out);
    return out;
  }

  /** Move past a paragraph: its mentions are what a pronoun in the next one may mean. */
  read(mentions: Mention[]): void {
    this.previous = mentions;
    this.previousNames = new Set(mentions.map((m) => m.name));
    this.previousText = this.text;
  }

  /** A name as the full name it is the tail of ("Van der Berg" → "Pieter van der Berg"). */
  private full(name: string): string {
    return this.byKey.get(name.toLowerCase()) ?? this.byFirst.get(name.toLowerCase()) ?? name;
  }

  /** Resolve a mention at offset `at` of a paragraph (see the module comment). */
  resolve(mention: string, at: number, mentions: Mention[], speech?: Timeline): string | null {
    if (mention === ZERO_PRONOUN || isPronounWord(mention)) return this.pronoun(mention, at, mentions, speech);
    const who = withoutHeadNoise({ name: mention.trim(), index: 0 }).name.replace(TITLE_AT_START, '').replace(LEADING_ARTICLE, '');
    // A known full name, or a known one at the end of a longer mention ("InfoNation President Dan McDowell").
    const tokens = who.split(/\s+/);
    for (let i = 0; i < tokens.length - (tokens.length > 1 ? 1 : 0); i++) {
      const known = this.byKey.get(tokens.slice(i).join(' ').toLowerCase());
      if (known && (i === 0 || known.split(/\s+/).length >= tokens.length - i)) return known;
    }
    if (isPersonName(who)) return who;
    // A pronoun cannot stand before a capitalised name: "He Jianxiong, the former director, said".
    if (tokens.length === 2 && isPronounWord(tokens[0]) && couldBeSurname(tokens[1]) && !this.objects.has(tokens[1].toLowerCase())) return who;
    // "But Vaughan", "Then Dr. Haas": drop what cannot be part of a name.
    const named = namesIn(who).pop()?.name;
    if (named) return this.full(named);
    const last = tokens[tokens.length - 1];
    const known = this.byKey.get(last.toLowerCase()) ?? (last === who ? this.byFirst.get(who.toLowerCase()) : null);
    if (known) return known;
    // Several capitalised words that are no person's name: an organisation ("Acme Corp said").
    if (tokens.length > 1 && ORGANISATION.test(who) && !this.objects.has(last.toLowerCase())) return who;
    // A lone unknown word that the text puts after a preposition is a place or an employer.
    return couldBeSurname(last) && last === who && !this.objects.has(who.toLowerCase()) ? who : null;
  }

  /**
   * A definite description ("said the fishmonger", "confie le mareyeur") means the person
   * the paragraph named last before it, unless the description's gender says otherwise; the
   * one person the article gave that post comes first ("Tomasz Lindqvist, the mayor" … "the mayor said").
   */
  definite(description: string, at: number, mentions: Mention[]): string | null {
    const holder = this.roles.holder(description);
    if (holder) return holder;
    const gender = description.split(/\s+/).map((w) => this.genders.nounGender(w)).find((g) => g !== null) ?? null;
    const named = mentions[countBefore(mentions, at) - 1] ?? introducedBefore(description, this.previousText, this.previous);
    const theirs = named?.name ? this.genders.of(named.name) : null;
    return named?.name && (!gender || !theirs || gender === theirs) ? named.name : null;
  }

  /**
   * The nearest speaker before `at` in the paragraph, else the nearest person named there,
   * else the last speaker (or person) of the paragraph before. Within each of these, someone
   * the text says is of the pronoun's gender comes first, then the nearest whose gender it
   * does not tell; a person of the other gender never. Null when nobody is left.
   */
  private pronoun(pronoun: string, at: number, mentions: Mention[], speech?: Timeline): string | null {
    const here: Mention[] = [];
    for (let i = countBefore(mentions, at) - 1; i >= 0 && here.length < 6; i--) here.push(mentions[i]);
    const before: Mention[] = [];
    const last = this.lastSpeaker;
    if (last && (this.previous.length === 0 || this.previousNames.has(last))) before.push({ name: last, index: -1 });
    for (let i = this.previous.length - 1; i >= 0 && before.length < 6; i--) before.push(this.previous[i]);
    if (last) before.push({ name: last, index: -1 });
    const gender = pronounGender(pronoun);
    const of = (c: Mention) => (c.name ? this.genders.of(c.name) : null);
    // The subject of a sentence is what a pronoun most often means ("Morrison was … with Zelensky. He said").
    // An owner is no subject: "The Strikers’ captain, Arjun Pillai-Nakamura, was gracious."
    const subjects = (list: Mention[], text: string) => list.filter((m) => m.index >= 0 && opensSentence(text, m.index) && !POSSESSIVE_RUN.test(text.slice(m.index, m.index + 60)));
    // A last speaker the text says is of the pronoun's gender still beats the subject of the paragraph before.
    const agreeing = last && gender && this.genders.of(last) === gender ? [{ name: last, index: -1 }] : [];
    for (const group of [speech?.before(at, 4) ?? [], subjects(here, this.text), here, agreeing, subjects(this.previous.slice(-6).reverse(), this.previousText), before]) {
      if (!gender && group.length) return group[0].name;
      const found = group.find((c) => of(c) === gender) ?? group.find((c) => of(c) === null);
      if (found) return found.name;
    }
    return null;
  }
}
