import { check } from '../engine';
import { input, one } from '../test-helpers';
import { zonedTimeToUtc } from './quiet-period.rule';

describe('guidelines rule: quiet-period', () => {
  it('converts local wall-clock times across DST', () => {
    expect(new Date(zonedTimeToUtc('2026-01-15T00:00', 'Europe/Berlin')).toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(new Date(zonedTimeToUtc('2026-07-01T00:00', 'Europe/Amsterdam')).toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(new Date(zonedTimeToUtc('2026-03-29T03:30', 'Europe/Berlin')).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
  const c = one({ kind: 'quiet-period', severity: 'block', windows: [{ start: '2026-03-28T22:00', end: '2026-03-29T04:00', timeZone: 'Europe/Berlin' }], topics: ['earnings'] });
  it('blocks on-topic posts inside the window, end exclusive, across a DST change', () => {
    const at = (iso: string): number => check(c, input('x', { at: iso, topics: ['earnings'] })).length;
    expect(at('2026-03-28T20:59:59Z')).toBe(0);
    expect(at('2026-03-28T21:00:00Z')).toBe(1);
    expect(at('2026-03-29T01:59:59Z')).toBe(1);
    expect(at('2026-03-29T02:00:00Z')).toBe(0);
  });
});
