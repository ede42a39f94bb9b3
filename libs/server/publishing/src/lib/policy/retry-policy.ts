/**
 * How long a share waits before its next attempt. Pure functions; the worker stores `now + delay` as
 * the share's `dueAt`.
 */

/**
 * Exponential backoff with jitter after a transient error (timeout, 5xx). The ceiling doubles per
 * failure from `baseMs` and stops at `capMs`; the delay is uniform in [ceiling / 2, ceiling], so retries
 * of shares that failed together (a network outage) spread out while none retries too soon.
 */
export function transientRetryDelayMs(
  failures: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  const n = Math.max(1, Math.floor(failures));
  // Capping before the jitter keeps the spread at the cap too (2 ** n overflows to Infinity, min handles it).
  const ceiling = Math.max(0, Math.min(capMs, baseMs * 2 ** (n - 1)));
  return Math.round(ceiling / 2 + unit(random) * (ceiling / 2));
}

const RESET_JITTER_MIN_MS = 1_000;
const RESET_JITTER_SPAN_MS = 4_000;

/**
 * After a rate limit: wait until the reset the network announced, plus 1–5 s so that the many shares
 * held back by the same limit do not all hit the network in the same second. A reset in the past
 * (clock skew, stale header) waits only the jitter.
 */
export function rateLimitDelayMs(resetAt: Date, now: Date, random: () => number = Math.random): number {
  const untilReset = resetAt.getTime() - now.getTime();
  const wait = Number.isFinite(untilReset) && untilReset > 0 ? untilReset : 0;
  return Math.round(wait + RESET_JITTER_MIN_MS + unit(random) * RESET_JITTER_SPAN_MS);
}

/** `random()` clamped to [0, 1]: a faulty source must not produce negative or huge delays. */
function unit(random: () => number): number {
  const r = random();
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}
