import { check } from '../engine';
import { input, one, slices } from '../test-helpers';

describe('guidelines rule: competitors', () => {
  const c = one({ kind: 'competitors', names: ['Globex', 'Umbrella Corp'] });
  it('warns once per name with all its ranges', () => {
    const text = 'globex vs Globex vs UMBRELLA  CORP';
    const f = check(c, input(text));
    expect(f.length).toBe(2);
    expect(f[0].severity).toBe('warn');
    expect(slices(text, f[0].ranges)).toEqual(['globex', 'Globex']);
    expect(slices(text, f[1].ranges)).toEqual(['UMBRELLA  CORP']);
  });
});
