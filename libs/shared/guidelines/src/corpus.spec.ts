import { check, compileRuleSet, type CheckInput, type Finding, type RuleSet } from './index';
import ruleSet from './corpus/acme.rule-set.json';
import corpus from './corpus/posts.corpus.json';

interface Expected {
  ruleId: string;
  severity: string;
  ranges: { start: number; end: number }[];
  network?: string;
}

/** The comparable part of a finding: rule, severity, ranges, network (messages are covered elsewhere). */
function key(f: Expected | Finding): string {
  return JSON.stringify([f.ruleId, f.severity, f.ranges.map((r) => [r.start, r.end]), f.network ?? null]);
}

describe('guidelines corpus (labelled posts)', () => {
  const compiled = compileRuleSet(ruleSet as unknown as RuleSet);

  it('holds at least 200 posts in EN, DE and NL', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(200);
    const langs = new Set(corpus.cases.map((c) => c.input.language));
    for (const l of ['en', 'de', 'nl']) expect(langs).toContain(l);
  });

  for (const c of corpus.cases) {
    it(`${c.id}`, () => {
      const findings = check(compiled, c.input as CheckInput);
      const actual = findings.map(key).sort();
      const expected = (c.expected as Expected[]).map(key).sort();
      expect(actual).withContext(`${c.id}: ${JSON.stringify(c.input.text.slice(0, 120))}`).toEqual(expected);
      for (const f of findings) {
        for (const r of f.ranges) {
          expect(r.start).toBeGreaterThanOrEqual(0);
          expect(r.end).toBeLessThanOrEqual(c.input.text.length);
        }
        expect(f.message).not.toMatch(/\{\w+\}/);
      }
    });
  }
});
