import { getQueueToken } from '@nestjs/bull';
import { Logger as NestLogger } from '@nestjs/common';
import type { ChatWebhook } from '@chorus/shared/contracts';
import { Clock, PostWebhookJob, QUEUES } from '@chorus/server/core';
import {
  createUser,
  SandboxProcess,
  startSandboxProcess,
  startTestApi,
  startTestWorker,
  TestApi,
  TestClient,
  testEnvironment,
} from '@chorus/server/testing';
import type { Job, Queue } from 'bull';
import { Logger } from 'nestjs-pino';
import { randomBytes } from 'node:crypto';
import { WebhookAnnouncer } from './webhook-announcer.service';
import { PostWebhookProcessor } from './webhooks.processors';

interface Caught {
  name: string;
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever JSON the hook was sent
  body: any;
}

function fieldsOf(body: { errors?: Array<{ field: string }> }): string[] {
  return [...new Set((body.errors ?? []).map((e) => e.field))];
}

describe('chat webhooks (API, real Postgres, sandbox catcher)', () => {
  let api: TestApi;
  let sandbox: SandboxProcess;
  let admin: TestClient;
  let curator: TestClient;
  let announcer: WebhookAnnouncer;
  let queue: Queue<PostWebhookJob>;
  const logs: string[] = [];
  let queuePrefix = '';
  const created: string[] = [];

  beforeAll(async () => {
    const env = await testEnvironment();
    queuePrefix = `${env.queuePrefix}_webhooks`;
    sandbox = await startSandboxProcess();
    // Its own queue (nothing else runs these jobs: the spec does) and every log line, to look for the URL.
    api = await startTestApi(
      { QUEUE_PREFIX: queuePrefix, LOG_LEVEL: 'debug', WEBHOOK_TIMEOUT_MS: '3000' },
      { logDestination: { write: (line: string) => void logs.push(line) } },
    );
    announcer = api.app.get(WebhookAnnouncer);
    queue = api.app.get<Queue<PostWebhookJob>>(getQueueToken(QUEUES.outreach));
    admin = await signIn(['admin']);
    curator = await signIn(['curator']);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await sandbox?.stop();
  });

  beforeEach(() => {
    // Nest's logger is process-wide: a test worker (or another spec's app) may have switched it off.
    api.app.useLogger(api.app.get(Logger));
  });

  afterEach(async () => {
    api.app.get(Clock).setOffset(0);
    // Hooks of one spec must not pick up the items of the next.
    for (const id of created.splice(0)) await admin.delete(`/api/outreach/webhooks/${id}`);
  });

  async function signIn(roles: Array<'admin' | 'curator' | 'lead'>) {
    const user = await createUser(api.dataSource, { roles });
    const client = api.client();
    await client.login(user.email, user.password);
    return client;
  }

  /** A catcher address with a random (secret-like) channel name. */
  function catcher(query = ''): { url: string; name: string } {
    const name = `hook-${randomBytes(8).toString('hex')}`;
    return { url: `${sandbox.url}/__sandbox/webhooks/${name}${query}`, name };
  }

  async function hook(kind: 'slack' | 'teams', url: string): Promise<ChatWebhook> {
    const response = await admin.post<ChatWebhook>('/api/outreach/webhooks', { name: `${kind} channel`, kind, url });
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(201);
    created.push(response.body.id);
    return response.body;
  }

  async function caught(name: string): Promise<Caught[]> {
    const response = await fetch(`${sandbox.url}/__sandbox/webhooks?name=${name}`);
    return (await response.json()) as Caught[];
  }

  async function item(options: { featured: boolean; approve?: boolean; publishAt?: string }): Promise<string> {
    const suffix = randomBytes(4).toString('hex');
    const response = await curator.post('/api/content', {
      title: `Launch ${suffix} & more`,
      summary: 'The new product is out.',
      url: `https://news.example.test/launch-${suffix}`,
      featured: options.featured,
      ...(options.publishAt ? { publishAt: options.publishAt } : {}),
    });
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(201);
    if (options.approve !== false) {
      const approved = await curator.post(`/api/content/${response.body.id}/transition`, { action: 'approve' });
      expect(approved.status).withContext(JSON.stringify(approved.body)).toBe(200);
    }
    return response.body.id;
  }

  /** What announceDue queued for these hooks. */
  async function due(hookIds: string[]): Promise<PostWebhookJob[]> {
    return (await announcer.announceDue()).filter((job) => hookIds.includes(job.webhookId));
  }

  it('announces a featured item once on every hook, in each chat’s format, once it is in the feed', async () => {
    const slackAt = catcher();
    const teamsAt = catcher();
    const slack = await hook('slack', slackAt.url);
    const teams = await hook('teams', teamsAt.url);
    const featured = await item({ featured: true });
    await item({ featured: false });
    await item({ featured: true, approve: false });
    const later = await item({ featured: true, publishAt: new Date(Date.now() + 3 * 3_600_000).toISOString() });

    const jobs = await due([slack.id, teams.id]);
    expect(jobs.map((j) => `${j.webhookId}/${j.contentItemId}`).sort()).toEqual(
      [`${slack.id}/${featured}`, `${teams.id}/${featured}`].sort(),
    );
    expect(await due([slack.id, teams.id]))
      .withContext('a second run announces nothing new')
      .toEqual([]);
    for (const job of jobs) expect(await announcer.post(job)).toBe('sent');
    for (const job of jobs)
      expect(await announcer.post(job))
        .withContext('a retried job posts nothing')
        .toBe('skipped');

    const [slackPost, ...moreSlack] = await caught(slackAt.name);
    expect(moreSlack).toEqual([]);
    expect(slackPost.body.text).toMatch(/^Featured in Chorus: Launch \w+ & more$/);
    expect(slackPost.body.blocks[0].text.text).toMatch(
      /^:star: \*<https:\/\/news\.example\.test\/launch-\w+\|Launch \w+ &amp; more>\*\nThe new product is out\.$/,
    );
    expect(slackPost.body.blocks[1].elements[0].text).toBe(
      `<http://chorus.test/compose/${featured}|Share it in Chorus>`,
    );
    const [teamsPost, ...moreTeams] = await caught(teamsAt.name);
    expect(moreTeams).toEqual([]);
    expect(teamsPost.body).toEqual(
      jasmine.objectContaining({
        '@type': 'MessageCard',
        '@context': 'https://schema.org/extensions',
        text: 'The new product is out.',
      }),
    );
    expect(teamsPost.body.potentialAction[1]).toEqual({
      '@type': 'OpenUri',
      name: 'Share it in Chorus',
      targets: [{ os: 'default', uri: `http://chorus.test/compose/${featured}` }],
    });

    const listed = (await admin.get<ChatWebhook[]>('/api/outreach/webhooks')).body.filter((h) =>
      [slack.id, teams.id].includes(h.id),
    );
    expect(listed.map((h) => h.lastStatus)).toEqual(['ok', 'ok']);
    expect(listed.every((h) => h.lastSentAt !== null && h.lastError === null)).toBeTrue();
    const states = await api.dataSource.query(
      `SELECT state, attempts, sent_at FROM chat_announcements WHERE content_item_id = $1`,
      [featured],
    );
    expect(states.map((s: { state: string; attempts: number }) => [s.state, s.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
    ]);

    // The scheduled item goes out once its publish time has passed.
    api.app.get(Clock).setOffset(4 * 3_600_000);
    expect((await due([slack.id, teams.id])).map((j) => j.contentItemId)).toEqual([later, later]);
  });

  it('retries a failing hook (5 attempts, backing off) and then marks it failed, without the URL', async () => {
    const failing = catcher('?fail=500');
    const broken = await hook('slack', failing.url);
    const featured = await item({ featured: true });
    const [job] = await due([broken.id]);
    expect(job).toEqual({ webhookId: broken.id, contentItemId: featured });
    const queued = (await queue.getJob(`announce.${broken.id}.${featured}`)) as Job<PostWebhookJob>;
    expect(queued.opts.attempts).toBe(5);
    expect(queued.opts.backoff).toEqual({ type: 'exponential', delay: 10_000 });
    await queued.remove();

    const processor = new PostWebhookProcessor(announcer);
    const warn = spyOn(NestLogger.prototype, 'warn').and.callThrough();
    for (let attemptsMade = 0; attemptsMade < 5; attemptsMade++) {
      const attempt = { data: job, attemptsMade, opts: { attempts: 5 } } as Job<PostWebhookJob>;
      await expectAsync(processor.handle(attempt)).toBeRejectedWithError(/HTTP 500/);
      const [hookRow] = (await admin.get<ChatWebhook[]>('/api/outreach/webhooks')).body.filter(
        (h) => h.id === broken.id,
      );
      expect(hookRow.lastStatus)
        .withContext(`after attempt ${attemptsMade + 1}`)
        .toBe(attemptsMade === 4 ? 'failed' : null);
    }
    expect((await caught(failing.name)).map((c) => c.status)).toEqual([500, 500, 500, 500, 500]);
    const [row] = await api.dataSource.query(
      `SELECT state, attempts FROM chat_announcements WHERE webhook_id = $1 AND content_item_id = $2`,
      [broken.id, featured],
    );
    expect(row).toEqual({ state: 'failed', attempts: 5 });
    const [listed] = (await admin.get<ChatWebhook[]>('/api/outreach/webhooks')).body.filter((h) => h.id === broken.id);
    expect(listed.lastError).toBe('HTTP 500: simulated failure');
    expect(JSON.stringify(listed)).not.toContain(failing.name);
    // Outside a request nestjs-pino writes to the first app's logger (maybe another spec's), so read the calls.
    const warned = JSON.stringify(warn.calls.allArgs());
    expect(warned).toContain('Posting a chat announcement failed: HTTP 500');
    expect(warned).not.toContain(failing.name);
    expect(logs.filter((line) => line.includes(failing.name))).toEqual([]);
  });

  it('posts a test message on demand and reports what the chat answered', async () => {
    const good = catcher();
    const ok = await hook('teams', good.url);
    const response = await admin.post(`/api/outreach/webhooks/${ok.id}/test`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: true, status: 200, error: null });
    expect((await caught(good.name))[0].body.title).toBe('Chorus test message');

    const bad = catcher('?fail=503');
    const failing = await hook('slack', bad.url);
    expect((await admin.post(`/api/outreach/webhooks/${failing.id}/test`)).body).toEqual({
      ok: false,
      status: 503,
      error: 'HTTP 503: simulated failure',
    });
    const gone = await hook('slack', 'http://127.0.0.1:9/__sandbox/webhooks/nobody-home');
    const refused = (await admin.post(`/api/outreach/webhooks/${gone.id}/test`)).body;
    expect(refused.ok).toBeFalse();
    expect(refused.status).toBeNull();
    expect(refused.error).not.toContain('nobody-home');
    expect((await admin.post('/api/outreach/webhooks/00000000-0000-4000-8000-000000000000/test')).status).toBe(404);
  });

  it('validates webhooks, naming the field', async () => {
    const post = (body: Record<string, unknown>) => admin.post('/api/outreach/webhooks', body);
    expect(fieldsOf((await post({ name: 'x', kind: 'slack' })).body)).toEqual(['url']);
    expect(fieldsOf((await post({ name: 'x', kind: 'slack', url: 'http://chat.example.test/hook' })).body)).toEqual([
      'url',
    ]);
    expect(fieldsOf((await post({ name: 'x', kind: 'slack', url: 'not a url' })).body)).toEqual(['url']);
    expect(
      fieldsOf((await post({ name: 'x', kind: 'slack', url: `https://a.test/${'x'.repeat(2000)}` })).body),
    ).toEqual(['url']);
    expect(fieldsOf((await post({ name: ' ', kind: 'discord', url: 'https://a.test/h' })).body).sort()).toEqual([
      'kind',
      'name',
    ]);
    const made = await hook('slack', catcher().url);
    const patch = await admin.patch(`/api/outreach/webhooks/${made.id}`, { url: 'ftp://127.0.0.1/x' });
    expect(patch.status).toBe(400);
    expect(fieldsOf(patch.body)).toEqual(['url']);
    const renamed = await admin.patch(`/api/outreach/webhooks/${made.id}`, {
      name: 'Renamed',
      enabled: false,
      kind: 'teams',
    });
    expect(renamed.body).toEqual(jasmine.objectContaining({ name: 'Renamed', enabled: false, kind: 'teams' }));
    expect(
      (await admin.patch('/api/outreach/webhooks/00000000-0000-4000-8000-000000000000', { name: 'x' })).status,
    ).toBe(404);
  });

  it('never shows the URL: not in responses, the audit log, the database or the logs', async () => {
    const first = catcher();
    const second = catcher();
    const made = await hook('slack', first.url);
    expect(made.urlHost).toBe(`127.0.0.1:${sandbox.httpPort}`);
    const responses = [
      made,
      (await admin.patch(`/api/outreach/webhooks/${made.id}`, { url: second.url })).body,
      (await admin.get('/api/outreach/webhooks')).body,
      (await admin.post(`/api/outreach/webhooks/${made.id}/test`)).body,
    ];
    expect((await caught(second.name)).length)
      .withContext('the new URL is used')
      .toBe(1);
    const [stored] = await api.dataSource.query(`SELECT url_sealed FROM chat_webhooks WHERE id = $1`, [made.id]);
    const audit = await api.dataSource.query(
      `SELECT details FROM audit_events WHERE target_type = 'chat_webhook' AND target_id = $1`,
      [made.id],
    );
    expect(audit.length).toBe(2);
    for (const secret of [first.name, second.name]) {
      expect(JSON.stringify(responses)).not.toContain(secret);
      expect(stored.url_sealed).not.toContain(secret);
      expect(JSON.stringify(audit)).not.toContain(secret);
      expect(logs.filter((line) => line.includes(secret))).toEqual([]);
    }
    expect(logs.length).withContext('the API logged requests at all').toBeGreaterThan(0);
  });

  it('runs end to end in the worker: the repeatable job finds the item and Bull posts it once', async () => {
    const worker = await startTestWorker({ QUEUE_PREFIX: queuePrefix, FEATURED_ANNOUNCE_INTERVAL_SECONDS: '1' });
    try {
      const at = catcher();
      const enabled = await hook('slack', at.url);
      const off = catcher();
      const disabled = await hook('teams', off.url);
      await admin.patch(`/api/outreach/webhooks/${disabled.id}`, { enabled: false });
      const featured = await item({ featured: true });
      const deadline = Date.now() + 20_000;
      while ((await caught(at.name)).length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 250));
      await new Promise((r) => setTimeout(r, 2500));
      const posts = await caught(at.name);
      expect(posts.length).toBe(1);
      expect(posts[0].body.blocks[1].elements[0].text).toContain(`/compose/${featured}|`);
      expect(await caught(off.name))
        .withContext('a disabled hook gets nothing')
        .toEqual([]);
      const [listed] = (await admin.get<ChatWebhook[]>('/api/outreach/webhooks')).body.filter(
        (h) => h.id === enabled.id,
      );
      expect(listed.lastStatus).toBe('ok');
    } finally {
      await worker.close();
    }
  }, 60_000);

  it('is for admins only', async () => {
    const lead = await signIn(['lead']);
    expect((await lead.get('/api/outreach/webhooks')).status).toBe(403);
    expect(
      (await curator.post('/api/outreach/webhooks', { name: 'x', kind: 'slack', url: 'https://a.test/h' })).status,
    ).toBe(403);
  });
});
