import type { RuleSet } from '@chorus/shared/guidelines';
import { compileRuleSet, CompiledRuleSet, RuleSetError } from '@chorus/shared/guidelines';
import { DomainError } from '@chorus/server/core';

export const INVALID_RULE_SET = 'guidelines.invalid_rule_set';

/** Where a RuleSetError points, as a path into the rule set: `rules[3].pattern`, `name`. */
export function ruleSetErrorField(ruleSet: unknown, error: RuleSetError): string {
  if (error.ruleId === null) return error.field;
  let index = -1;
  if (/^#\d+$/.test(error.ruleId)) index = Number(error.ruleId.slice(1));
  else {
    const rules = (ruleSet as { rules?: unknown })?.rules;
    if (Array.isArray(rules)) index = rules.findIndex((r) => (r as { id?: unknown } | null)?.id === error.ruleId);
  }
  const prefix = index >= 0 ? `rules[${index}]` : 'rules';
  return `${prefix}.${error.field}`;
}

/**
 * Validates and compiles with the engine. Anything it rejects (or cannot even read) becomes one 400
 * problem that names the field and the rule, so a curator can find it in the file.
 */
export function compileOrReject(ruleSet: RuleSet): CompiledRuleSet {
  try {
    return compileRuleSet(ruleSet);
  } catch (error) {
    if (error instanceof RuleSetError) {
      const field = ruleSetErrorField(ruleSet, error);
      const message =
        error.ruleId && !error.ruleId.startsWith('#') ? `${error.reason} (rule "${error.ruleId}")` : error.reason;
      throw new DomainError(400, INVALID_RULE_SET, `The rule set is invalid: ${field} ${message}.`, [
        { field, message },
      ]);
    }
    // A file shaped so badly that the validator itself tripped over it.
    throw new DomainError(400, INVALID_RULE_SET, 'The rule set is invalid: it is not a rule set.', [
      { field: 'ruleSet', message: 'is not a rule set' },
    ]);
  }
}
