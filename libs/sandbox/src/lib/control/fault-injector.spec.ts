import { FaultInjector, FaultRuleError } from './fault-injector';

describe('FaultInjector', () => {
  let faults: FaultInjector;

  beforeEach(() => {
    faults = new FaultInjector();
  });

  it('applies a rule to the matching network, method and path, as often as asked', () => {
    faults.add({ network: 'x', method: 'post', path: '/2/tweets', count: 2, status: 503 });
    expect(faults.take('linkedin', 'POST', '/2/tweets')).toBeUndefined();
    expect(faults.take('x', 'GET', '/2/tweets')).toBeUndefined();
    expect(faults.take('x', 'POST', '/2/tweets')).toEqual(jasmine.objectContaining({ status: 503, mode: 'respond' }));
    expect(faults.list().length).toBe(1);
    expect(faults.take('x', 'POST', '/2/tweets')).toBeDefined();
    expect(faults.take('x', 'POST', '/2/tweets')).toBeUndefined();
    expect(faults.list()).toEqual([]);
  });

  it('matches paths by prefix and any method with *', () => {
    faults.add({ network: 'linkedin', path: '/rest/posts', mode: 'hang' });
    expect(faults.take('linkedin', 'DELETE', '/rest/posts/urn:li:share:1')).toEqual(
      jasmine.objectContaining({ mode: 'hang', method: '*' }),
    );
  });

  it('keeps rules in order and lower-cases header names', () => {
    faults.add({ network: 'x', path: '/2/', status: 500, headers: { 'Retry-After': 5 } });
    faults.add({ network: 'x', path: '/2/', status: 502 });
    expect(faults.take('x', 'GET', '/2/users/me')).toEqual(
      jasmine.objectContaining({ status: 500, headers: { 'retry-after': '5' } }),
    );
    expect(faults.take('x', 'GET', '/2/users/me')?.status).toBe(502);
  });

  it('refuses rules it could not apply', () => {
    const bad: unknown[] = [
      null,
      [],
      { network: 'facebook', path: '/' },
      { network: 'x', path: 'no-slash' },
      { network: 'x', path: '/', count: 0 },
      { network: 'x', path: '/', count: 1.5 },
      { network: 'x', path: '/', mode: 'explode' },
      { network: 'x', path: '/', status: 99 },
      { network: 'x', path: '/', method: 'GET /x' },
      { network: 'x', path: '/', headers: { a: {} } },
    ];
    for (const input of bad) {
      expect(() => faults.add(input))
        .withContext(JSON.stringify(input))
        .toThrowError(FaultRuleError);
    }
  });

  it('forgets everything on reset', () => {
    faults.add({ network: 'x', path: '/' });
    faults.reset();
    expect(faults.take('x', 'GET', '/')).toBeUndefined();
  });
});
