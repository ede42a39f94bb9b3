const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` of the Monday (UTC) of the week `at` falls in. */
export function mondayOf(at: Date): string {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  return new Date(day - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar day (`2026-02-30` is not) that is a Monday. */
export function isMonday(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCDay() === 1;
}

export function addWeeks(monday: string, weeks: number): string {
  return new Date(Date.parse(`${monday}T00:00:00.000Z`) + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** Midnight UTC that starts the day. */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}
