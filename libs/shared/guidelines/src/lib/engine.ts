import { CheckContext } from './context';
import { RuleSetError } from './errors';
import type { CompileContext, Evaluate } from './rules/rule-kind';
import { RULE_KINDS } from './rules/registry';
import { PatternIndex } from './text/pattern-index';
import { TermIndex } from './text/term-index';
import type { CheckInput, Finding, Rule, RuleSet } from './types';
import { checkLocalized, checkSeverity, checkStrings } from './validate';

interface CompiledRule {
  rule: Rule;
  evaluate: Evaluate;
}

/** A validated rule set with all term lists and patterns precompiled; reuse it for every check. */
export interface CompiledRuleSet {
  readonly id: string;
  readonly version: number;
  readonly ruleSet: RuleSet;
  readonly rules: readonly CompiledRule[];
  readonly terms: TermIndex;
  readonly patterns: PatternIndex;
}

/** Validates and precompiles; throws RuleSetError (rule id + field) on anything invalid or unsafe. */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  const top = (field: string, reason: string): never => {
    throw new RuleSetError(null, field, reason);
  };
  if (typeof ruleSet !== 'object' || ruleSet === null) top('ruleSet', 'must be an object');
  if (typeof ruleSet.id !== 'string' || !ruleSet.id) top('id', 'must be a non-empty string');
  if (!Number.isInteger(ruleSet.version) || ruleSet.version < 1) top('version', 'must be a positive integer');
  if (typeof ruleSet.name !== 'string' || !ruleSet.name) top('name', 'must be a non-empty string');
  checkStrings(ruleSet.languages, 'languages', { fail: top }, { nonEmpty: true });
  if (!Array.isArray(ruleSet.rules)) top('rules', 'must be a list');

  const terms = new TermIndex();
  const patterns = new PatternIndex();
  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  ruleSet.rules.forEach((rule, index) => {
    const id = typeof rule?.id === 'string' && rule.id ? rule.id : null;
    const fail = (field: string, reason: string): never => {
      throw new RuleSetError(id ?? `#${index}`, field, reason);
    };
    if (!id) fail('id', 'must be a non-empty string');
    if (seen.has(rule.id)) fail('id', 'is used by another rule');
    seen.add(rule.id);
    const kind = RULE_KINDS[rule.kind];
    if (!kind || !Object.prototype.hasOwnProperty.call(RULE_KINDS, rule.kind)) fail('kind', `unknown kind "${String(rule.kind)}"`);
    if (typeof rule.enabled !== 'boolean') fail('enabled', 'must be true or false');
    checkSeverity(rule.severity, 'severity', { fail });
    checkLocalized(rule.message, 'message', { fail });
    if (typeof rule.clause !== 'object' || rule.clause === null || typeof rule.clause.section !== 'string') fail('clause.section', 'must be a string');
    checkLocalized(rule.clause.text, 'clause.text', { fail });
    checkStrings(rule.networks, 'networks', { fail }, { optional: true });
    checkStrings(rule.groups, 'groups', { fail }, { optional: true });
    checkStrings(rule.languages, 'languages', { fail }, { optional: true });
    // Disabled rules are validated too (they may be enabled later) but not compiled into the indexes.
    if (!rule.enabled) return;
    const c: CompileContext = { ruleIndex: rules.length, terms, patterns, fail };
    rules.push({ rule, evaluate: kind.compile(rule, c) });
  });
  terms.seal();
  patterns.seal();
  return { id: ruleSet.id, version: ruleSet.version, ruleSet, rules, terms, patterns };
}

function applies(rule: Rule, input: CheckInput): boolean {
  if (rule.networks && !rule.networks.some((n) => input.networks.includes(n))) return false;
  if (rule.groups && !rule.groups.some((g) => input.authorGroups.includes(g))) return false;
  if (rule.languages && !rule.languages.includes(input.language)) return false;
  return true;
}

/** Runs every enabled rule on the input. Pure: same compiled set + same input → same findings. */
export function check(compiled: CompiledRuleSet, input: CheckInput): Finding[] {
  const ctx = new CheckContext(input, compiled.terms, compiled.patterns, compiled.ruleSet.defaultLanguage ?? compiled.ruleSet.languages[0]);
  const out: Finding[] = [];
  for (const r of compiled.rules) if (applies(r.rule, input)) r.evaluate(ctx, out);
  return out.length > 1 ? out.sort(byPosition) : out;
}

function byPosition(a: Finding, b: Finding): number {
  const as = a.ranges.length ? a.ranges[0].start : -1;
  const bs = b.ranges.length ? b.ranges[0].start : -1;
  if (as !== bs) return as - bs;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return (a.network ?? '') < (b.network ?? '') ? -1 : (a.network ?? '') > (b.network ?? '') ? 1 : 0;
}
