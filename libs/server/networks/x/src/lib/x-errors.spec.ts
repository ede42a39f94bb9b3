import { AuthExpired, Duplicate, RateLimited, Rejected, Transient, UnknownOutcome } from '@chorus/server/networks/port';
import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';
import { toXError } from './x-errors';

type ResponseOptions = ConstructorParameters<typeof ApiResponseError>[1];

describe('toXError', () => {
  const now = new Date('2026-09-15T09:00:00Z');
  const request = { getHeader: () => 'Bearer SECRET-TOKEN' };
  const answered = (code: number, data: unknown, extra: Partial<ResponseOptions> = {}) =>
    new ApiResponseError(`Request failed with code ${code}`, {
      code,
      data,
      headers: {},
      request,
      response: {},
      ...extra,
    } as unknown as ResponseOptions);
  const unanswered = (error: Error & { code?: string }) =>
    new ApiRequestError('Request failed.', { request, error } as unknown as ConstructorParameters<
      typeof ApiRequestError
    >[1]);
  const problem = (status: number, detail: string) => ({ title: 'x', detail, type: 'about:blank', status });

  it('reads 429 as RateLimited until the reset X announced', () => {
    const error = toXError(
      answered(429, problem(429, 'Too Many Requests'), {
        rateLimit: { limit: 100, remaining: 0, reset: 1_789_462_800 },
      }),
      'publish',
      now,
    );
    expect(error).toBeInstanceOf(RateLimited);
    expect((error as RateLimited).resetAt.getTime()).toBe(1_789_462_800_000);
  });

  it('prefers an exhausted 24-hour cap, and falls back to the header or 15 minutes', () => {
    const day = toXError(
      answered(429, problem(429, 'Too Many Requests'), {
        rateLimit: { limit: 100, remaining: 40, reset: 1_000, day: { limit: 10_000, remaining: 0, reset: 2_000 } },
      }),
      'publish',
      now,
    ) as RateLimited;
    expect(day.resetAt.getTime()).toBe(2_000_000);
    const header = toXError(
      answered(429, null, { headers: { 'x-rate-limit-reset': '3000' } }),
      'metrics',
      now,
    ) as RateLimited;
    expect(header.resetAt.getTime()).toBe(3_000_000);
    const none = toXError(answered(429, null), 'metrics', now) as RateLimited;
    expect(none.resetAt.toISOString()).toBe('2026-09-15T09:15:00.000Z');
  });

  it('reads 401 as AuthExpired, and a refused refresh token too', () => {
    expect(toXError(answered(401, problem(401, 'Unauthorized')), 'publish', now)).toBeInstanceOf(AuthExpired);
    const refresh = toXError(
      answered(400, { error: 'invalid_request', error_description: 'Value passed for the token was invalid.' }),
      'refresh',
      now,
    );
    expect(refresh).toBeInstanceOf(AuthExpired);
    expect(refresh.message).toContain('Value passed for the token was invalid.');
  });

  it('reads a refused code exchange as Rejected', () => {
    const error = toXError(
      answered(400, {
        error: 'invalid_request',
        error_description: 'Value passed for the authorization code was invalid.',
      }),
      'exchange',
      now,
    );
    expect(error).toBeInstanceOf(Rejected);
    expect((error as Rejected).reason).toBe('Value passed for the authorization code was invalid.');
  });

  it('reads the 403 duplicate as Duplicate and other 4xx as Rejected with X’s reason', () => {
    expect(
      toXError(
        answered(403, problem(403, 'You are not allowed to create a Tweet with duplicate content.')),
        'publish',
        now,
      ),
    ).toBeInstanceOf(Duplicate);
    const tooLong = toXError(
      answered(422, problem(422, 'Your post is too long: 281 weighted characters')),
      'publish',
      now,
    ) as Rejected;
    expect(tooLong).toBeInstanceOf(Rejected);
    expect(tooLong.reason).toContain('too long');
    expect(tooLong.status).toBe(422);
    const invalid = toXError(
      answered(400, {
        ...problem(400, 'One or more parameters to your request was invalid.'),
        errors: [{ message: 'Your media IDs are invalid.' }],
      }),
      'publish',
      now,
    ) as Rejected;
    expect(invalid.reason).toBe('Your media IDs are invalid.');
  });

  it('reads 5xx as Transient, also during publish', () => {
    for (const code of [500, 502, 503, 504]) {
      expect(toXError(answered(code, problem(code, 'down')), 'publish', now))
        .withContext(String(code))
        .toBeInstanceOf(Transient);
    }
  });

  it('reads failures before sending as Transient, and no answer during publish as UnknownOutcome', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(toXError(unanswered(refused), 'publish', now)).toBeInstanceOf(Transient);
    for (const cause of [
      new Error('Request timeout.'),
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      new Error('Socket closed without any information.'),
    ]) {
      expect(toXError(unanswered(cause), 'publish', now))
        .withContext(cause.message)
        .toBeInstanceOf(UnknownOutcome);
      expect(toXError(unanswered(cause), 'metrics', now))
        .withContext(cause.message)
        .toBeInstanceOf(Transient);
    }
    const partial = new ApiPartialResponseError('partial', {
      request,
      response: {},
      responseError: new Error('x'),
      rawContent: '{',
    } as never);
    expect(toXError(partial, 'publish', now)).toBeInstanceOf(UnknownOutcome);
    expect(toXError(partial, 'delete', now)).toBeInstanceOf(Transient);
  });

  it('never lets the raw error, or a secret, through', () => {
    const error = toXError(answered(400, problem(400, 'token SECRET-TOKEN is odd')), 'publish', now, ['SECRET-TOKEN']);
    expect(error.message).not.toContain('SECRET-TOKEN');
    expect((error as Error & { cause?: unknown }).cause).toBeUndefined();
    expect(toXError(new Error('Bearer SECRET-TOKEN'), 'profile', now).message).not.toContain('SECRET');
  });
});
