import { ArgumentsHost } from '@nestjs/common';
import { ProblemFilter } from '@chorus/server/core';
import { QueryFailedError } from 'typeorm';
import { isCursorTimestamp } from './util';

describe('content cursors', () => {
  it('accepts only the ISO timestamps the server itself writes into cursors', () => {
    expect(isCursorTimestamp('2024-03-01T10:00:00.123456Z')).toBeTrue();
    expect(isCursorTimestamp('2024-03-01T10:00:00Z')).toBeTrue();
    for (const bad of [
      'not-a-date',
      '2024-02-30T00:00:00.000000Z',
      '99999-01-01T00:00:00Z',
      '0000-01-01T00:00:00Z',
      'Mon, 01 Jan 2024',
      '',
      42,
    ]) {
      expect(isCursorTimestamp(bad)).withContext(String(bad)).toBeFalse();
    }
  });
});

describe('problem filter: Postgres date/time format errors', () => {
  const statusFor = (code: string) => {
    let status = 0;
    const reply = { status: (s: number) => ((status = s), reply), header: () => reply, send: () => undefined };
    const host = {
      switchToHttp: () => ({ getResponse: () => reply, getRequest: () => ({}) }),
    } as unknown as ArgumentsHost;
    const error = new QueryFailedError('SELECT 1', [], Object.assign(new Error('bad'), { code }));
    new ProblemFilter().catch(error, host);
    return status;
  };

  it('maps SQLSTATE 22007 (invalid datetime format) and 22008 (datetime field overflow) to 400 like 22P02', () => {
    expect(statusFor('22P02')).toBe(400);
    expect(statusFor('22007')).toBe(400);
    expect(statusFor('22008')).toBe(400);
  });
});
