import { check } from '../engine';
import { input, one, slices } from '../test-helpers';

describe('guidelines rule: banned-terms', () => {
  const c = one({
    kind: 'banned-terms',
    severity: 'block',
    terms: [{ term: 'Geschäftsgeheimnis' }, { term: 'Müller Straße', severity: 'warn' }, { term: 'café crème', replacement: 'coffee' }, { term: 'secret' }, { term: 'secret project' }],
  });
  it('matches case-, accent- and umlaut-insensitively with ranges in the original text', () => {
    const text = '😀 GESCHAEFTSGEHEIMNIS, mueller strasse und CAFE CREME';
    const f = check(c, input(text));
    expect(f.map((x) => x.severity)).toEqual(['block', 'warn', 'block']);
    expect(f.flatMap((x) => slices(text, x.ranges))).toEqual(['GESCHAEFTSGEHEIMNIS', 'mueller strasse', 'CAFE CREME']);
  });
  it('maps ranges back through ß → ss and decomposed umlauts', () => {
    const text = 'Die Mu\u0308ller Straße';
    const [f] = check(c, input(text));
    expect(slices(text, f.ranges)).toEqual(['Mu\u0308ller Straße']);
  });
  it('respects word boundaries and prefers the longest term', () => {
    expect(check(c, input('secretary')).length).toBe(0);
    const text = 'our secret project';
    const f = check(c, input(text));
    expect(f.length).toBe(1);
    expect(slices(text, f[0].ranges)).toEqual(['secret project']);
  });
  it('offers removal or the configured replacement', () => {
    const text = 'a secret b';
    expect(check(c, input(text))[0].fix?.edits).toEqual([{ start: 1, end: 8, replacement: '' }]);
    expect(check(c, input('Café crème?'))[0].fix?.edits).toEqual([{ start: 0, end: 10, replacement: 'coffee' }]);
  });
});
