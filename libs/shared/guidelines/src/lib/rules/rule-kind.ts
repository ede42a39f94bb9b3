import type { CheckContext } from '../context';
import type { TermIndex } from '../text/term-index';
import type { PatternIndex } from '../text/pattern-index';
import type { Finding, Rule } from '../types';

export type Evaluate = (ctx: CheckContext, out: Finding[]) => void;

export interface CompileContext {
  /** Index of the rule in the rule set; owner id for its terms. */
  ruleIndex: number;
  terms: TermIndex;
  patterns: PatternIndex;
  /** Throws RuleSetError naming this rule and the field. */
  fail(field: string, reason: string): never;
}

/** One rule kind: validates and precompiles its config, returns the per-check evaluation. */
export interface RuleKindModule<R extends Rule = Rule> {
  kind: R['kind'];
  compile(rule: R, c: CompileContext): Evaluate;
}
