import { AuthExpired, Duplicate, RateLimited, Rejected, Transient, UnknownOutcome } from '@chorus/server/networks/port';
import { nextUtcMidnight, toLinkedInError } from './linkedin-errors';

describe('toLinkedInError', () => {
  const now = new Date('2026-09-15T18:30:00Z');
  const answered = (status: number, data: unknown) => ({
    isAxiosError: true,
    message: 'Request failed',
    config: { headers: { Authorization: 'Bearer SECRET-TOKEN' } },
    response: { status, data },
  });
  const unanswered = (code: string) => ({
    isAxiosError: true,
    code,
    config: { headers: { Authorization: 'Bearer SECRET-TOKEN' } },
  });

  it('reads 429 as RateLimited until the next midnight UTC', () => {
    const error = toLinkedInError(answered(429, { status: 429, message: 'throttled' }), 'publish', now);
    expect(error).toBeInstanceOf(RateLimited);
    expect((error as RateLimited).resetAt.toISOString()).toBe('2026-09-16T00:00:00.000Z');
    expect(nextUtcMidnight(new Date('2026-12-31T23:59:59Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('reads 401 as AuthExpired, revoked when LinkedIn says so', () => {
    const expired = toLinkedInError(
      answered(401, { status: 401, serviceErrorCode: 65600, code: 'EXPIRED_ACCESS_TOKEN', message: 'expired' }),
      'profile',
      now,
    );
    expect(expired).toBeInstanceOf(AuthExpired);
    expect((expired as AuthExpired).revoked).toBeFalse();
    const revoked = toLinkedInError(
      answered(401, { status: 401, serviceErrorCode: 65601, code: 'REVOKED_ACCESS_TOKEN', message: 'revoked' }),
      'publish',
      now,
    );
    expect((revoked as AuthExpired).revoked).toBeTrue();
  });

  it('reads token endpoint refusals as Rejected with the description', () => {
    const error = toLinkedInError(
      answered(401, { error: 'invalid_client', error_description: 'Client authentication failed' }),
      'token',
      now,
    );
    expect(error).toBeInstanceOf(Rejected);
    expect((error as Rejected).reason).toBe('Client authentication failed');
    expect(
      toLinkedInError(answered(400, { error: 'invalid_request', error_description: 'code expired' }), 'token', now),
    ).toBeInstanceOf(Rejected);
  });

  it('reads the 422 duplicate as Duplicate with the existing post', () => {
    const body = {
      errorDetailType: 'com.linkedin.common.error.BadRequest',
      message: 'Content is a duplicate of urn:li:share:7300000000001',
      errorDetails: {
        inputErrors: [
          { code: 'DUPLICATE_POST', description: 'Content is a duplicate of urn:li:share:7300000000001', input: {} },
        ],
      },
      status: 422,
    };
    const error = toLinkedInError(answered(422, body), 'publish', now);
    expect(error).toBeInstanceOf(Duplicate);
    expect((error as Duplicate).existingRemoteId).toBe('urn:li:share:7300000000001');
  });

  it('reads other 4xx as Rejected with LinkedIn’s reason and field', () => {
    const tooLong = toLinkedInError(
      answered(422, {
        errorDetailType: 'com.linkedin.common.error.BadRequest',
        message: 'Invalid request',
        errorDetails: {
          inputErrors: [
            {
              code: 'FIELD_LENGTH_TOO_LONG',
              description: 'Field value exceeds maximum length of 3000',
              input: { inputPath: { fieldPath: '/commentary' } },
            },
          ],
        },
        status: 422,
      }),
      'publish',
      now,
    ) as Rejected;
    expect(tooLong).toBeInstanceOf(Rejected);
    expect(tooLong.reason).toBe('FIELD_LENGTH_TOO_LONG: Field value exceeds maximum length of 3000');
    expect(tooLong.field).toBe('/commentary');
    expect(tooLong.status).toBe(422);
    const retired = toLinkedInError(
      answered(426, { status: 426, code: 'NONEXISTENT_VERSION', message: 'Requested version 202401 is not active' }),
      'publish',
      now,
    ) as Rejected;
    expect(retired).toBeInstanceOf(Rejected);
    expect(retired.reason).toContain('202401');
    expect(
      toLinkedInError(answered(403, { status: 403, message: 'Not enough permissions' }), 'metrics', now),
    ).toBeInstanceOf(Rejected);
    expect((toLinkedInError(answered(400, 'not json'), 'publish', now) as Rejected).reason).toBe('HTTP 400');
  });

  it('reads 5xx as Transient, also during publish', () => {
    for (const status of [500, 502, 503, 504]) {
      expect(toLinkedInError(answered(status, { status, message: 'down' }), 'publish', now))
        .withContext(String(status))
        .toBeInstanceOf(Transient);
    }
  });

  it('reads failures before sending as Transient, and no answer during publish as UnknownOutcome', () => {
    expect(toLinkedInError(unanswered('ECONNREFUSED'), 'publish', now)).toBeInstanceOf(Transient);
    expect(toLinkedInError(unanswered('ENOTFOUND'), 'publish', now)).toBeInstanceOf(Transient);
    for (const code of ['ECONNABORTED', 'ETIMEDOUT', 'ECONNRESET', 'ERR_BAD_RESPONSE']) {
      expect(toLinkedInError(unanswered(code), 'publish', now))
        .withContext(code)
        .toBeInstanceOf(UnknownOutcome);
      expect(toLinkedInError(unanswered(code), 'delete', now))
        .withContext(code)
        .toBeInstanceOf(Transient);
    }
  });

  it('never lets the raw error, or a token, through', () => {
    const error = toLinkedInError(answered(400, { message: 'bad token SECRET-TOKEN' }), 'publish', now, [
      'SECRET-TOKEN',
    ]);
    expect(error.message).not.toContain('SECRET-TOKEN');
    expect(JSON.stringify(error)).not.toContain('SECRET-TOKEN');
    expect((error as Error & { cause?: unknown }).cause).toBeUndefined();
    expect(toLinkedInError(new Error('Bearer SECRET-TOKEN'), 'profile', now).message).not.toContain('SECRET');
  });
});
