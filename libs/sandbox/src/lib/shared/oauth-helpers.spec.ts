import {
  basicCredentials,
  bearerToken,
  PendingAuthorizations,
  queryValue,
  redirectUriAllowed,
  redirectWith,
} from './oauth-helpers';

describe('oauth helpers', () => {
  it('keeps a pending authorization for one use until it expires', () => {
    const pending = new PendingAuthorizations<{ a: number }>(1000);
    const id = pending.create({ a: 1 }, 0);
    expect(pending.take(id, 500)).toEqual({ a: 1 });
    expect(pending.take(id, 500)).toBeUndefined();
    const late = pending.create({ a: 2 }, 0);
    expect(pending.take(late, 1000)).toBeUndefined();
  });

  it('accepts only registered redirect URIs, or any http(s) URL when none is registered', () => {
    const registered = ['http://localhost:4200/cb'];
    expect(redirectUriAllowed(registered, 'http://localhost:4200/cb')).toBeTrue();
    expect(redirectUriAllowed(registered, 'http://localhost:4200/cb/')).toBeFalse();
    expect(redirectUriAllowed(registered, 'http://localhost:4200/cb?x=1')).toBeFalse();
    expect(redirectUriAllowed([], 'http://127.0.0.1:51234/api/callback')).toBeTrue();
    expect(redirectUriAllowed([], 'https://chorus.example/cb')).toBeTrue();
    expect(redirectUriAllowed([], 'javascript:alert(1)')).toBeFalse();
    expect(redirectUriAllowed([], 'http://x.test/#frag')).toBeFalse();
    expect(redirectUriAllowed([], 'not a url')).toBeFalse();
    expect(redirectUriAllowed([], undefined)).toBeFalse();
  });

  it('adds parameters to a redirect, keeping its own', () => {
    expect(redirectWith('http://x.test/cb?keep=1', { code: 'a b', state: 's', skip: undefined })).toBe(
      'http://x.test/cb?keep=1&code=a+b&state=s',
    );
  });

  it('reads Basic and Bearer authorization headers', () => {
    const encoded = Buffer.from('my%20id:se%3Acret').toString('base64');
    expect(basicCredentials(`Basic ${encoded}`)).toEqual({ clientId: 'my id', clientSecret: 'se:cret' });
    expect(basicCredentials(`Basic ${Buffer.from('plain:secret').toString('base64')}`)).toEqual({
      clientId: 'plain',
      clientSecret: 'secret',
    });
    expect(basicCredentials('Basic !!!')).toBeNull();
    expect(basicCredentials(`Basic ${Buffer.from('nocolon').toString('base64')}`)).toBeNull();
    expect(basicCredentials(undefined)).toBeNull();
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer  abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
  });

  it('reads single query values', () => {
    expect(queryValue({ a: 'x', b: ['y', 'z'], c: 1 }, 'a')).toBe('x');
    expect(queryValue({ a: 'x', b: ['y', 'z'], c: 1 }, 'b')).toBe('y');
    expect(queryValue({ c: 1 }, 'c')).toBeUndefined();
    expect(queryValue(undefined, 'a')).toBeUndefined();
  });
});
