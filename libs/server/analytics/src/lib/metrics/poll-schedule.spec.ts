import { METRICS_WINDOW_MS, nextPollAt } from './poll-schedule';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('nextPollAt', () => {
  const published = new Date('2026-03-01T10:00:00Z');
  const at = (ageMs: number) => new Date(published.getTime() + ageMs);
  const after = (ageMs: number) => {
    const next = nextPollAt(published, at(ageMs));
    return next === null ? null : next.getTime() - at(ageMs).getTime();
  };

  it('reads hourly while the post is younger than 48 hours', () => {
    expect(after(0)).toBe(HOUR);
    expect(after(5 * 60_000)).toBe(HOUR);
    expect(after(48 * HOUR - 1)).toBe(HOUR);
  });

  it('reads daily from 48 hours to 7 days', () => {
    expect(after(48 * HOUR)).toBe(DAY);
    expect(after(6 * DAY)).toBe(DAY);
    expect(after(7 * DAY - 1)).toBe(DAY);
  });

  it('reads weekly from 7 to 30 days, the last read an hour before 30 days', () => {
    expect(after(7 * DAY)).toBe(7 * DAY);
    expect(after(20 * DAY)).toBe(7 * DAY);
    // 25 days old: a week later would be 32 days; the last read is at 30 days less an hour instead.
    expect(nextPollAt(published, at(25 * DAY))?.toISOString()).toBe(at(METRICS_WINDOW_MS - HOUR).toISOString());
  });

  it('finishes at 30 days (and in the hour before, when the last read was due)', () => {
    expect(after(METRICS_WINDOW_MS)).toBeNull();
    expect(after(METRICS_WINDOW_MS + DAY)).toBeNull();
    expect(after(METRICS_WINDOW_MS - HOUR)).toBeNull();
    expect(after(METRICS_WINDOW_MS - HOUR - 1)).toBe(1);
  });
});
