const DAY_MS = 86_400_000;

/** The UTC calendar day (`YYYY-MM-DD`) of an instant: X bills reads per UTC day, and reports count in them. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The day `days` after (or before, when negative) a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}
