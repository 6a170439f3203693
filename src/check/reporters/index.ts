/** The reporters `--reporter` chooses from. */
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const REPORTERS = { stylish, json, github, junit, sarif } satisfies Record<string, Reporter>;
export type ReporterName = keyof typeof REPORTERS;
export type { Reporter, ReportContext } from './types.js';
