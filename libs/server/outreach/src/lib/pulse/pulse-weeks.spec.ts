import { addWeeks, isMonday, mondayOf } from './pulse-weeks';

describe('pulse weeks', () => {
  it('finds the Monday of the UTC week', () => {
    expect(mondayOf(new Date('2026-11-26T03:00:00Z'))).toBe('2026-11-23');
    expect(mondayOf(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
    expect(mondayOf(new Date('2026-11-29T23:59:59Z'))).toBe('2026-11-23');
    expect(mondayOf(new Date('2027-01-01T12:00:00Z'))).toBe('2026-12-28');
  });

  it('accepts only real Mondays', () => {
    expect(isMonday('2026-11-23')).toBeTrue();
    expect(isMonday('2026-11-24')).toBeFalse();
    expect(isMonday('2026-02-30')).toBeFalse();
    expect(isMonday('23.11.2026')).toBeFalse();
  });

  it('steps whole weeks', () => {
    expect(addWeeks('2026-12-28', 1)).toBe('2027-01-04');
    expect(addWeeks('2026-11-23', -2)).toBe('2026-11-09');
  });
});
