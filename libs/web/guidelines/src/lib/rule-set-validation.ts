import { compileRuleSet, RuleSet, RuleSetError } from '@chorus/shared/guidelines';
import { ErrorInfo } from '@chorus/web/core';

/** Parses and validates rule-set JSON in the browser; returns the rule set or one human sentence. */
export function parseRuleSet(json: string): { ruleSet: RuleSet } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { error: `This is not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'A rule set must be a JSON object.' };
  try {
    compileRuleSet(value as RuleSet);
  } catch (err) {
    if (err instanceof RuleSetError) {
      const where = err.ruleId ? `Rule “${err.ruleId}”, field “${err.field}”` : `Field “${err.field}”`;
      return { error: `${where}: ${err.reason}.` };
    }
    return { error: `This rule set cannot be used: ${err instanceof Error ? err.message : String(err)}` };
  }
  return { ruleSet: value as RuleSet };
}

/** The server's field errors ("rules[3].pattern": message) as lines to list under the message. */
export function fieldErrorLines(info: ErrorInfo): string[] {
  const errors = info.problem?.errors ?? [];
  return errors
    .filter((e) => e && typeof e.field === 'string' && typeof e.message === 'string')
    .map((e) => `${e.field}: ${e.message}`);
}
