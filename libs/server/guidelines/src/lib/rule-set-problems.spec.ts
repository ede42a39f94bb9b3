import { DomainError } from '@chorus/server/core';
import { defaultRulePack } from './default-rule-pack';
import { compileOrReject } from './rule-set-problems';

describe('compileOrReject (rule-set errors → 400 problems)', () => {
  const problem = (ruleSet: unknown): DomainError => {
    try {
      compileOrReject(ruleSet as never);
    } catch (error) {
      return error as DomainError;
    }
    throw new Error('expected a rejection');
  };

  it('accepts the default pack', () => {
    expect(compileOrReject(defaultRulePack()).ruleSet.id).toBe('chorus-default');
  });

  it('names the rule index, the field and the rule id', () => {
    const pack = defaultRulePack();
    const index = pack.rules.findIndex((r) => r.kind === 'pattern');
    const id = pack.rules[index].id;
    pack.rules[index] = { ...pack.rules[index], pattern: '(?=lookahead)' } as (typeof pack.rules)[number];
    const error = problem(pack);
    expect(error.status).toBe(400);
    expect(error.code).toBe('guidelines.invalid_rule_set');
    expect(error.errors).toEqual([
      { field: `rules[${index}].pattern`, message: jasmine.stringContaining(`(rule "${id}")`) },
    ]);
  });

  it('names top-level fields and rules without an id', () => {
    expect(problem({ ...defaultRulePack(), name: '' }).errors?.[0].field).toBe('name');
    const pack = defaultRulePack();
    expect(problem({ ...pack, rules: [...pack.rules, { kind: 'pattern' }] }).errors?.[0].field).toBe(
      `rules[${pack.rules.length}].id`,
    );
  });

  it('turns input the validator cannot read into a 400 as well', () => {
    for (const bad of [null, 'text', 42, { ...defaultRulePack(), rules: [null] }]) {
      expect(problem(bad).status).withContext(JSON.stringify(bad)?.slice(0, 40)).toBe(400);
    }
  });
});
