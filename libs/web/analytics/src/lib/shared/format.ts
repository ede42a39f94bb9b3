import { MetricsAvailability } from '@chorus/shared/contracts';
import { networkLabel } from '@chorus/web/ui';

/** Shown where a network does not report a figure (never 0: unknown is not nothing). */
export const NOT_AVAILABLE = 'Not available';

const LOCALE = 'en-GB';

/** 1234 → "1,234". */
export function formatCount(value: number): string {
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }).format(value);
}

/** 0.0234 → "2.3%". */
export function formatPercent(rate: number, digits = 1): string {
  return new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: digits }).format(rate);
}

/** 1234.5, "EUR" → "€1,234.50"; an unknown currency code falls back to "1,234.50 XYZ". */
export function formatMoney(value: number, currency: string, digits = 2): string {
  try {
    return new Intl.NumberFormat(LOCALE, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(value);
  } catch {
    return `${value.toFixed(digits)} ${currency}`;
  }
}

/** A rate such as a CPC, with as many decimals as it needs (at least two). */
export function formatRate(value: number, currency: string): string {
  const decimals = Math.min(4, Math.max(2, (String(value).split('.')[1] ?? '').length));
  return formatMoney(value, currency, decimals);
}

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago". */
export function relativeTime(iso: string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  if (Number.isNaN(seconds)) return '';
  if (Math.abs(seconds) < 45) return 'just now';
  const format = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 24) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}

/** "Figures updated 5 minutes ago" (or that they were never computed). */
export function updatedLabel(updatedAt: string | null, now: Date = new Date()): string {
  return updatedAt ? `Figures updated ${relativeTime(updatedAt, now)}` : 'Figures have not been computed yet';
}

/**
 * Why impressions and engagements are (partly) missing: the networks that do not report them, with their
 * reasons. Empty when every network in the filter reports metrics.
 */
export function availabilityNote(availability: readonly MetricsAvailability[]): string {
  return availability
    .filter((entry) => !entry.available)
    .map((entry) => entry.reason ?? `${networkLabel(entry.network)} does not report metrics`)
    .join(' · ');
}

/** "Covers X only" when some networks report metrics and others do not; null when all or none do. */
export function coverageNote(availability: readonly MetricsAvailability[]): string | null {
  const reporting = availability.filter((entry) => entry.available);
  if (reporting.length === 0 || reporting.length === availability.length) return null;
  return `${reporting.map((entry) => networkLabel(entry.network)).join(' and ')} only`;
}

/** "12 Mar" for a `YYYY-MM-DD` day (a UTC calendar day). */
export function shortDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(date);
}

/** "12 Mar 2030" for a `YYYY-MM-DD` day. */
export function longDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}
