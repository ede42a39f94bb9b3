import { createUser, sharedTestApi, TestApi, uniqueEmail } from '@chorus/server/testing';
import { Session } from '../entities';

describe('auth (API, real Postgres)', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await sharedTestApi();
  });

  it('signs in with the right password and sets an HttpOnly, SameSite session cookie', async () => {
    const user = await createUser(api.dataSource, { roles: ['advocate', 'curator'] });
    const client = api.client();
    const response = await client.post('/api/auth/login', { email: user.email.toUpperCase(), password: user.password });
    expect(response.status).toBe(200);
    expect(response.body).toEqual(
      jasmine.objectContaining({ id: user.id, email: user.email, roles: ['advocate', 'curator'] }),
    );
    const cookie = response.cookies.find((c) => c.name === 'chorus_session');
    expect(cookie?.httpOnly).toBeTrue();
    expect(cookie?.sameSite).toBe('Lax');
    expect((await client.get('/api/auth/session')).body.email).toBe(user.email);
  });

  it('answers a wrong password and an unknown e-mail with the same clear 401', async () => {
    const user = await createUser(api.dataSource);
    const wrong = await api.client().post('/api/auth/login', { email: user.email, password: 'not-the-password' });
    const unknown = await api.client().post('/api/auth/login', { email: uniqueEmail(), password: 'whatever-password' });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).toEqual(
        jasmine.objectContaining({ code: 'auth.invalid_credentials', detail: 'Wrong e-mail or password.' }),
      );
      expect(JSON.stringify(response.body)).not.toContain('at ');
    }
  });

  it('throttles an account after five failures, even for the right password, and says when to retry', async () => {
    const user = await createUser(api.dataSource);
    const client = api.client();
    for (let i = 0; i < 5; i++) {
      expect(
        (await client.post('/api/auth/login', { email: user.email, password: `wrong-${i}-password` })).status,
      ).toBe(401);
    }
    const blocked = await client.post('/api/auth/login', { email: user.email, password: user.password });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('auth.throttled');
    expect(blocked.headers['retry-after']).toBe('900');
  });

  it('refuses deactivated accounts after a correct password', async () => {
    const user = await createUser(api.dataSource, { status: 'deactivated' });
    const response = await api.client().post('/api/auth/login', { email: user.email, password: user.password });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('auth.deactivated');
  });

  it('refuses state-changing requests without a valid CSRF token', async () => {
    const user = await createUser(api.dataSource);
    const client = api.client();
    client.sendCsrf = false;
    const missing = await client.post('/api/auth/login', { email: user.email, password: user.password });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('csrf.invalid');

    // A cookie the attacker planted, echoed in the header, still lacks our signature.
    client.cookies.set('XSRF-TOKEN', 'forged.token');
    const forged = await client.post(
      '/api/auth/login',
      { email: user.email, password: user.password },
      { 'x-xsrf-token': 'forged.token' },
    );
    expect(forged.status).toBe(403);
  });

  it('logs out: the session no longer works', async () => {
    const user = await createUser(api.dataSource);
    const client = api.client();
    await client.login(user.email, user.password);
    const token = client.cookies.get('chorus_session');
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    client.cookies.set('chorus_session', token as string);
    expect((await client.get('/api/auth/session')).status).toBe(401);
  });

  it('changes the password: checks the current one, signs out other browsers, keeps this one', async () => {
    const user = await createUser(api.dataSource);
    const here = api.client();
    const elsewhere = api.client();
    await here.login(user.email, user.password);
    await elsewhere.login(user.email, user.password);

    const wrong = await here.post('/api/auth/password', {
      currentPassword: 'nope-nope-nope',
      newPassword: 'a-brand-new-password',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([{ field: 'currentPassword', message: 'is not your current password' }]);

    const short = await here.post('/api/auth/password', { currentPassword: user.password, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].field).toBe('newPassword');

    expect(
      (await here.post('/api/auth/password', { currentPassword: user.password, newPassword: 'a-brand-new-password' }))
        .status,
    ).toBe(204);
    expect((await here.get('/api/auth/session')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/session')).status).toBe(401);
    expect(
      (await api.client().post('/api/auth/login', { email: user.email, password: 'a-brand-new-password' })).status,
    ).toBe(200);
  });

  it('resets a forgotten password through a one-time link that works once', async () => {
    const user = await createUser(api.dataSource);
    const signedIn = api.client();
    await signedIn.login(user.email, user.password);

    expect((await api.client().post('/api/auth/password/forgot', { email: user.email })).status).toBe(202);
    const token = api.mail.linkTo(user.email, '/reset-password');
    const reset = await api.client().post('/api/auth/password/reset', { token, newPassword: 'reset-password-456' });
    expect(reset.status).toBe(204);
    expect((await signedIn.get('/api/auth/session')).status).toBe(401);
    expect(await api.dataSource.getRepository(Session).countBy({ userId: user.id })).toBe(0);

    const again = await api.client().post('/api/auth/password/reset', { token, newPassword: 'another-password-789' });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('token.expired_or_used');
    expect(
      (await api.client().post('/api/auth/login', { email: user.email, password: 'reset-password-456' })).status,
    ).toBe(200);
  });

  it('answers "forgot password" the same way for unknown addresses and sends nothing', async () => {
    const email = uniqueEmail();
    const response = await api.client().post('/api/auth/password/forgot', { email });
    expect(response.status).toBe(202);
    expect(api.mail.lastTo(email)).toBeUndefined();
  });

  it('updates the profile name', async () => {
    const user = await createUser(api.dataSource);
    const client = api.client();
    await client.login(user.email, user.password);
    const response = await client.patch('/api/auth/profile', { name: '  Grace Hopper ' });
    expect(response.status).toBe(200);
    expect(response.body.name).toBe('Grace Hopper');
    expect((await client.patch('/api/auth/profile', { name: '' })).body.errors).toEqual([
      { field: 'name', message: 'is required' },
    ]);
  });
});
