import type { Network, RuleSet } from '@chorus/shared/guidelines';

export const DEFAULT_NETWORK_LIMITS: Readonly<Record<Network, number>> = { linkedin: 3000, x: 280 };

/** Per-network length limits: the enabled length rules of the rule set, else the networks' own limits. */
export function networkLimits(ruleSet: RuleSet | null | undefined): Record<Network, number> {
  const limits = { ...DEFAULT_NETWORK_LIMITS };
  for (const rule of ruleSet?.rules ?? []) {
    if (rule.kind === 'length' && rule.enabled && typeof rule.maxLength === 'number') {
      limits[rule.network] = Math.min(limits[rule.network], rule.maxLength);
    }
  }
  return limits;
}
