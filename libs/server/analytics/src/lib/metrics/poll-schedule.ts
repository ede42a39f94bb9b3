const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** X reports private metrics (and we keep reading) for 30 days after a post. */
export const METRICS_WINDOW_MS = 30 * DAY_MS;

/**
 * The last read happens an hour before the window closes: a read planned for the very end could land after
 * it, when X no longer gives private metrics and the poller no longer selects the share.
 */
const LAST_READ_BEFORE_END_MS = HOUR_MS;

/**
 * When to read a published post's metrics next. Posts gather most of their reach in the first day or two,
 * so they are read hourly while young, then daily, then weekly; null once the window is over (finished).
 */
export function nextPollAt(publishedAt: Date, now: Date): Date | null {
  const age = now.getTime() - publishedAt.getTime();
  const lastRead = publishedAt.getTime() + METRICS_WINDOW_MS - LAST_READ_BEFORE_END_MS;
  if (age >= METRICS_WINDOW_MS || now.getTime() >= lastRead) return null;
  const step = age < 48 * HOUR_MS ? HOUR_MS : age < 7 * DAY_MS ? DAY_MS : 7 * DAY_MS;
  return new Date(Math.min(now.getTime() + step, lastRead));
}
