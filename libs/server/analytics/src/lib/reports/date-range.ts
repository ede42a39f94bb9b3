import { invalid } from '@chorus/server/core';
import { addDays, dayCount, isDay } from '../rollups/utc-days';

/** The longest range a report covers: a year, leap day included. */
export const MAX_RANGE_DAYS = 366;
/** Without `from`, reports cover 30 days ending with `to`. */
export const DEFAULT_RANGE_DAYS = 30;

export interface DayRange {
  from: string;
  to: string;
}

/**
 * The inclusive day range of a report from the query's optional `from` and `to`; `today` is the UTC day
 * of the injected clock. Malformed or impossible ranges are 400s naming the field the caller gave.
 */
export function resolveRange(query: { from?: string; to?: string }, today: string): DayRange {
  for (const field of ['from', 'to'] as const) {
    const value = query[field];
    if (value !== undefined && !isDay(value)) throw invalid(field, 'must be a day (YYYY-MM-DD)');
  }
  const to = query.to ?? today;
  const from = query.from ?? addDays(to, 1 - DEFAULT_RANGE_DAYS);
  if (from > to) {
    throw query.to === undefined
      ? invalid('from', 'must not be after today')
      : invalid('to', 'must not be before from');
  }
  if (dayCount(from, to) > MAX_RANGE_DAYS) {
    throw invalid('from', `must be at most ${MAX_RANGE_DAYS} days before to (both included)`);
  }
  return { from, to };
}

/** The last `days` days up to and including `today` (leaderboard periods). */
export function lastDays(days: number, today: string): DayRange {
  return { from: addDays(today, 1 - days), to: today };
}
