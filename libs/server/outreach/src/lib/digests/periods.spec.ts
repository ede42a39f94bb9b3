import { dueCadences, isoWeekday, isoWeekKey, utcDayKey } from './periods';

describe('digest periods', () => {
  it('names UTC days and ISO weeks, with the week-year around New Year', () => {
    expect(utcDayKey(new Date('2026-11-26T23:59:59Z'))).toBe('2026-11-26');
    expect(isoWeekKey(new Date('2026-11-26T12:00:00Z'))).toBe('2026-W48');
    expect(isoWeekKey(new Date('2027-01-01T12:00:00Z'))).toBe('2026-W53');
    expect(isoWeekKey(new Date('2024-12-30T00:00:00Z'))).toBe('2025-W01');
    expect(isoWeekKey(new Date('2026-01-04T23:00:00Z'))).toBe('2026-W01');
    expect(isoWeekday(new Date('2026-11-23T00:00:00Z'))).toBe(1);
    expect(isoWeekday(new Date('2026-11-29T00:00:00Z'))).toBe(7);
  });

  it('is due from the digest hour on, weekly only on the weekly day, everything when forced', () => {
    const schedule = { digestHourUtc: 7, weeklyDigestDay: 1 };
    expect(dueCadences(schedule, new Date('2026-11-23T06:59:00Z'))).toEqual([]);
    expect(dueCadences(schedule, new Date('2026-11-23T07:00:00Z'))).toEqual(['daily', 'weekly']);
    expect(dueCadences(schedule, new Date('2026-11-23T22:00:00Z'))).toEqual(['daily', 'weekly']);
    expect(dueCadences(schedule, new Date('2026-11-24T08:00:00Z'))).toEqual(['daily']);
    expect(dueCadences(schedule, new Date('2026-11-24T03:00:00Z'), true)).toEqual(['daily', 'weekly']);
  });
});
