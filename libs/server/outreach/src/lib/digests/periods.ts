/** UTC calendar helpers for digest periods: pure, so the tick's decisions can be tested without a clock. */

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the UTC day. */
export function utcDayKey(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** ISO weekday of the UTC day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(at: Date): number {
  return ((at.getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week of the UTC day, `YYYY-Www` (the year is the week's, which differs around New Year). */
export function isoWeekKey(at: Date): string {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  // The Thursday of this week decides the week's year.
  const thursday = new Date(day + (4 - isoWeekday(at)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export type DigestCadence = 'daily' | 'weekly';

/** The period key of the digest a cadence sends at `at`. */
export function digestPeriodKey(cadence: DigestCadence, at: Date): string {
  return cadence === 'daily' ? utcDayKey(at) : isoWeekKey(at);
}

/** How far back a first digest looks (there is no earlier delivery to start from). */
export function digestLookbackMs(cadence: DigestCadence): number {
  return (cadence === 'daily' ? 1 : 7) * DAY_MS;
}

export interface DigestSchedule {
  digestHourUtc: number;
  weeklyDigestDay: number;
}

/**
 * Which cadences are due at `at`: from the digest hour on (a worker that was down at the hour catches up
 * later that day), daily every day and weekly on the weekly day. `force` (an admin's "run now") ignores both.
 */
export function dueCadences(schedule: DigestSchedule, at: Date, force = false): DigestCadence[] {
  if (force) return ['daily', 'weekly'];
  if (at.getUTCHours() < schedule.digestHourUtc) return [];
  return isoWeekday(at) === schedule.weeklyDigestDay ? ['daily', 'weekly'] : ['daily'];
}

export function daysBefore(at: Date, days: number): Date {
  return new Date(at.getTime() - days * DAY_MS);
}
