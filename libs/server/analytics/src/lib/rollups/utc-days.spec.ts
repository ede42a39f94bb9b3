import { contiguousRanges } from './analytics-rollups';
import { addDays, dayCount, eachDay, isDay } from './utc-days';

describe('UTC days', () => {
  it('knows real calendar days', () => {
    expect(isDay('2024-02-29')).toBeTrue();
    expect(isDay('2025-02-29')).toBeFalse();
    expect(isDay('2025-1-01')).toBeFalse();
  });

  it('adds days across months and counts them inclusively', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(dayCount('2026-01-01', '2026-01-01')).toBe(1);
    expect(eachDay('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });

  it('merges days into runs of consecutive days for the rollup transactions', () => {
    expect(contiguousRanges(['2026-01-03', '2026-01-01', '2026-01-02', '2026-01-05', '2026-01-02'])).toEqual([
      ['2026-01-01', '2026-01-03'],
      ['2026-01-05', '2026-01-05'],
    ]);
  });
});
