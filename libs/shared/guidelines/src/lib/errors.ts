/** Thrown by compileRuleSet for an invalid rule set; the API maps it to 400 with ruleId and field. */
export class RuleSetError extends Error {
  override readonly name = 'RuleSetError';
  constructor(
    readonly ruleId: string | null,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${ruleId ? `rule "${ruleId}"` : 'rule set'}: ${field}: ${reason}`);
  }
}
