import { RunningSandbox, startSandbox } from '../start-sandbox';
import { inProcessSandbox, InProcessSandbox } from '../testing/in-process-sandbox';

describe('sandbox webhook catcher', () => {
  let sandbox: InProcessSandbox;

  beforeEach(() => {
    sandbox = inProcessSandbox();
  });

  afterEach(async () => {
    await sandbox.close();
  });

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) =>
    sandbox.request('127.0.0.1:3100', {
      method,
      url: `/__sandbox${url}`,
      ...(body !== undefined ? { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
    });

  it('accepts any JSON like Slack does and lists it, newest first, by name', async () => {
    const slack = await call('POST', '/webhooks/slack-general', { text: 'Hello', blocks: [] });
    expect(slack.statusCode).toBe(200);
    expect(slack.body).toBe('ok');
    expect(slack.headers['content-type']).toContain('text/plain');
    await call('POST', '/webhooks/teams', { '@type': 'MessageCard', title: 'Hi' });

    const all = (await call('GET', '/webhooks')).json();
    expect(all.map((h: { name: string }) => h.name)).toEqual(['teams', 'slack-general']);
    expect(all[1]).toEqual(
      jasmine.objectContaining({
        name: 'slack-general',
        status: 200,
        contentType: 'application/json',
        body: { text: 'Hello', blocks: [] },
      }),
    );
    const teams = (await call('GET', '/webhooks?name=teams')).json();
    expect(teams.length).toBe(1);
    expect(teams[0].body.title).toBe('Hi');
  });

  it('simulates failures with ?fail=, still recording the attempt, and refuses bad input', async () => {
    const failed = await call('POST', '/webhooks/flaky?fail=503', { text: 'x' });
    expect(failed.statusCode).toBe(503);
    expect((await call('GET', '/webhooks?name=flaky')).json()[0].status).toBe(503);
    expect((await call('POST', '/webhooks/flaky?fail=200', { text: 'x' })).statusCode).toBe(400);
    expect((await call('POST', '/webhooks/flaky?fail=abc', { text: 'x' })).statusCode).toBe(400);
    const badName = await call('POST', `/webhooks/${'n'.repeat(65)}`, {});
    expect(badName.statusCode).toBe(400);
    expect(badName.headers['content-type']).toContain('application/problem+json');
    const badJson = await sandbox.request('127.0.0.1:3100', {
      method: 'POST',
      url: '/__sandbox/webhooks/slack',
      payload: '{"text":',
      headers: { 'content-type': 'application/json' },
    });
    expect(badJson.statusCode).toBe(400);
    expect((await call('GET', '/webhooks?name=slack')).json()).toEqual([]);
  });

  it('clears on DELETE and on the sandbox reset', async () => {
    await call('POST', '/webhooks/a', { text: '1' });
    expect((await call('DELETE', '/webhooks')).statusCode).toBe(204);
    expect((await call('GET', '/webhooks')).json()).toEqual([]);
    await call('POST', '/webhooks/a', { text: '2' });
    expect((await call('POST', '/reset')).statusCode).toBe(204);
    expect((await call('GET', '/webhooks')).json()).toEqual([]);
    expect(sandbox.webhooks.size).toBe(0);
  });
});

describe('sandbox webhook catcher over a real socket', () => {
  let sandbox: RunningSandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({ logger: false });
  });

  afterAll(async () => {
    await sandbox.close();
  });

  it('answers fetch on any host name of the machine', async () => {
    const response = await fetch(`http://127.0.0.1:${sandbox.httpPort}/__sandbox/webhooks/real`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ text: 'over the wire' }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    expect(sandbox.webhooks.list({ name: 'real' })[0].body).toEqual({ text: 'over the wire' });
  });
});
