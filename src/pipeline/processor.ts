/**
 * The pipeline: reader → stages → compiler, as one unified processor. Each stage is a
 * plugin that only annotates the tree (see each module); the order matters because later
 * stages only look at what earlier ones left as body.
 */
import { unified } from 'unified';
import { readText } from '../readers/text.js';
import { boilerplate, type BoilerplateOptions } from './boilerplate/index.js';
import { byline } from './byline/index.js';
import { compile, type ArticleProcessor } from './compile.js';
import { evidence } from './evidence/index.js';
import { headline } from './headline.js';
import { pullquotes } from './pullquotes.js';
import { quotes } from './quotes/index.js';
import { sections } from './sections.js';
import { declareLanguage, type SourceSettings } from './source-settings.js';
import { checked } from './checked.js';

export interface PipelineOptions {
  boilerplate?: BoilerplateOptions;
  /** What the user knows about the source (see source-settings.ts). */
  source?: SourceSettings;
}

export function createProcessor(options: PipelineOptions = {}): ArticleProcessor {
  return unified()
    .use(readText)
    .use(declareLanguage, options.source?.language)
    .use(checked(evidence))
    .use(checked(boilerplate), { ...options.boilerplate, furniture: options.source?.furniture })
    .use(checked(headline))
    .use(checked(byline))
    .use(checked(pullquotes))
    .use(checked(sections))
    .use(checked(quotes))
    .use(compile)
    .freeze();
}
