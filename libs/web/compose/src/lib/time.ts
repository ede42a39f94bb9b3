/*
 * Times in the advocate's browser: the composer and My posts show and take local wall-clock times and send
 * ISO 8601 instants with the local offset (e.g. 2026-11-26T09:30:00+01:00), so the server sees both.
 */

const pad = (n: number, width = 2) => String(Math.trunc(Math.abs(n))).padStart(width, '0');

/** The browser's IANA time zone, e.g. Europe/Berlin (UTC when the browser does not say). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** `2026-11-26T09:30:00+01:00`: the local wall-clock time of `date` with the local offset. */
export function isoWithOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

/** A local date (`YYYY-MM-DD`) and time (`HH:MM`) as a Date, or null when either is incomplete or invalid. */
export function localDateTime(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hours, minutes] = [+d[1], +d[2], +d[3], +t[1], +t[2]];
  const value = new Date(year, month - 1, day, hours, minutes, 0, 0);
  if (Number.isNaN(value.getTime()) || value.getMonth() !== month - 1 || value.getDate() !== day) return null;
  return value;
}

/** The `<input type="date">` value of an instant, in the browser's zone. */
export function dateInputValue(at: string | Date): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The `<input type="time">` value of an instant, in the browser's zone. */
export function timeInputValue(at: string | Date): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "Europe/Berlin (GMT+1)": a zone's name and current offset, for labels. */
export function zoneLabel(timeZone: string = browserTimeZone(), at: Date = new Date()): string {
  try {
    const offset = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value;
    return offset ? `${timeZone} (${offset})` : timeZone;
  } catch {
    return timeZone;
  }
}

/** "Tue 26 Nov, 09:30" (with the year when it is not this year), in the browser's zone. */
export function formatWhen(at: string | null | undefined, now: Date = new Date()): string {
  if (!at) return '';
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  };
  if (date.getFullYear() !== now.getFullYear()) options.year = 'numeric';
  return new Intl.DateTimeFormat('en-GB', options).format(date);
}

/** Every IANA zone the browser knows, for the time-zone picker (a short list where it cannot tell). */
export function supportedTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  let zones: string[] = [];
  try {
    zones = intl.supportedValuesOf?.('timeZone') ?? [];
  } catch {
    zones = [];
  }
  if (zones.length === 0) {
    zones = [
      'UTC',
      'Europe/London',
      'Europe/Berlin',
      'Europe/Amsterdam',
      'America/New_York',
      'America/Los_Angeles',
      'Asia/Tokyo',
    ];
  }
  // Intl lists UTC as "UTC" on some engines and not at all on others; the server's default is UTC.
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
