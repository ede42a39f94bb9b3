/*
 * Report ranges are UTC calendar days (`YYYY-MM-DD`), inclusive of both ends, as the API counts them.
 */

export const RANGE_PRESETS = [7, 30, 90] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_PRESET: RangePreset = 30;

export interface DayRange {
  from: string;
  to: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today as a UTC calendar day. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whether `value` is a real `YYYY-MM-DD` day. */
export function isDay(value: string | null | undefined): value is string {
  if (!value) return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last `days` days up to and including today. */
export function presetRange(days: number, now: Date = new Date()): DayRange {
  const to = todayUtc(now);
  return { from: addDays(to, -(days - 1)), to };
}

/** The preset a range matches (it must end today), or null for a custom range. */
export function presetOf(range: DayRange, now: Date = new Date()): RangePreset | null {
  return (
    RANGE_PRESETS.find((days) => {
      const preset = presetRange(days, now);
      return preset.from === range.from && preset.to === range.to;
    }) ?? null
  );
}

export function isPreset(value: unknown): value is RangePreset {
  return RANGE_PRESETS.includes(Number(value) as RangePreset);
}
