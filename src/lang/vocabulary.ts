/**
 * Closed formulas of page furniture and bylines, kept as data: one JSON file per language
 * and topic (`src/lang/<code>/furniture.json`, `byline.json`). Code asks for a list by
 * name and gets the union over every language, because a wrapper in one language often
 * carries furniture in another, and a formula such as "Leia também:" is unambiguous
 * wherever it stands. Lists become phrase sets (phrases.ts) once, on first use.
 */
import { PhraseSet } from './phrases.js';
import commonFurniture from './common/furniture.json' with { type: 'json' };
import deByline from './de/byline.json' with { type: 'json' };
import deFurniture from './de/furniture.json' with { type: 'json' };
import enByline from './en/byline.json' with { type: 'json' };
import enFurniture from './en/furniture.json' with { type: 'json' };
import esByline from './es/byline.json' with { type: 'json' };
import esFurniture from './es/furniture.json' with { type: 'json' };
import frByline from './fr/byline.json' with { type: 'json' };
import frFurniture from './fr/furniture.json' with { type: 'json' };
import itByline from './it/byline.json' with { type: 'json' };
import itFurniture from './it/furniture.json' with { type: 'json' };
import jaByline from './ja/byline.json' with { type: 'json' };
import jaFurniture from './ja/furniture.json' with { type: 'json' };
import koByline from './ko/byline.json' with { type: 'json' };
import koFurniture from './ko/furniture.json' with { type: 'json' };
import nlByline from './nl/byline.json' with { type: 'json' };
import nlFurniture from './nl/furniture.json' with { type: 'json' };
import plByline from './pl/byline.json' with { type: 'json' };
import plFurniture from './pl/furniture.json' with { type: 'json' };
import ptByline from './pt/byline.json' with { type: 'json' };
import ptFurniture from './pt/furniture.json' with { type: 'json' };
import ruByline from './ru/byline.json' with { type: 'json' };
import ruFurniture from './ru/furniture.json' with { type: 'json' };
// Languages added later: byline vocabulary.
import svByline from './sv/byline.json' with { type: 'json' };
import daByline from './da/byline.json' with { type: 'json' };
import trByline from './tr/byline.json' with { type: 'json' };
import csByline from './cs/byline.json' with { type: 'json' };
import elByline from './el/byline.json' with { type: 'json' };
import hiByline from './hi/byline.json' with { type: 'json' };
import viByline from './vi/byline.json' with { type: 'json' };
import heByline from './he/byline.json' with { type: 'json' };
import idByline from './id/byline.json' with { type: 'json' };
import zhByline from './zh/byline.json' with { type: 'json' };
import roByline from './ro/byline.json' with { type: 'json' };
import arByline from './ar/byline.json' with { type: 'json' };
import thByline from './th/byline.json' with { type: 'json' };
import fiByline from './fi/byline.json' with { type: 'json' };
import nbByline from './nb/byline.json' with { type: 'json' };
import ukByline from './uk/byline.json' with { type: 'json' };
import huByline from './hu/byline.json' with { type: 'json' };
import msByline from './ms/byline.json' with { type: 'json' };
import swByline from './sw/byline.json' with { type: 'json' };
import skByline from './sk/byline.json' with { type: 'json' };
import hrByline from './hr/byline.json' with { type: 'json' };
import caByline from './ca/byline.json' with { type: 'json' };
import tlByline from './tl/byline.json' with { type: 'json' };
import bnByline from './bn/byline.json' with { type: 'json' };
import faByline from './fa/byline.json' with { type: 'json' };
import bgByline from './bg/byline.json' with { type: 'json' };
// Languages added later: furniture formulas.
import svFurniture from './sv/furniture.json' with { type: 'json' };
import daFurniture from './da/furniture.json' with { type: 'json' };
import nbFurniture from './nb/furniture.json' with { type: 'json' };
import fiFurniture from './fi/furniture.json' with { type: 'json' };
import trFurniture from './tr/furniture.json' with { type: 'json' };
import idFurniture from './id/furniture.json' with { type: 'json' };
import csFurniture from './cs/furniture.json' with { type: 'json' };
import skFurniture from './sk/furniture.json' with { type: 'json' };
import elFurniture from './el/furniture.json' with { type: 'json' };
import viFurniture from './vi/furniture.json' with { type: 'json' };
import heFurniture from './he/furniture.json' with { type: 'json' };
import hiFurniture from './hi/furniture.json' with { type: 'json' };
import zhFurniture from './zh/furniture.json' with { type: 'json' };
import roFurniture from './ro/furniture.json' with { type: 'json' };
import huFurniture from './hu/furniture.json' with { type: 'json' };
import arFurniture from './ar/furniture.json' with { type: 'json' };
import ukFurniture from './uk/furniture.json' with { type: 'json' };
import thFurniture from './th/furniture.json' with { type: 'json' };
import msFurniture from './ms/furniture.json' with { type: 'json' };
import swFurniture from './sw/furniture.json' with { type: 'json' };
import bgFurniture from './bg/furniture.json' with { type: 'json' };
import hrFurniture from './hr/furniture.json' with { type: 'json' };
import mkFurniture from './mk/furniture.json' with { type: 'json' };
import mkByline from './mk/byline.json' with { type: 'json' };
import slFurniture from './sl/furniture.json' with { type: 'json' };
import slByline from './sl/byline.json' with { type: 'json' };
import srFurniture from './sr/furniture.json' with { type: 'json' };
import srByline from './sr/byline.json' with { type: 'json' };
import azFurniture from './az/furniture.json' with { type: 'json' };
import azByline from './az/byline.json' with { type: 'json' };
import etFurniture from './et/furniture.json' with { type: 'json' };
import etByline from './et/byline.json' with { type: 'json' };
import isFurniture from './is/furniture.json' with { type: 'json' };
import isByline from './is/byline.json' with { type: 'json' };
import kaFurniture from './ka/furniture.json' with { type: 'json' };
import kaByline from './ka/byline.json' with { type: 'json' };
import ltFurniture from './lt/furniture.json' with { type: 'json' };
import ltByline from './lt/byline.json' with { type: 'json' };
import lvFurniture from './lv/furniture.json' with { type: 'json' };
import lvByline from './lv/byline.json' with { type: 'json' };
import sqFurniture from './sq/furniture.json' with { type: 'json' };
import sqByline from './sq/byline.json' with { type: 'json' };
import caFurniture from './ca/furniture.json' with { type: 'json' };
import euFurniture from './eu/furniture.json' with { type: 'json' };
import euByline from './eu/byline.json' with { type: 'json' };
import glFurniture from './gl/furniture.json' with { type: 'json' };
import glByline from './gl/byline.json' with { type: 'json' };
import bnFurniture from './bn/furniture.json' with { type: 'json' };
import faFurniture from './fa/furniture.json' with { type: 'json' };
import mrFurniture from './mr/furniture.json' with { type: 'json' };
import mrByline from './mr/byline.json' with { type: 'json' };
import neFurniture from './ne/furniture.json' with { type: 'json' };
import neByline from './ne/byline.json' with { type: 'json' };
import taFurniture from './ta/furniture.json' with { type: 'json' };
import taByline from './ta/byline.json' with { type: 'json' };
import urFurniture from './ur/furniture.json' with { type: 'json' };
import urByline from './ur/byline.json' with { type: 'json' };
import tlFurniture from './tl/furniture.json' with { type: 'json' };

export type FurnitureList = keyof typeof enFurniture;
// The lists of words (zone phrases, months and eras have shapes of their own, read by their own functions).
type EnByline = typeof enByline;
export type BylineList = { [K in keyof EnByline]: EnByline[K] extends string[] ? K : never }[keyof EnByline];

const FURNITURE: Partial<Record<FurnitureList, string[]>>[] = [
  enFurniture, esFurniture, ptFurniture, frFurniture, deFurniture, itFurniture, nlFurniture, plFurniture, koFurniture, jaFurniture, ruFurniture,
  svFurniture, daFurniture, nbFurniture, fiFurniture, trFurniture, idFurniture, csFurniture, skFurniture, elFurniture, viFurniture, heFurniture, hiFurniture, zhFurniture, roFurniture, huFurniture, arFurniture, ukFurniture,
  thFurniture, msFurniture, swFurniture,
  bgFurniture,
  hrFurniture,
  mkFurniture,
  slFurniture,
  srFurniture,
  azFurniture,
  etFurniture,
  isFurniture,
  kaFurniture,
  ltFurniture,
  lvFurniture,
  sqFurniture,
  caFurniture,
  euFurniture,
  glFurniture,
  bnFurniture,
  faFurniture,
  mrFurniture,
  neFurniture,
  taFurniture,
  urFurniture,
  tlFurniture,
];
const BYLINE: Partial<Record<BylineList, string[]>>[] = [
  enByline, esByline, ptByline, frByline, deByline, itByline, nlByline, plByline, koByline, jaByline, ruByline,
  svByline, daByline, trByline, csByline, elByline, hiByline, viByline, heByline, idByline, zhByline, roByline, arByline, thByline,
  fiByline, nbByline, ukByline, huByline, msByline, swByline, skByline, hrByline, caByline, tlByline, bnByline, faByline, bgByline,
  mkByline,
  slByline,
  srByline,
  azByline,
  etByline,
  isByline,
  kaByline,
  ltByline,
  lvByline,
  sqByline,
  euByline,
  glByline,
  mrByline,
  neByline,
  taByline,
  urByline,
];

/** The languages that have vocabulary files. */
export const VOCABULARY_LANGUAGES = ['ar', 'cs', 'da', 'de', 'el', 'en', 'es', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'ja', 'ko', 'ms', 'nb', 'nl', 'pl', 'pt', 'ro', 'ru', 'sk', 'sv', 'sw', 'th', 'tr', 'uk', 'vi', 'zh', 'bg', 'hr', 'mk', 'sl', 'sr', 'az', 'et', 'is', 'ka', 'lt', 'lv', 'sq', 'ca', 'eu', 'gl', 'bn', 'fa', 'mr', 'ne', 'ta', 'ur', 'tl'] as const;

function union(files: Partial<Record<string, string[]>>[], key: string): string[] {
  const out = new Set<string>();
  for (const file of files) for (const p of file[key] ?? []) out.add(p.toLowerCase());
  // Longest first, so "read more" is tried before "read".
  return [...out].sort((a, b) => b.length - a.length);
}

export const furniture = (key: FurnitureList): string[] => union(FURNITURE, key);

const FURNITURE_BY_CODE: Record<string, Partial<Record<FurnitureList, string[]>>> = {
  en: enFurniture, es: esFurniture, pt: ptFurniture, fr: frFurniture, de: deFurniture, it: itFurniture, nl: nlFurniture, pl: plFurniture,
  ko: koFurniture, ja: jaFurniture, ru: ruFurniture, sv: svFurniture, da: daFurniture, nb: nbFurniture, no: nbFurniture, fi: fiFurniture,
  tr: trFurniture, id: idFurniture, cs: csFurniture, sk: skFurniture, el: elFurniture, vi: viFurniture, he: heFurniture, hi: hiFurniture,
  zh: zhFurniture, ro: roFurniture, hu: huFurniture, ar: arFurniture, uk: ukFurniture, th: thFurniture, ms: msFurniture, sw: swFurniture,
  bg: bgFurniture,
  hr: hrFurniture,
  mk: mkFurniture,
  sl: slFurniture,
  sr: srFurniture,
  az: azFurniture,
  et: etFurniture,
  is: isFurniture,
  ka: kaFurniture,
  lt: ltFurniture,
  lv: lvFurniture,
  sq: sqFurniture,
  ca: caFurniture,
  eu: euFurniture,
  gl: glFurniture,
  bn: bnFurniture,
  fa: faFurniture,
  mr: mrFurniture,
  ne: neFurniture,
  ta: taFurniture,
  ur: urFurniture,
  tl: tlFurniture,
};

/**
 * One language's list, for words too common to take from every language at once (Swedish
 * "din" is Romanian "from"); empty for a language without a file.
 */
export const furnitureOf = (key: FurnitureList, code: string | null | undefined): string[] => {
  const file = code ? FURNITURE_BY_CODE[code] : undefined;
  return file ? union([file], key) : [];
};
export const bylineWords = (key: BylineList): string[] => union(BYLINE, key);
// Leads that are common words of other languages ("na": "by" in Swahili, "on" in Portuguese and Polish).
const OWN_AUTHOR_LEADS: Record<string, { ownAuthorLeads?: string[] }> = { sw: swByline };
/** The author leads read only in an article of their own language. */
export const ownAuthorLeads = (code: string | null): string[] => (code ? OWN_AUTHOR_LEADS[code]?.ownAuthorLeads ?? [] : []);
export const networks = (): string[] => commonFurniture.networks;
/** App stores by name ("App Store", "Google Play"): where an app-download prompt sends the reader. */
export const appStores = (): string[] => commonFurniture.appStores;
/** What mail clients put before a reply's or a forward's subject ("Re:", "Fwd:", "AW:", "回复:"). */
export const replyPrefixes = (): string[] => commonFurniture.replyPrefixes;

/**
 * Eras whose years are counted from another epoch ("พ.ศ. 2568" is 2025): the marker and what
 * to add to the year; `bare`: its years are also written without the marker ("17 ก.พ. 2569").
 */
export function bylineEras(): { marker: string; yearOffset: number; bare?: boolean }[] {
  return (BYLINE as { eras?: { marker: string; yearOffset: number; bare?: boolean }[] }[]).flatMap((file) => file.eras ?? []);
}

/**
 * Other calendars written beside the Gregorian date ("22 ربيع الآخر 1447 هـ - 14 أكتوبر 2025"):
 * their month names and era markers, so a date line may carry both.
 */
export function otherCalendars(): { months: string[]; eras: string[] }[] {
  return (BYLINE as { otherCalendars?: { months: string[]; eras: string[] }[] }[]).flatMap((file) => file.otherCalendars ?? []);
}

/** Zones named in words after a time ("(heure de Paris)", "Eastern Time"), with their IANA zone; null for "local time". */
export function bylineZonePhrases(): [phrase: string, zone: string | null][] {
  return (BYLINE as { zonePhrases?: [string, string | null][] }[])
    .flatMap((file) => file.zonePhrases ?? [])
    .sort((a, b) => b[0].length - a[0].length);
}

/** Month names (index 0 = January) of the languages that list them in byline.json. */
export function bylineMonths(): string[][] {
  const out: string[][] = Array.from({ length: 12 }, () => []);
  for (const file of BYLINE as { months?: string[][] }[]) file.months?.forEach((names, i) => out[i].push(...names));
  return out;
}

const sets = new Map<string, PhraseSet>();

/** A phrase list as a PhraseSet, built once. */
export function phraseSet(name: string, list: () => string[]): PhraseSet {
  let set = sets.get(name);
  if (!set) sets.set(name, (set = new PhraseSet(list())));
  return set;
}
