/**
 * What a user knows about a source and tells the pipeline (the `sources` entries of a
 * configuration file, or the `source` option of the API): its outlets and curators, extra
 * furniture, its language and the time zone of its dates. `check` reads the same settings,
 * so a pattern written for `check` also cleans.
 *
 * The language and the furniture act inside the pipeline (the evidence pass reads the
 * language as declared; the boilerplate stage removes lines the furniture matches); the rest
 * is applied to the compiled article here, and only where the text stages left a gap or a
 * site-name suffix: a configured name never overrules what the article itself says.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Article } from '../types.js';

export interface SourceSettings {
  /** Names of the source's outlets: a headline ending in "| Outlet" loses the suffix; the publication when the text names none. */
  outlets?: readonly string[];
  /** Names of curators (aggregators, newsletters): one found as the publication is the curator. */
  curators?: readonly string[];
  /** Extra furniture: a body line one of these matches is boilerplate (kind `other`). */
  furniture?: readonly RegExp[];
  /** BCP 47 language of the text, instead of detecting it. */
  language?: string | null;
  /** IANA time zone of dates written without an offset. */
  timeZone?: string | null;
}

/** Stage: a configured language counts as declared, so the evidence pass reads the text in it. */
export const declareLanguage: Plugin<[(string | null)?], Root> = function (language) {
  return (tree: Root) => {
    if (!language) return;
    (tree.data ??= {}).language = language;
  };
};

const SUFFIX_SEPARATORS = ['|', '-', '–', '—', '·', '::', ':', '/'];
const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** "Headline | Outlet" → ["Headline", "Outlet"] when Outlet is one of `names`. */
function splitSuffix(headline: string, names: readonly string[]): [string, string] | null {
  for (const name of names) {
    const end = headline.trimEnd();
    if (end.length <= name.length || !same(end.slice(-name.length), name)) continue;
    const rest = end.slice(0, -name.length).trimEnd();
    const sep = SUFFIX_SEPARATORS.find((s) => rest.endsWith(s));
    if (!sep) continue;
    const head = rest.slice(0, -sep.length).trimEnd();
    if (head) return [head, end.slice(-name.length)];
  }
  return null;
}

/** Offset of `timeZone` at the local wall-clock time `local` ("2025-03-04T10:15[:00]"), as "+01:00". */
export function offsetAt(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  const offsetOf = (instant: number): number => {
    const p = Object.fromEntries(format.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
    return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - instant;
  };
  // The instant whose wall-clock time in the zone is `local`: two rounds settle it, DST included.
  let offset = offsetOf(wall);
  offset = offsetOf(wall - offset);
  const minutes = Math.round(offset / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Fill what the text left open from the source's settings (in place; returns the article). */
export function applySourceSettings(article: Article, settings: SourceSettings | undefined): Article {
  if (!settings) return article;
  const byline = article.byline;
  const outlets = settings.outlets ?? [];
  const curators = settings.curators ?? [];
  if (article.headline) {
    const split = splitSuffix(article.headline, [...outlets, ...curators]);
    if (split) {
      article.headline = split[0];
      if (outlets.some((o) => same(o, split[1]))) byline.publication ??= split[1];
      else byline.curator ??= split[1];
    }
  }
  // A curator the text stages took for the publication.
  if (byline.publication && curators.some((c) => same(c, byline.publication!))) {
    byline.curator ??= byline.publication;
    byline.publication = null;
  }
  if (!byline.publication && outlets.length === 1) byline.publication = outlets[0];
  if (settings.language) article.language = settings.language;
  if (settings.timeZone && byline.published) {
    const offset = offsetAt(byline.published, settings.timeZone);
    if (offset) byline.published = `${byline.published}${/T\d\d:\d\d$/.test(byline.published) ? ':00' : ''}${offset === '+00:00' ? 'Z' : offset}`;
  }
  if (byline.published) article.warnings = article.warnings.filter((w) => w.rule !== 'article-clean:byline-no-date');
  return article;
}
