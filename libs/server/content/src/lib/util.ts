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

export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
