import { DigestFrequency, LIKERT_LABELS, UnsubscribeKind, WebhookKind } from '@chorus/shared/contracts';

export const DIGEST_OPTIONS: ReadonlyArray<{ value: DigestFrequency; label: string; description: string }> = [
  {
    value: 'daily',
    label: 'Daily',
    description: 'One e-mail a day with the new content for your groups, when there is any.',
  },
  { value: 'weekly', label: 'Weekly', description: 'One e-mail a week with the best new content of the week.' },
  { value: 'off', label: 'Off', description: 'No digest e-mails. New content still shows in your feed.' },
];

/** What an unsubscribe link switched off, as the end of "You will no longer receive …". */
export const UNSUBSCRIBE_LABELS: Readonly<Record<UnsubscribeKind, string>> = {
  digest: 'digest e-mails',
  nudges: 'reminders',
  pulse: 'pulse e-mails',
};

export const WEBHOOK_KIND_LABELS: Readonly<Record<WebhookKind, string>> = {
  slack: 'Slack',
  teams: 'Microsoft Teams',
};

/** ISO weekday (1 = Monday) → name. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** 1..5 → "Agree" etc.; null outside the scale. */
export function likertLabel(value: number): string | null {
  return Number.isInteger(value) && value >= 1 && value <= 5 ? LIKERT_LABELS[value - 1] : null;
}

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the Monday (UTC) of the week `date` falls in. */
export function mondayOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const offset = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - offset * DAY_MS).toISOString().slice(0, 10);
}

/** This week's Monday and the `count - 1` following ones. */
export function upcomingMondays(now: Date, count = 8): string[] {
  const first = Date.parse(`${mondayOf(now)}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(first + i * 7 * DAY_MS).toISOString().slice(0, 10));
}

/** `2026-11-23` → "23 Nov 2026" (read as a UTC date, so no time zone shifts it). */
export function weekLabel(weekStart: string): string {
  const date = new Date(`${weekStart}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return weekStart;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** `2026-11-23` → "23 Nov", for chart axes. */
export function shortWeekLabel(weekStart: string): string {
  const date = new Date(`${weekStart}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return weekStart;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}
