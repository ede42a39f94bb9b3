import { DomainError } from '@chorus/server/core';
import { QueryFailedError } from 'typeorm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);

/** True when the error is Postgres' unique violation of this named index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driver = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } })?.driverError;
  return error instanceof QueryFailedError && driver?.code === '23505' && driver.constraint === constraint;
}

export const conflictOn = (field: string, message: string) =>
  new DomainError(409, 'conflict.unique', `${field} ${message}.`, [{ field, message }]);

/** Opaque keyset cursors: base64url of a JSON tuple. */
export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, check: (values: unknown[]) => boolean): unknown[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && check(values)) return values;
  } catch {
    // fall through
  }
  throw new DomainError(400, 'validation_failed', 'cursor must be a cursor returned by the previous page', [
    { field: 'cursor', message: 'must be a cursor returned by the previous page' },
  ]);
}

/**
 * A cursor's timestamp must be what the server wrote (UTC ISO, microseconds at most) and a real date in a
 * sane range: anything else would reach Postgres as ::timestamptz and fail there (SQLSTATE 22007/22008).
 */
export function isCursorTimestamp(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?Z$/.exec(value);
  if (!match || Number.isNaN(Date.parse(value))) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // Date.UTC rolls Feb 30 over into March; Postgres refuses it: the fields must survive the round trip.
  const exact =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60;
  return exact && year >= 1970 && year <= 9999;
}

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
