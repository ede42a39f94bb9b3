/* Spec helpers: one-rule sets and inputs with defaults. */
import { compileRuleSet, type CompiledRuleSet } from './engine';
import type { CheckInput, Rule } from './types';

export const MSG = { en: 'en {term}{name}{type}{match}{count}', de: 'de {term}', nl: 'nl {term}' };
export const CLAUSE = { section: '1', text: { en: 'Clause', de: 'Klausel', nl: 'Clausule' } };

export function one(rule: Record<string, unknown>): CompiledRuleSet {
  const full = { id: 'r', enabled: true, severity: 'warn', message: MSG, clause: CLAUSE, ...rule } as unknown as Rule;
  return compileRuleSet({ id: 's', version: 1, name: 's', languages: ['en', 'de', 'nl'], rules: [full] });
}

export function input(text: string, extra: Partial<CheckInput> = {}): CheckInput {
  return { text, networks: ['linkedin'], authorGroups: [], language: 'en', at: '2026-03-02T09:00:00Z', topics: [], ...extra };
}

export function slices(text: string, ranges: { start: number; end: number }[]): string[] {
  return ranges.map((r) => text.slice(r.start, r.end));
}
