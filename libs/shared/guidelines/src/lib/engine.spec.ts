import { check, compileRuleSet } from './engine';
import { RuleSetError } from './errors';
import type { RuleSet } from './types';
import pack from '../rule-packs/default.rule-pack.json';
import { CLAUSE, input, MSG, one } from './test-helpers';

describe('guidelines engine: compileRuleSet', () => {
  it('accepts the default rule pack, with rule texts and clauses in EN, DE and NL', () => {
    const compiled = compileRuleSet(pack as unknown as RuleSet);
    expect(compiled.version).toBe(1);
    for (const r of pack.rules) {
      for (const l of ['en', 'de', 'nl']) {
        expect((r.message as Record<string, string>)[l]).withContext(`${r.id} message ${l}`).toBeTruthy();
        expect((r.clause.text as Record<string, string>)[l]).withContext(`${r.id} clause ${l}`).toBeTruthy();
      }
    }
  });

  it('accepts the default pack with every rule enabled', () => {
    expect(() => compileRuleSet({ ...(pack as unknown as RuleSet), rules: (pack as unknown as RuleSet).rules.map((r) => ({ ...r, enabled: true })) })).not.toThrow();
  });

  const unsafe = ['(a+)+\\1', '(?<=x)y', '(?=a)b', 'a{1001}{1001}', '', 'x*', '('];
  for (const pattern of unsafe) {
    it(`rejects pattern ${JSON.stringify(pattern)} with a RuleSetError naming rule and field`, () => {
      try {
        one({ id: 'p1', kind: 'pattern', pattern });
        fail('expected RuleSetError');
      } catch (e) {
        expect(e).toBeInstanceOf(RuleSetError);
        expect((e as RuleSetError).ruleId).toBe('p1');
        expect((e as RuleSetError).field).toBe('pattern');
      }
    });
  }

  it('runs a pattern that backtracks catastrophically in JS in linear time (re2js)', () => {
    const c = one({ kind: 'pattern', pattern: '(a+)+$' });
    const text = 'a'.repeat(3000) + '!';
    const t0 = performance.now();
    check(c, input(text));
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('names the field of other invalid configs', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'banned-terms', terms: [] }, 'terms'],
      [{ kind: 'banned-terms', terms: [{ term: 'x', severity: 'fatal' }] }, 'terms[0].severity'],
      [{ kind: 'quiet-period', windows: [{ start: '2026-01-01T00:00', end: '2026-01-02T00:00', timeZone: 'Mars/Olympus' }], topics: ['a'] }, 'windows[0].timeZone'],
      [{ kind: 'quiet-period', windows: [{ start: '2026-01-02T00:00Z', end: '2026-01-01T00:00Z' }], topics: ['a'] }, 'windows[0].end'],
      [{ kind: 'originality', threshold: 2 }, 'threshold'],
      [{ kind: 'length', network: 'myspace' }, 'network'],
      [{ kind: 'nope' }, 'kind'],
      [{ kind: 'banned-terms', terms: [{ term: 'x' }], severity: 'loud' }, 'severity'],
      [{ kind: 'banned-terms', terms: [{ term: 'x' }], message: {} }, 'message'],
    ];
    for (const [rule, field] of cases) {
      let err: unknown;
      try {
        one(rule);
      } catch (e) {
        err = e;
      }
      expect(err).withContext(JSON.stringify(rule)).toBeInstanceOf(RuleSetError);
      expect((err as RuleSetError).field).withContext(JSON.stringify(rule)).toBe(field);
    }
  });

  it('rejects duplicate rule ids and a bad version', () => {
    const r = { id: 'a', kind: 'competitors', names: ['x'], enabled: true, severity: 'warn', message: MSG, clause: CLAUSE };
    expect(() => compileRuleSet({ id: 's', version: 1, name: 's', languages: ['en'], rules: [r, r] } as unknown as RuleSet)).toThrowError(RuleSetError, /another rule/);
    expect(() => compileRuleSet({ id: 's', version: 0, name: 's', languages: ['en'], rules: [] })).toThrowError(RuleSetError, /version/);
  });
});

describe('guidelines engine: check', () => {
  it('skips disabled rules and rules for other networks, groups and languages', () => {
    const base = { kind: 'competitors', names: ['Globex'] };
    expect(check(one({ ...base, enabled: false }), input('Globex')).length).toBe(0);
    expect(check(one({ ...base, networks: ['x'] }), input('Globex')).length).toBe(0);
    expect(check(one({ ...base, groups: ['g1'] }), input('Globex', { authorGroups: ['g2'] })).length).toBe(0);
    expect(check(one({ ...base, groups: ['g1'] }), input('Globex', { authorGroups: ['g1'] })).length).toBe(1);
    expect(check(one({ ...base, languages: ['de'] }), input('Globex')).length).toBe(0);
  });

  it('localises messages and clauses to the post language with a fallback', () => {
    const c = one({ kind: 'banned-terms', terms: [{ term: 'foo' }] });
    expect(check(c, input('foo', { language: 'de' }))[0].message).toBe('de foo');
    expect(check(c, input('foo', { language: 'de' }))[0].clause.text).toBe('Klausel');
    expect(check(c, input('foo', { language: 'fr' }))[0].clause.text).toBe('Clause');
  });

  it('is deterministic and does not keep state between checks', () => {
    const c = compileRuleSet(pack as unknown as RuleSet);
    const i = input('confidential idiot jane@gmail.com bit.ly/x', { networks: ['x', 'linkedin'] });
    const a = JSON.stringify(check(c, i));
    check(c, input('Ärger mit Müller'));
    expect(JSON.stringify(check(c, i))).toBe(a);
  });
});
