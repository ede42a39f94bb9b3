import { XRateLimiter } from './rate-limits';

describe('XRateLimiter', () => {
  const t0 = Date.parse('2026-09-01T10:00:00Z');
  const ada = { userId: 'u1', clientId: 'app' };
  let limiter: XRateLimiter;

  beforeEach(() => {
    limiter = new XRateLimiter();
  });

  it('reports the documented per-user limit with remaining and reset in epoch seconds', () => {
    const first = limiter.consume('GET /2/users/me', ada, t0);
    expect(first).toEqual({
      allowed: true,
      headers: {
        'x-rate-limit-limit': '75',
        'x-rate-limit-remaining': '74',
        'x-rate-limit-reset': String(t0 / 1000 + 900),
      },
    });
  });

  it('refuses once a bucket is used up, without counting the refusal, until the window resets', () => {
    limiter.configure({ 'POST /2/tweets': { perUser: { limit: 2 } } });
    expect(limiter.consume('POST /2/tweets', ada, t0).allowed).toBeTrue();
    expect(limiter.consume('POST /2/tweets', ada, t0 + 1000).allowed).toBeTrue();
    const refused = limiter.consume('POST /2/tweets', ada, t0 + 2000);
    expect(refused.allowed).toBeFalse();
    expect(refused.headers['x-rate-limit-remaining']).toBe('0');
    expect(refused.headers['x-rate-limit-reset']).toBe(String(t0 / 1000 + 900));
    expect(refused.headers['x-app-limit-24hour-remaining']).toBe('9998');
    expect(limiter.consume('POST /2/tweets', { userId: 'u2', clientId: 'app' }, t0 + 2000).allowed).toBeTrue();
    expect(limiter.consume('POST /2/tweets', ada, t0 + 900_000).allowed).toBeTrue();
  });

  it('counts per app across users, and shows the tighter bucket', () => {
    limiter.configure({ 'GET /2/tweets': { perApp: { limit: 2 } } });
    limiter.consume('GET /2/tweets', ada, t0);
    const second = limiter.consume('GET /2/tweets', { userId: 'u2', clientId: 'app' }, t0);
    expect(second.headers['x-rate-limit-limit']).toBe('2');
    expect(second.headers['x-rate-limit-remaining']).toBe('0');
    expect(limiter.consume('GET /2/tweets', { userId: 'u3', clientId: 'app' }, t0).allowed).toBeFalse();
    expect(limiter.consume('GET /2/tweets', { userId: 'u3', clientId: 'other' }, t0).allowed).toBeTrue();
  });

  it('enforces the 24-hour app cap on posts', () => {
    limiter.configure({ 'POST /2/tweets': { perApp24h: { limit: 1 } } });
    expect(limiter.consume('POST /2/tweets', ada, t0).allowed).toBeTrue();
    const refused = limiter.consume('POST /2/tweets', { userId: 'u2', clientId: 'app' }, t0);
    expect(refused.allowed).toBeFalse();
    expect(refused.headers['x-app-limit-24hour-remaining']).toBe('0');
    expect(refused.headers['x-app-limit-24hour-reset']).toBe(String(t0 / 1000 + 86_400));
  });

  it('has a default bucket for other endpoints and anonymous callers, and forgets on reset', () => {
    expect(
      limiter.consume('POST /2/oauth2/token', { userId: null, clientId: null }, t0).headers['x-rate-limit-limit'],
    ).toBe('10000');
    limiter.configure({ 'GET /2/users/me': { perUser: { limit: 1 } } });
    limiter.consume('GET /2/users/me', ada, t0);
    limiter.reset();
    expect(limiter.consume('GET /2/users/me', ada, t0).headers['x-rate-limit-limit']).toBe('75');
  });
});
