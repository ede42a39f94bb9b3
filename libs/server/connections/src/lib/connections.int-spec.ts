import { SecretBox } from '@chorus/server/core';
import { request as httpRequest } from 'node:http';
import {
  createUser,
  SandboxProcess,
  startSandboxProcess,
  startTestApi,
  TestApi,
  TestClient,
} from '@chorus/server/testing';
import { ConnectedAccount } from './entities';
import { tokenContext } from './accounts/connections.service';
import { TokenHealthService } from './health/token-health.service';
import { TokenRefresher } from './health/token-refresher';
import { NetworkAppsService } from './apps/network-apps.service';

const DAY = 86_400_000;

/** A GET to the sandbox as the network's host (fetch cannot set Host). */
function statusAt(port: number, host: string, path: string, bearer: string): Promise<number> {
  return new Promise((resolveStatus, reject) => {
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      path,
      headers: { host, authorization: `Bearer ${bearer}` },
    });
    request.on('response', (response) => {
      response.resume();
      resolveStatus(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

/**
 * The OAuth round trip, token storage, disconnect and token health, with the real client libraries
 * talking real HTTP to the real sandbox process.
 */
describe('connected accounts (API + real sandbox)', () => {
  let sandbox: SandboxProcess;
  let api: TestApi;
  const logLines: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandboxProcess();
    // Everything the API logs while these specs run, to prove no token or secret is ever written.
    api = await startTestApi(
      { NETWORK_SANDBOX_PORT: String(sandbox.httpPort), LOG_LEVEL: 'trace' },
      { logDestination: { write: (line: string) => void logLines.push(line) } },
    );
    // The sandbox's default apps (libs/sandbox/README.md).
    const apps = api.app.get(NetworkAppsService);
    await apps.update(null, 'linkedin', {
      clientId: 'chorus-sandbox-linkedin',
      clientSecret: 'sandbox-linkedin-secret',
    });
    await apps.update(null, 'x', { clientId: 'chorus-sandbox-x', clientSecret: 'sandbox-x-secret' });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await sandbox?.stop();
  });

  async function advocate(): Promise<{ client: TestClient; id: string }> {
    const user = await createUser(api.dataSource, { roles: ['advocate'] });
    const client = api.client();
    await client.login(user.email, user.password);
    return { client, id: user.id };
  }

  /** Start → consent page → callback, as the browser would go. */
  async function connect(client: TestClient, network: 'linkedin' | 'x', member?: string) {
    const started = await client.post(`/api/connections/${network}/start`);
    expect(started.status).withContext(JSON.stringify(started.body)).toBe(200);
    const callback = await sandbox.consent(started.body.authorizationUrl, { newMemberName: member });
    const landed = await client.get(`${callback.pathname}${callback.search}`);
    expect(landed.status).toBe(302);
    return String(landed.headers['location']);
  }

  async function storedTokens(accountId: string) {
    const row = await api.dataSource
      .getRepository(ConnectedAccount)
      .findOneOrFail({ where: { id: accountId }, select: { id: true, accessTokenEnc: true, refreshTokenEnc: true } });
    const box = api.app.get(SecretBox);
    return {
      sealedAccess: row.accessTokenEnc,
      access: box.decrypt(row.accessTokenEnc, tokenContext(accountId, 'access')),
      refresh: row.refreshTokenEnc ? box.decrypt(row.refreshTokenEnc, tokenContext(accountId, 'refresh')) : null,
    };
  }

  it('sends the browser to the sandbox consent page and connects X, storing only sealed tokens', async () => {
    const { client } = await advocate();
    const started = await client.post('/api/connections/x/start');
    expect(started.body.authorizationUrl).toContain(
      `http://127.0.0.1:${sandbox.httpPort}/__sandbox/x/i/oauth2/authorize?`,
    );
    expect(started.body.authorizationUrl).toContain('code_challenge=');

    const callback = await sandbox.consent(started.body.authorizationUrl, { newMemberName: 'Xavier Example' });
    const landed = await client.get(`${callback.pathname}${callback.search}`);
    expect(landed.headers['location']).toBe('/connections?connected=x');

    const overview = await client.get('/api/connections');
    expect(overview.status).toBe(200);
    expect(overview.body.sandbox).toBeTrue();
    expect(overview.body.availableNetworks).toEqual(['linkedin', 'x']);
    const [account] = overview.body.accounts;
    expect(account).toEqual(
      jasmine.objectContaining({ network: 'x', displayName: 'Xavier Example', state: 'connected', reconnectBy: null }),
    );
    const tokens = await storedTokens(account.id);
    expect(tokens.sealedAccess.startsWith('v1:test1:')).toBeTrue();
    expect(tokens.sealedAccess).not.toContain(tokens.access);
    expect(JSON.stringify(overview.body)).not.toContain(tokens.access);
    expect(tokens.refresh).toBeTruthy();
  });

  it('connects LinkedIn and reports when the 60-day connection must be renewed', async () => {
    const { client } = await advocate();
    expect(await connect(client, 'linkedin', 'Lina Example')).toBe('/connections?connected=linkedin');
    const [account] = (await client.get('/api/connections')).body.accounts;
    expect(account).toEqual(jasmine.objectContaining({ network: 'linkedin', state: 'connected', daysLeft: 60 }));
    expect(account.capabilities).toEqual({ maxLength: 3000, metrics: false, refreshTokens: false });
  });

  it('refuses a callback from another session, and a cancelled consent, with a clear message', async () => {
    const { client } = await advocate();
    const started = await client.post('/api/connections/linkedin/start');
    const callback = await sandbox.consent(started.body.authorizationUrl, { newMemberName: 'Other Session' });
    const { client: someoneElse } = await advocate();
    const hijacked = await someoneElse.get(`${callback.pathname}${callback.search}`);
    expect(decodeURIComponent(String(hijacked.headers['location']))).toContain('started in another session');
    expect((await someoneElse.get('/api/connections')).body.accounts).toEqual([]);

    const again = await client.post('/api/connections/x/start');
    const cancelled = await sandbox.consent(again.body.authorizationUrl, { decision: 'cancel' });
    const landed = await client.get(`${cancelled.pathname}${cancelled.search}`);
    expect(decodeURIComponent(String(landed.headers['location']))).toContain('was not allowed at X');
  });

  it('disconnects: revokes at X and deletes the tokens', async () => {
    const { client, id } = await advocate();
    await connect(client, 'x', 'Dora Disconnect');
    const [account] = (await client.get('/api/connections')).body.accounts;
    const { access } = await storedTokens(account.id);
    expect((await client.delete(`/api/connections/${account.id}`)).status).toBe(204);
    expect(await api.dataSource.getRepository(ConnectedAccount).countBy({ userId: id })).toBe(0);
    // The revoked token no longer works at the network.
    expect(await statusAt(sandbox.httpPort, 'api.x.com', '/2/users/me', access)).toBe(401);
    expect((await client.delete(`/api/connections/${account.id}`)).status).toBe(404);
  });

  it('serialises refreshes of one X account: two at once both succeed with the rotating token', async () => {
    const { client } = await advocate();
    await connect(client, 'x', 'Rita Refresh');
    const [account] = (await client.get('/api/connections')).body.accounts;
    const before = await storedTokens(account.id);
    const refresher = api.app.get(TokenRefresher);
    const outcomes = await Promise.all([refresher.refresh(account.id, true), refresher.refresh(account.id, true)]);
    expect(outcomes).toEqual(['refreshed', 'refreshed']);
    const after = await storedTokens(account.id);
    expect(after.refresh).not.toBe(before.refresh);
    expect((await client.get('/api/connections')).body.accounts[0].state).toBe('connected');
  });

  it('warns 7 days and 1 day before a LinkedIn connection ends, once each, then asks to reconnect', async () => {
    const { client } = await advocate();
    await connect(client, 'linkedin', 'Wanda Warning');
    const [account] = (await client.get('/api/connections')).body.accounts;
    const repository = api.dataSource.getRepository(ConnectedAccount);
    const health = api.app.get(TokenHealthService);
    const email = (
      await api.dataSource.query(
        'SELECT email FROM users u JOIN connected_accounts c ON c.user_id = u.id WHERE c.id = $1',
        [account.id],
      )
    )[0].email;
    const mailsTo = () => api.mail.sent.filter((m) => m.to === email).map((m) => m.subject);

    await repository.update(account.id, { accessTokenExpiresAt: new Date(Date.now() + 6 * DAY) });
    await health.run();
    await health.run();
    expect(mailsTo()).toEqual(['Your LinkedIn connection expires in 6 days']);
    expect((await client.get('/api/connections')).body.accounts[0].state).toBe('expiring');

    await repository.update(account.id, { accessTokenExpiresAt: new Date(Date.now() + DAY / 2) });
    await health.run();
    expect(mailsTo().length).toBe(2);
    expect(mailsTo()[1]).toBe('Your LinkedIn connection expires tomorrow');

    await repository.update(account.id, { accessTokenExpiresAt: new Date(Date.now() - 1000) });
    await health.run();
    expect(mailsTo()[2]).toBe('Reconnect your LinkedIn account to keep sharing');
    expect((await client.get('/api/connections')).body.accounts[0].state).toBe('needs_reconnect');

    const lead = await createUser(api.dataSource, { roles: ['lead'] });
    const leadClient = api.client();
    await leadClient.login(lead.email, lead.password);
    const report = (await leadClient.get('/api/connections/health')).body;
    expect(
      report.networks.find((n: { network: string }) => n.network === 'linkedin').needsReconnect,
    ).toBeGreaterThanOrEqual(1);
  });

  it('lets admins set network apps without ever returning the secret, and validates the version', async () => {
    const admin = await createUser(api.dataSource, { roles: ['admin'] });
    const client = api.client();
    await client.login(admin.email, admin.password);
    const bad = await client.put('/api/admin/network-apps/linkedin', { clientId: 'x', apiVersion: '2026-10' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      { field: 'apiVersion', message: 'must be a LinkedIn version as YYYYMM, e.g. 202610' },
    ]);
    const saved = await client.put('/api/admin/network-apps/linkedin', {
      clientId: 'chorus-sandbox-linkedin',
      apiVersion: '202609',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(jasmine.objectContaining({ clientSecretSet: true, apiVersion: '202609' }));
    const list = await client.get('/api/admin/network-apps');
    expect(JSON.stringify(list.body)).not.toContain('sandbox-linkedin-secret');
    expect(list.body[0].redirectUri).toBe('http://chorus.test/api/connections/linkedin/callback');
    expect((await client.put('/api/admin/network-apps/mastodon', { clientId: 'x' })).status).toBe(404);
    await client.put('/api/admin/network-apps/linkedin', { clientId: 'chorus-sandbox-linkedin', apiVersion: '202610' });
  });

  it('never writes a token or a client secret to the log', async () => {
    // A full round of its own (connect both, refresh, disconnect), so it does not depend on spec order.
    const { client } = await advocate();
    await connect(client, 'x', 'Logan Log');
    await connect(client, 'linkedin', 'Logan Log');
    const accounts = (await client.get('/api/connections')).body.accounts;
    await api.app.get(TokenRefresher).refresh(accounts.find((a: { network: string }) => a.network === 'x').id, true);
    const rows = await api.dataSource
      .getRepository(ConnectedAccount)
      .find({ select: { id: true, accessTokenEnc: true, refreshTokenEnc: true } });
    const box = api.app.get(SecretBox);
    const secrets = ['sandbox-linkedin-secret', 'sandbox-x-secret'];
    for (const row of rows) {
      secrets.push(box.decrypt(row.accessTokenEnc, tokenContext(row.id, 'access')));
      if (row.refreshTokenEnc) secrets.push(box.decrypt(row.refreshTokenEnc, tokenContext(row.id, 'refresh')));
    }
    await client.delete(`/api/connections/${accounts[0].id}`);
    const log = logLines.join('');
    expect(log).toContain('/api/connections');
    expect(secrets.length).toBeGreaterThan(4);
    expect(secrets.filter((secret) => log.includes(secret))).toEqual([]);
  });
});
