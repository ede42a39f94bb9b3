export * from './lib/types';
export { RuleSetError } from './lib/errors';
export { compileRuleSet, check } from './lib/engine';
export type { CompiledRuleSet } from './lib/engine';
export { xWeightedLength } from './lib/rules/length.rule';
export { DEFAULT_SHORTENERS } from './lib/rules/links.rule';
export { fold } from './lib/text/fold';
export { textSimilarity } from './lib/text/similarity';
