import { rateLimitDelayMs, transientRetryDelayMs } from './retry-policy';

describe('transientRetryDelayMs', () => {
  const lo = () => 0;
  const hi = () => 1;
  const mid = () => 0.5;

  it('stays in [ceiling/2, ceiling] with the ceiling doubling per failure', () => {
    expect(transientRetryDelayMs(1, 1000, 60_000, lo)).toBe(500);
    expect(transientRetryDelayMs(1, 1000, 60_000, hi)).toBe(1000);
    expect(transientRetryDelayMs(2, 1000, 60_000, lo)).toBe(1000);
    expect(transientRetryDelayMs(2, 1000, 60_000, hi)).toBe(2000);
    expect(transientRetryDelayMs(3, 1000, 60_000, mid)).toBe(3000);
    expect(transientRetryDelayMs(5, 1000, 60_000, hi)).toBe(16_000);
  });

  it('caps at capMs and keeps jitter at the cap', () => {
    expect(transientRetryDelayMs(7, 1000, 60_000, hi)).toBe(60_000); // 64 s > 60 s
    expect(transientRetryDelayMs(7, 1000, 60_000, lo)).toBe(30_000);
    expect(transientRetryDelayMs(50, 1000, 60_000, hi)).toBe(60_000);
    expect(transientRetryDelayMs(5000, 1000, 60_000, mid)).toBe(45_000); // 2 ** 4999 is Infinity
  });

  it('treats failures below 1 as the first failure', () => {
    expect(transientRetryDelayMs(0, 1000, 60_000, hi)).toBe(1000);
    expect(transientRetryDelayMs(-3, 1000, 60_000, hi)).toBe(1000);
  });

  it('never leaves the range with a misbehaving random source', () => {
    expect(transientRetryDelayMs(1, 1000, 60_000, () => 7)).toBe(1000);
    expect(transientRetryDelayMs(1, 1000, 60_000, () => -1)).toBe(500);
    expect(transientRetryDelayMs(1, 1000, 60_000, () => NaN)).toBe(500);
  });

  it('uses Math.random by default and stays in range', () => {
    for (let i = 0; i < 200; i++) {
      const d = transientRetryDelayMs(4, 1000, 60_000);
      expect(d).toBeGreaterThanOrEqual(4000);
      expect(d).toBeLessThanOrEqual(8000);
    }
  });
});

describe('rateLimitDelayMs', () => {
  const now = new Date('2026-11-24T13:00:00Z');

  it('waits until the announced reset plus 1–5 s', () => {
    const reset = new Date('2026-11-24T13:15:00Z');
    expect(rateLimitDelayMs(reset, now, () => 0)).toBe(15 * 60_000 + 1000);
    expect(rateLimitDelayMs(reset, now, () => 1)).toBe(15 * 60_000 + 5000);
    expect(rateLimitDelayMs(reset, now, () => 0.25)).toBe(15 * 60_000 + 2000);
  });

  it('waits only the jitter when the reset is now or in the past', () => {
    expect(rateLimitDelayMs(now, now, () => 0)).toBe(1000);
    expect(rateLimitDelayMs(new Date('2026-11-24T12:00:00Z'), now, () => 0)).toBe(1000);
    expect(rateLimitDelayMs(new Date('2026-11-24T12:00:00Z'), now, () => 1)).toBe(5000);
  });

  it('is never negative, even for an invalid reset date', () => {
    expect(rateLimitDelayMs(new Date(NaN), now, () => 0.5)).toBe(3000);
    expect(rateLimitDelayMs(new Date(0), now, () => -5)).toBe(1000);
  });

  it('spreads a herd of shares over the 4 s window', () => {
    const reset = new Date('2026-11-24T13:01:00Z');
    const delays = Array.from({ length: 100 }, () => rateLimitDelayMs(reset, now));
    for (const d of delays) {
      expect(d).toBeGreaterThanOrEqual(61_000);
      expect(d).toBeLessThanOrEqual(65_000);
    }
    expect(new Set(delays).size).toBeGreaterThan(10);
  });
});
