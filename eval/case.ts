/**
 * Scores one cleaned article against its label.json: what the corpus figures are summed
 * from, with the texts behind every miss so a failing gate can be read case by case.
 */
import type { Article } from '../src/types.js';
import { bag, collapse, fold, occurrences, sameDate, sameQuote, shingleShares, tokenJaccard, type Shares } from './metrics.js';

/** The fields of a case's label.json that the scorer reads. */
export interface Label {
  headline: string | null;
  byline?: { authors?: string[]; publication?: string | null; curator?: string | null; published?: string | null };
  bylineLines?: number[];
  sections?: { heading: string | null; paragraphs?: string[] }[];
  optionalHeadings?: string[];
  pullquotes?: { text: string }[];
  quotes?: { text: string; speaker: string | null }[];
  boilerplate?: { kind: string; line: number; text: string }[];
}

export interface CaseScore {
  /** false when cleaning threw: every figure counts the case as missed. */
  ok: boolean;
  headline: boolean;
  /** null: neither side gives one, so the case does not count. */
  byline: { authors: boolean; publication: boolean | null; curator: boolean | null; published: boolean | null };
  headings: { labelled: number; output: number; matched: number; optional: number; missed: string[]; spurious: string[] };
  body: Shares;
  /** Labelled paragraphs and headings, and those missing from the output body. */
  units: number;
  removed: string[];
  boilerplate: { labelled: number; found: number; missed: string[] };
  metaLeaks: string[];
  pulls: { labelled: number; found: number };
  /** null when the label has no quotes. */
  quotes: { labelled: number; output: number; matched: number; speakerOk: number; wrongSpeaker: string[] } | null;
}

/** Label body: each heading and paragraph, whitespace-collapsed. */
function labelUnits(label: Label): { heading: boolean; text: string }[] {
  return (label.sections ?? []).flatMap((s) => [
    ...(s.heading === null ? [] : [{ heading: true, text: collapse(s.heading) }]),
    ...(s.paragraphs ?? []).map((p) => ({ heading: false, text: collapse(p) })),
  ]);
}

/** Output body: section headings and the text of every block but pull quotes. */
function outputBody(article: Article): { text: string; flat: string; headings: string[] } {
  const parts: string[] = [];
  const headings: string[] = [];
  for (const s of article.sections) {
    if (s.heading?.trim()) {
      parts.push(s.heading);
      headings.push(collapse(s.heading));
    }
    for (const b of s.blocks) if (b.type !== 'pullquote') parts.push(b.text);
  }
  return { text: parts.join('\n'), flat: collapse(parts.join(' ')), headings };
}

function bylineScore(label: Label, article: Article): CaseScore['byline'] {
  const want = label.byline ?? {};
  const got = article.byline;
  const la = new Set((want.authors ?? []).map(fold));
  const oa = new Set(got.authors.map(fold));
  const same = (l: string | null | undefined, o: string | null | undefined, eq: (a: string, b: string) => boolean) =>
    l == null && o == null ? null : l != null && o != null && eq(l, o);
  const textEq = (a: string, b: string) => fold(a) === fold(b);
  return {
    authors: la.size === oa.size && [...la].every((a) => oa.has(a)),
    publication: same(want.publication, got.publication, textEq),
    curator: same(want.curator, got.curator, textEq),
    published: same(want.published, got.published, sameDate),
  };
}

function headingScore(label: Label, units: ReturnType<typeof labelUnits>, outHeadings: string[]): CaseScore['headings'] {
  const want = bag(units.filter((u) => u.heading).map((u) => u.text));
  const got = bag(outHeadings);
  const optional = bag((label.optionalHeadings ?? []).map(collapse));
  let matched = 0;
  let ignored = 0;
  const spurious: string[] = [];
  for (const [h, n] of got) {
    const hit = Math.min(n, want.get(h) ?? 0);
    const skip = Math.min(n - hit, optional.get(h) ?? 0);
    matched += hit;
    ignored += skip;
    for (let k = hit + skip; k < n; k++) spurious.push(h);
  }
  const missed = [...want].flatMap(([h, n]) => Array<string>(Math.max(0, n - (got.get(h) ?? 0))).fill(h));
  const labelled = [...want.values()].reduce((a, b) => a + b, 0);
  return { labelled, output: outHeadings.length - ignored, matched, optional: ignored, missed, spurious };
}

function boilerplateScore(label: Label, article: Article, bodyFlat: string, labelFlat: string): CaseScore['boilerplate'] {
  const listed = article.boilerplate.map((b) => collapse(b.text));
  const want = bag((label.boilerplate ?? []).map((b) => collapse(b.text)));
  let labelled = 0;
  let found = 0;
  const missed: string[] = [];
  for (const [t, n] of want) {
    labelled += n;
    const leaked = Math.min(n, Math.max(0, occurrences(bodyFlat, t) - occurrences(labelFlat, t)));
    const inList = listed.reduce((a, b) => a + occurrences(b, t), 0);
    const hit = Math.min(n - leaked, inList);
    found += hit;
    if (hit < n) missed.push(t);
  }
  return { labelled, found, missed };
}

function quoteScore(label: Label, article: Article): CaseScore['quotes'] {
  const want = label.quotes ?? [];
  if (want.length === 0) return null;
  const got = article.quotes.filter((q) => q.kind !== 'pull').map((q) => ({ text: collapse(q.text), speaker: q.speaker }));
  const taken = new Set<number>();
  let matched = 0;
  let speakerOk = 0;
  const wrongSpeaker: string[] = [];
  for (const lq of want) {
    const t = collapse(lq.text);
    let best = -1;
    let bestJ = -1;
    got.forEach((q, i) => {
      const j = tokenJaccard(q.text, t);
      if (!taken.has(i) && sameQuote(q.text, t) && j > bestJ) [best, bestJ] = [i, j];
    });
    if (best < 0) continue;
    taken.add(best);
    matched++;
    if (fold(lq.speaker) === fold(got[best].speaker)) speakerOk++;
    else wrongSpeaker.push(`${t.slice(0, 50)}: ${lq.speaker ?? 'null'} / got ${got[best].speaker ?? 'null'}`);
  }
  return { labelled: want.length, output: got.length, matched, speakerOk, wrongSpeaker };
}

/** Score one case; `article` null means cleaning failed. */
export function scoreCase(label: Label, inputLines: string[], article: Article | null): CaseScore {
  const units = labelUnits(label);
  const labelText = units.map((u) => u.text).join('\n');
  const labelFlat = collapse(units.map((u) => u.text).join(' '));
  if (article === null) return failedCase(label, units, labelText);
  const body = outputBody(article);
  const removed: string[] = [];
  for (const [t, n] of bag(units.map((u) => u.text).filter(Boolean))) {
    for (let k = occurrences(body.flat, t); k < n; k++) removed.push(t);
  }
  const metaLines = (label.bylineLines ?? []).map((n) => collapse(inputLines[n - 1])).filter(Boolean);
  const outPulls = article.quotes.filter((q) => q.kind === 'pull').map((q) => collapse(q.text));
  const pulls = (label.pullquotes ?? []).map((p) => collapse(p.text));
  return {
    ok: true,
    headline: collapse(label.headline) === collapse(article.headline),
    byline: bylineScore(label, article),
    headings: headingScore(label, units, body.headings),
    body: shingleShares(labelText, body.text),
    units: units.length,
    removed,
    boilerplate: boilerplateScore(label, article, body.flat, labelFlat),
    metaLeaks: metaLines.filter((t) => occurrences(body.flat, t) > occurrences(labelFlat, t)),
    pulls: { labelled: pulls.length, found: pulls.filter((t) => outPulls.some((o) => sameQuote(o, t))).length },
    quotes: quoteScore(label, article),
  };
}

function failedCase(label: Label, units: ReturnType<typeof labelUnits>, labelText: string): CaseScore {
  const want = label.byline ?? {};
  const quotes = label.quotes?.length ? { labelled: label.quotes.length, output: 0, matched: 0, speakerOk: 0, wrongSpeaker: [] } : null;
  return {
    ok: false,
    headline: false,
    byline: {
      authors: false,
      publication: want.publication == null ? null : false,
      curator: want.curator == null ? null : false,
      published: want.published == null ? null : false,
    },
    headings: { labelled: units.filter((u) => u.heading).length, output: 0, matched: 0, optional: 0, missed: [], spurious: [] },
    body: [0, 0, labelText ? 1 : 0],
    units: units.length,
    removed: [],
    boilerplate: { labelled: label.boilerplate?.length ?? 0, found: 0, missed: (label.boilerplate ?? []).map((b) => collapse(b.text)) },
    metaLeaks: [],
    pulls: { labelled: label.pullquotes?.length ?? 0, found: 0 },
    quotes,
  };
}
