/**
 * The floors in eval/floors.json: per corpus, the least each figure may score (for
 * contentRemovedPer1k, the most). A figure below its floor fails `npm test`. `npm run eval
 * -- --pin` only ever raises floors; lowering one is a hand edit in its own commit saying why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURES, isCeiling, ROOT, type Figure, type Figures } from './score.js';

export const FLOORS_FILE = join(ROOT, 'eval/floors.json');

/** Floors are pinned this far below today's figure (ceilings this far above). */
export const MARGIN = 0.005;
export const CEILING_MARGIN = 0.5;

export type Floors = Record<string, Figures>;

interface FloorsFile {
  about: string;
  corpora: Floors;
}

const ABOUT =
  'Per corpus, the least each figure of `npm run eval` may score; contentRemovedPer1k is a ceiling. ' +
  'tests/eval/gate.test.ts fails below a floor. Lowering a floor takes its own commit saying why.';

export function readFloors(file = FLOORS_FILE): Floors {
  return (JSON.parse(readFileSync(file, 'utf8')) as FloorsFile).corpora;
}

export function writeFloors(floors: Floors, file = FLOORS_FILE): void {
  const body: FloorsFile = { about: ABOUT, corpora: floors };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
}

const show = (f: Figure, v: number) => (isCeiling(f) ? v.toFixed(2) : v.toFixed(4));

/** Whether one figure holds its floor (null floors hold only a null figure). */
export function holds(figure: Figure, value: number | null, floor: number | null): boolean {
  if (floor === null || value === null) return floor === value;
  return isCeiling(figure) ? value <= floor : value >= floor;
}

/** One line per figure of `corpus` that breaks its floor, or that has none. */
export function breaches(corpus: string, figures: Figures, floors: Floors): string[] {
  const pinned = floors[corpus];
  const detail = `per-case detail: npm run eval -- ${corpus} --cases`;
  if (!pinned) return [`${corpus}: no floors in eval/floors.json (pin them: npm run eval -- --pin)`];
  const out: string[] = [];
  for (const f of FIGURES) {
    const value = figures[f];
    const floor = f in pinned ? pinned[f] : undefined;
    if (floor === undefined) out.push(`${corpus}: ${f} has no floor in eval/floors.json (pin it: npm run eval -- --pin)`);
    else if (holds(f, value, floor)) continue;
    else if (value === null) out.push(`${corpus}: ${f} is no longer measured (floor ${floor}); ${detail}`);
    else if (floor === null) out.push(`${corpus}: ${f} is now measured (${show(f, value)}) but its floor is null; pin it: npm run eval -- --pin`);
    else {
      const how = isCeiling(f) ? 'above its ceiling' : 'below its floor';
      out.push(`${corpus}: ${f} = ${show(f, value)} is ${how} ${floor} (eval/floors.json); ${detail}`);
    }
  }
  return out;
}

/** The floor today's value would pin: a margin below it (above, for a ceiling), on a 0.001 grid. */
export function floorFor(figure: Figure, value: number | null): number | null {
  if (value === null) return null;
  if (isCeiling(figure)) return Math.ceil((value + CEILING_MARGIN) * 1000 - 1e-6) / 1000;
  return Math.max(0, Math.floor((value - MARGIN) * 1000 + 1e-6) / 1000);
}

/** Raise each floor to what today's figure would pin; never lower one. */
export function raised(old: Figures | undefined, figures: Figures): Figures {
  const out = {} as Figures;
  for (const f of FIGURES) {
    const next = floorFor(f, figures[f]);
    const prev = old?.[f];
    if (prev === undefined || prev === null) out[f] = next;
    else if (next === null) out[f] = prev;
    else out[f] = isCeiling(f) ? Math.min(prev, next) : Math.max(prev, next);
  }
  return out;
}
