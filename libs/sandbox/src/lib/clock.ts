import type { Resettable } from './http/sandbox-server';

export interface ClockState {
  now: string;
  frozen: boolean;
  /** How far the sandbox clock is ahead of the machine's clock (negative: behind). */
  offsetSeconds: number;
}

/**
 * The sandbox's notion of "now": token and code expiry, post ages (metrics), rate-limit windows and
 * daily quotas all read it, so tests can jump hours or days ahead without sleeping. It runs with the
 * machine's clock plus an offset, or stands still when frozen.
 */
export class SandboxClock implements Resettable {
  private offsetMs = 0;
  private frozenAtMs: number | null = null;

  constructor(private readonly machineNow: () => number = Date.now) {}

  nowMs(): number {
    return this.frozenAtMs ?? this.machineNow() + this.offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  set(date: Date): void {
    if (Number.isNaN(date.getTime())) throw new RangeError('Not a valid date');
    if (this.frozenAtMs !== null) this.frozenAtMs = date.getTime();
    else this.offsetMs = date.getTime() - this.machineNow();
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds)) throw new RangeError('advanceSeconds must be a finite number');
    this.set(new Date(this.nowMs() + seconds * 1000));
  }

  freeze(frozen: boolean): void {
    if (frozen && this.frozenAtMs === null) this.frozenAtMs = this.nowMs();
    if (!frozen && this.frozenAtMs !== null) {
      this.offsetMs = this.frozenAtMs - this.machineNow();
      this.frozenAtMs = null;
    }
  }

  state(): ClockState {
    const now = this.nowMs();
    return {
      now: new Date(now).toISOString(),
      frozen: this.frozenAtMs !== null,
      offsetSeconds: Math.round((now - this.machineNow()) / 1000),
    };
  }

  reset(): void {
    this.offsetMs = 0;
    this.frozenAtMs = null;
  }
}

/** Start of the next UTC day after `now`, when daily quotas reset. */
export function nextUtcMidnight(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

/** `YYYY-MM-DD` of the UTC day, the key of a daily quota. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}
