import { check } from '../engine';
import { input, one } from '../test-helpers';

describe('guidelines rule: regulated-claims', () => {
  const c = one({
    kind: 'regulated-claims', category: 'financial', severity: 'block',
    claims: [{ term: 'guaranteed returns' }, { term: 'low risk', severity: 'warn' }],
    disclaimers: ['not financial advice'], appendDisclaimer: { en: '(Not financial advice.)' },
  });
  it('flags claims without a disclaimer at the highest claim severity and offers the disclaimer', () => {
    const [f] = check(c, input('Low risk and guaranteed returns'));
    expect(f.severity).toBe('block');
    expect(f.ranges.length).toBe(2);
    expect(f.fix?.edits[0].replacement).toBe(' (Not financial advice.)');
    expect(check(c, input('low risk'))[0].severity).toBe('warn');
  });
  it('accepts the claim with a disclaimer', () => {
    expect(check(c, input('Guaranteed returns! NOT financial advice')).length).toBe(0);
  });
});
