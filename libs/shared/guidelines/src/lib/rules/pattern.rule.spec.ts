import { check } from '../engine';
import { requiredLiterals } from '../text/required-literals';
import { input, one, slices } from '../test-helpers';

describe('guidelines rule: pattern', () => {
  it('reports every match with UTF-16 ranges after astral characters', () => {
    const text = '😀 ticket ACME-1234-QX and acme-9999-ab';
    const c = one({ kind: 'pattern', pattern: 'ACME-\\d{4}-[A-Z]{2}', caseInsensitive: true });
    expect(slices(text, check(c, input(text))[0].ranges)).toEqual(['ACME-1234-QX', 'acme-9999-ab']);
  });
  it('finds matches whether or not a required literal could be extracted', () => {
    expect(check(one({ kind: 'pattern', pattern: '\\d{3}|xyz' }), input('a 123')).length).toBe(1);
    expect(check(one({ kind: 'pattern', pattern: 'colou?r scheme' }), input('Color Scheme')).length).toBe(0);
    expect(check(one({ kind: 'pattern', pattern: 'colou?r scheme', caseInsensitive: true }), input('Color Scheme')).length).toBe(1);
  });
  it('extracts only literals every match must contain', () => {
    expect(requiredLiterals('a|b')).toBeNull();
    expect(requiredLiterals('ACME-\\d{4}')).toEqual(['acme-']);
    expect(requiredLiterals('(?:corp|lan)\\b')).toEqual(['corp', 'lan']);
    expect(requiredLiterals('x(abc)?yz')).toBeNull();
  });
});
