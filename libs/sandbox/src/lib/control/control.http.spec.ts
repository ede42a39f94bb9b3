import { request as httpRequest } from 'node:http';
import { RunningSandbox, startSandbox } from '../start-sandbox';
import {
  authorizationIdOf,
  form,
  inProcessSandbox,
  InProcessSandbox,
  LINKEDIN_APP,
  linkedInToken,
  REDIRECT_URI,
  xTokens,
} from '../testing/in-process-sandbox';

describe('sandbox control endpoints', () => {
  let sandbox: InProcessSandbox;

  beforeEach(() => {
    sandbox = inProcessSandbox();
  });

  afterEach(async () => {
    await sandbox.close();
  });

  const control = (method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) =>
    sandbox.request('127.0.0.1:3100', {
      method,
      url: `/__sandbox${url}`,
      ...(body !== undefined ? { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });

  it('seeds apps and members and returns them, refusing malformed seeds', async () => {
    const seeded = await control('POST', '/seed', {
      linkedin: {
        apps: [{ clientId: 'li-2', clientSecret: 's', refreshTokens: true }],
        members: [{ name: 'Lee Chen' }],
      },
      x: { members: [{ name: 'Kim Park', username: 'kimpark' }] },
    });
    expect(seeded.statusCode).toBe(200);
    expect(seeded.json().linkedin.apps[0]).toEqual(jasmine.objectContaining({ clientId: 'li-2', refreshTokens: true }));
    expect(seeded.json().linkedin.members[0]).toEqual(
      jasmine.objectContaining({ name: 'Lee Chen', sub: jasmine.any(String) }),
    );
    expect(seeded.json().x.members[0]).toEqual(
      jasmine.objectContaining({ username: 'kimpark', id: jasmine.stringMatching(/^\d+$/) }),
    );
    const bad = await control('POST', '/seed', { linkedin: { apps: [{ clientId: '' }] }, facebook: {} });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('reads, sets, advances and freezes the clock', async () => {
    const set = await control('POST', '/clock', { now: '2027-01-01T00:00:00Z', frozen: true });
    expect(set.json()).toEqual(jasmine.objectContaining({ now: '2027-01-01T00:00:00.000Z', frozen: true }));
    expect((await control('POST', '/clock', { advanceSeconds: 90 })).json().now).toBe('2027-01-01T00:01:30.000Z');
    expect((await control('GET', '/clock')).json().now).toBe('2027-01-01T00:01:30.000Z');
    expect((await control('POST', '/clock', {})).statusCode).toBe(400);
    expect((await control('POST', '/clock', { now: 'yesterday' })).statusCode).toBe(400);
  });

  it('arms, lists and clears faults', async () => {
    const armed = await control('POST', '/fail-next', {
      network: 'x',
      method: 'POST',
      path: '/2/tweets',
      status: 500,
      count: 2,
    });
    expect(armed.statusCode).toBe(201);
    expect(armed.json()).toEqual(jasmine.objectContaining({ network: 'x', remaining: 2, mode: 'respond' }));
    expect((await control('GET', '/fail-next')).json().length).toBe(1);
    expect((await control('POST', '/fail-next', { network: 'x', path: '/', mode: 'boom' })).statusCode).toBe(400);
    expect((await control('DELETE', '/fail-next')).statusCode).toBe(204);
    expect((await control('GET', '/fail-next')).json()).toEqual([]);
  });

  it('lists published posts per network, and the state without secrets', async () => {
    const li = (await linkedInToken(sandbox)).access_token;
    const sub = [...sandbox.linkedin.members.keys()][0];
    await sandbox.request('api.linkedin.com', {
      method: 'POST',
      url: '/rest/posts',
      headers: {
        authorization: `Bearer ${li}`,
        'linkedin-version': sandbox.linkedin.versions()[0],
        'x-restli-protocol-version': '2.0.0',
        'content-type': 'application/json',
      },
      payload: JSON.stringify({
        author: `urn:li:person:${sub}`,
        commentary: 'Hi \\(all\\) #news',
        visibility: 'PUBLIC',
        distribution: { feedDistribution: 'MAIN_FEED' },
        lifecycleState: 'PUBLISHED',
      }),
    });
    const x = (await xTokens(sandbox)).access_token;
    await sandbox.request('api.x.com', {
      method: 'POST',
      url: '/2/tweets',
      headers: { authorization: `Bearer ${x}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'See https://chorus.test' }),
    });

    const all = (await control('GET', '/posts')).json();
    expect(all.map((post: { network: string }) => post.network).sort()).toEqual(['linkedin', 'x']);
    const [linkedin] = (await control('GET', '/posts?network=linkedin')).json();
    expect(linkedin).toEqual(
      jasmine.objectContaining({
        rawText: 'Hi \\(all\\) #news',
        renderedText: 'Hi (all) #news',
        truncated: false,
        hashtags: ['news'],
        authorName: 'Ada Advocate',
        deletedAt: null,
      }),
    );
    const [tweet] = (await control('GET', '/posts?network=x')).json();
    expect(tweet.rawText).toBe('See https://chorus.test');
    expect(tweet.renderedText).toMatch(/^See https:\/\/t\.co\/\w{10}$/);
    expect((await control('GET', '/posts?network=myspace')).statusCode).toBe(400);

    const state = await control('GET', '/state');
    expect(state.json().linkedin.posts).toBe(1);
    expect(state.json().x.posts).toBe(1);
    expect(state.body).not.toContain(LINKEDIN_APP.clientSecret);
  });

  it('goes back to the defaults on reset', async () => {
    await control('POST', '/seed', { linkedin: { apps: [{ clientId: 'extra', clientSecret: 's' }] } });
    await control('POST', '/clock', { advanceSeconds: 86_400 });
    await linkedInToken(sandbox);
    await control('POST', '/fail-next', { network: 'linkedin', path: '/rest/posts' });
    expect((await control('POST', '/reset')).statusCode).toBe(204);
    const state = (await control('GET', '/state')).json();
    expect(state.linkedin.apps.map((app: { clientId: string }) => app.clientId)).toEqual([LINKEDIN_APP.clientId]);
    expect(state.linkedin.activeTokens).toBe(0);
    expect(state.linkedin.members.map((m: { name: string }) => m.name)).toContain('Jonas Becker');
    expect(state.faults).toEqual([]);
    expect(state.clock.offsetSeconds).toBe(0);
  });

  it('serves the consent pages on its own address too', async () => {
    const url = `/__sandbox/linkedin/oauth/v2/authorization?response_type=code&client_id=${LINKEDIN_APP.clientId}&redirect_uri=${REDIRECT_URI}&scope=openid&state=s`;
    const page = await sandbox.request('127.0.0.1:3100', { method: 'GET', url });
    expect(page.statusCode).toBe(200);
    const decision = await sandbox.request('127.0.0.1:3100', {
      method: 'POST',
      url: '/__sandbox/linkedin/oauth/v2/authorization/decision',
      ...form({
        authorization: authorizationIdOf(page.body),
        decision: 'allow',
        member: [...sandbox.linkedin.members.keys()][0],
      }),
    });
    expect(decision.statusCode).toBe(302);
    expect(String(decision.headers.location)).toContain('code=');
  });
});

describe('sandbox faults over a real socket', () => {
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({ logger: false });
  });

  afterAll(async () => {
    await sandbox.close();
  });

  /** A request as the clients send it: to the sandbox's port, with the network's Host header. */
  function send(
    host: string,
    path: string,
    method: string,
    headers: Record<string, string>,
    body?: string,
    timeoutMs = 2000,
  ) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest({
        host: '127.0.0.1',
        port: sandbox.httpPort,
        path,
        method,
        headers: { host, ...headers },
        timeout: timeoutMs,
      });
      request.on('timeout', () => request.destroy(new Error('timeout')));
      request.on('error', reject);
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      });
      request.end(body);
    });
  }

  it('hangs a request until the client gives up', async () => {
    sandbox.faults.add({ network: 'x', method: 'GET', path: '/2/users/me', mode: 'hang' });
    const started = Date.now();
    await expectAsync(send('api.x.com', '/2/users/me', 'GET', {}, undefined, 300)).toBeRejectedWithError('timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect((await send('api.x.com', '/2/users/me', 'GET', {})).status).toBe(401);
  });

  it('commits and then drops the connection without an answer', async () => {
    const state = sandbox.x;
    const user = [...state.users.values()][0];
    const access = state.issueTokens({
      clientId: 'chorus-sandbox-x',
      userId: user.id,
      scopes: ['tweet.read', 'tweet.write', 'users.read'],
    }).access;
    sandbox.faults.add({ network: 'x', method: 'POST', path: '/2/tweets', mode: 'drop-after-commit' });
    await expectAsync(
      send(
        'api.x.com',
        '/2/tweets',
        'POST',
        { authorization: `Bearer ${access.token}`, 'content-type': 'application/json' },
        JSON.stringify({ text: 'committed' }),
      ),
    ).toBeRejected();
    expect([...state.tweets.values()].map((tweet) => tweet.rawText)).toContain('committed');
  });
});
