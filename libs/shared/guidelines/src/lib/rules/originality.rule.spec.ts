import { check } from '../engine';
import { input, one } from '../test-helpers';

describe('guidelines rule: originality', () => {
  const c = one({ kind: 'originality', severity: 'info', threshold: 0.5, severityByNetwork: { x: 'block' } });
  const s = 'Our new dashboard shows every campaign in real time for every team.';
  it('blocks near-copies of the suggested text on X, informs on LinkedIn', () => {
    const f = check(c, input(s + ' https://go.acme.com/l/1', { networks: ['x', 'linkedin'], contentItem: { url: 'u', isCompanyContent: true, suggestedTexts: [s] } }));
    expect(f.map((x) => [x.network, x.severity])).toEqual([['linkedin', 'info'], ['x', 'block']]);
  });
  it('compares with colleagues only when the server supplies their posts', () => {
    expect(check(c, input(s, { networks: ['x'] })).length).toBe(0);
    expect(check(c, input(s, { networks: ['x'], comparisonTexts: [s.toUpperCase()] })).length).toBe(1);
    expect(check(c, input('Something completely different about our summer party.', { networks: ['x'], comparisonTexts: [s] })).length).toBe(0);
  });
});
