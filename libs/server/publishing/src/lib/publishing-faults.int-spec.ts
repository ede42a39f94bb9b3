import type { ShareView } from '@chorus/shared/contracts';
import { ConnectionsService, NetworkAdapters } from '@chorus/server/connections';
import { QUEUES } from '@chorus/server/core';
import {
  deleteQueueKeys,
  SandboxProcess,
  setClockOffset,
  startSandboxProcess,
  startTestApi,
  startTestWorker,
  startWorkerProcess,
  TestApi,
  testEnvironment,
  TestWorker,
  WorkerProcess,
} from '@chorus/server/testing';
import { getQueueToken } from '@nestjs/bull';
import type { Queue } from 'bull';
import { Advocate, PublishingFixture } from './testing/publishing-fixture';
import { publishJobId } from './worker/share-dispatcher';
import { SharePublisher } from './worker/share-publisher';

const X_POST = { network: 'x', method: 'POST', path: '/2/tweets' } as const;
const LINKEDIN_POST = { network: 'linkedin', method: 'POST', path: '/rest/posts' } as const;
const X_DUPLICATE = {
  type: 'about:blank',
  title: 'Forbidden',
  status: 403,
  detail: 'You are not allowed to create a Tweet with duplicate content.',
};

/**
 * The proof: at most once, never silently lost. Each spec injects a fault on the way to the
 * sandbox (or kills the worker, or empties Redis) and ends with every share published exactly once —
 * counted in the sandbox by the share's unique tracked link — or failed / waiting with a reason.
 *
 * Time is moved with the app clock (CLOCK_CONTROL: every process reads the offset from Redis) rather
 * than waited for; the reconciler runs every second and promotes jobs that are due by that clock.
 */
describe('publishing under faults (API + worker + real sandbox)', () => {
  let sandbox: SandboxProcess;
  let api: TestApi;
  let worker: TestWorker;
  let kit: PublishingFixture;
  let prefix: string;
  let overrides: Record<string, string>;
  let movedClock = false;
  let movedSandboxClock = false;
  let child: WorkerProcess | null = null;
  /** False while a spec runs without this process's worker (the SIGKILL spec). */
  let workerRunning = false;

  // Specs wait for a worker and the network: more than Jasmine's default 5 s, never minutes.
  let defaultTimeout = 0;
  beforeAll(() => {
    defaultTimeout = jasmine.DEFAULT_TIMEOUT_INTERVAL;
    jasmine.DEFAULT_TIMEOUT_INTERVAL = 40_000;
  });
  afterAll(() => {
    jasmine.DEFAULT_TIMEOUT_INTERVAL = defaultTimeout;
  });

  beforeAll(async () => {
    sandbox = await startSandboxProcess();
    prefix = `${(await testEnvironment()).queuePrefix}_faults`;
    overrides = {
      QUEUE_PREFIX: prefix,
      CLOCK_CONTROL: 'true',
      NETWORK_SANDBOX_PORT: String(sandbox.httpPort),
      NETWORK_TIMEOUT_MS: '1500',
      PUBLISH_RECONCILE_INTERVAL_SECONDS: '1',
      // Long enough to see outcome_unknown from the outside before the resolver settles it.
      PUBLISH_RESOLVE_DELAY_SECONDS: '1',
      PUBLISH_RETRY_BASE_SECONDS: '0.2',
      PUBLISH_MAX_TRANSIENT_FAILURES: '3',
      PUBLISH_LEASE_SECONDS: '5',
    };
    api = await startTestApi(overrides);
    worker = await startTestWorker(overrides);
    workerRunning = true;
    kit = new PublishingFixture(api, sandbox);
    await kit.setUpNetworkApps();
  }, 90_000);

  afterEach(async () => {
    await sandbox.control.clearFaults();
    if (movedClock) await setClockOffset(prefix, 0);
    if (movedSandboxClock) await sandbox.control.clock({ now: new Date().toISOString() });
    movedClock = false;
    movedSandboxClock = false;
    await child?.kill();
    child = null;
    if (!workerRunning) {
      worker = await startTestWorker(overrides);
      workerRunning = true;
    }
  });

  afterAll(async () => {
    await kit?.cleanUp();
    await worker?.close();
    await api?.close();
    await sandbox?.stop();
    if (prefix) await deleteQueueKeys(prefix);
  }, 30_000);

  const moveClock = async (offsetMs: number) => {
    movedClock = true;
    await setClockOffset(prefix, offsetMs);
  };

  const mailsTo = (advocate: Advocate) => worker.mail.sent.filter((m) => m.to === advocate.email).map((m) => m.subject);
  const notificationKinds = async (advocate: Advocate) =>
    ((await advocate.client.get('/api/notifications')).body.items as Array<{ kind: string }>).map((n) => n.kind);

  /** Exactly one post with the link on the network, and the share points at it. */
  const publishedOnce = async (share: ShareView, trackedUrl: string) => {
    const posts = await kit.postsWithLink(share.network, trackedUrl);
    expect(posts.length).withContext(`${share.network} posts with ${trackedUrl}`).toBe(1);
    expect(share.state).toBe('published');
    expect(share.postUrl).toContain(posts[0].id);
    return posts[0];
  };

  describe('rate limits', () => {
    it('X 429 with x-rate-limit-reset: waits until the announced reset, then publishes once', async () => {
      const advocate = await kit.advocate(['x']);
      const resetAt = new Date(Math.ceil((Date.now() + 120_000) / 1000) * 1000);
      await sandbox.control.failNext({
        ...X_POST,
        status: 429,
        body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
        headers: {
          'x-rate-limit-limit': '100',
          'x-rate-limit-remaining': '0',
          'x-rate-limit-reset': String(resetAt.getTime() / 1000),
        },
      });
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x');
      const waiting = await kit.waitFor(advocate, share.id, (s) => s.state === 'scheduled' && s.attempts === 1, { what: 'rescheduled' });
      expect(waiting.failure?.code).toBe('network.rate_limited');
      expect(waiting.failure?.message).toContain(resetAt.toISOString());
      const due = new Date(waiting.dueAt).getTime();
      expect(due).toBeGreaterThanOrEqual(resetAt.getTime() + 1000);
      expect(due).toBeLessThanOrEqual(resetAt.getTime() + 5000);
      await new Promise((r) => setTimeout(r, 1500));
      expect((await kit.view(advocate, share.id)).state).withContext('not before the reset').toBe('scheduled');
      expect(await kit.postsWithLink('x', trackedUrl)).toEqual([]);

      await moveClock(due - Date.now() + 3000);
      const done = await kit.waitForState(advocate, share.id, 'published');
      expect(done.attempts).toBe(2);
      await publishedOnce(done, trackedUrl);
    });

    it('LinkedIn 429 (no headers): waits until the daily reset at midnight UTC, then publishes once', async () => {
      const advocate = await kit.advocate(['linkedin']);
      await sandbox.control.failNext({ ...LINKEDIN_POST, status: 429 });
      const { share, trackedUrl } = await kit.shareOne(advocate, 'linkedin');
      const waiting = await kit.waitFor(advocate, share.id, (s) => s.state === 'scheduled' && s.attempts === 1, { what: 'rescheduled' });
      const now = new Date();
      const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
      const due = new Date(waiting.dueAt).getTime();
      expect(waiting.failure?.code).toBe('network.rate_limited');
      expect(due).toBeGreaterThanOrEqual(midnight + 1000);
      expect(due).toBeLessThanOrEqual(midnight + 5000);

      await moveClock(due - Date.now() + 3000);
      const done = await kit.waitForState(advocate, share.id, 'published');
      await publishedOnce(done, trackedUrl);
    });
  });

  describe('transient errors', () => {
    it('retries 500s after a backoff and publishes once', async () => {
      const advocate = await kit.advocate(['x']);
      await sandbox.control.failNext({ ...X_POST, status: 500, count: 2 });
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x');
      // The delays themselves (exponential, jittered, capped) are retry-policy.spec's; here: bounded retries.
      const done = await kit.waitForState(advocate, share.id, 'published');
      expect(done.attempts).toBe(3);
      expect(done.failure).toBeNull();
      await publishedOnce(done, trackedUrl);
      expect((await sandbox.control.faults()).length).toBe(0);
      expect(mailsTo(advocate)).toEqual([]);
    });

    it('gives up after PUBLISH_MAX_TRANSIENT_FAILURES 500s: failed with the reason, in the app and by mail', async () => {
      const advocate = await kit.advocate(['linkedin']);
      await sandbox.control.failNext({ ...LINKEDIN_POST, status: 500, count: 3 });
      const { share, trackedUrl } = await kit.shareOne(advocate, 'linkedin');
      const failed = await kit.waitForState(advocate, share.id, 'failed');
      expect(failed.attempts).toBe(3);
      expect(failed.failure?.code).toBe('network.transient');
      expect(failed.failure?.message).toMatch(/^LinkedIn kept failing \(3 attempts\): LinkedIn failed: /);
      expect(await kit.postsWithLink('linkedin', trackedUrl)).toEqual([]);
      expect(await kit.until(() => notificationKinds(advocate), (k) => k.length > 0)).toEqual(['share_failed']);
      expect(await kit.until(() => mailsTo(advocate), (m) => m.length > 0)).toEqual(['Chorus: Your LinkedIn post was not published']);
    });
  });

  describe('unknown outcomes', () => {
    it('X timeout (no answer): outcome_unknown → the resolver finds nothing → published exactly once', async () => {
      const advocate = await kit.advocate(['x']);
      await sandbox.control.failNext({ ...X_POST, mode: 'hang' });
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x');
      const seen: Array<ShareView['state']> = [];
      const done = await kit.waitForState(advocate, share.id, 'published', { seen });
      expect(seen).toContain('outcome_unknown');
      expect(done.attempts).toBe(2);
      await publishedOnce(done, trackedUrl);
    });

    it('X drop after commit: the resolver finds the post by its tracked link and records it, posting nothing again', async () => {
      const advocate = await kit.advocate(['x']);
      await sandbox.control.failNext({ ...X_POST, mode: 'drop-after-commit' });
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x');
      const seen: Array<ShareView['state']> = [];
      const done = await kit.waitForState(advocate, share.id, 'published', { seen });
      expect(seen).toContain('outcome_unknown');
      expect(done.attempts).withContext('the network was called once').toBe(1);
      const post = await publishedOnce(done, trackedUrl);
      expect(done.postUrl).toMatch(new RegExp(`^https://x\\.com/\\w+/status/${post.id}$`));
      const [row] = await api.dataSource.query(`SELECT remote_id FROM shares WHERE id = $1`, [share.id]);
      expect(row.remote_id).toBe(post.id);
    });

    it('LinkedIn drop after commit: cannot look it up, so asks the advocate (app and mail) instead of posting twice', async () => {
      const advocate = await kit.advocate(['linkedin']);
      await sandbox.control.failNext({ ...LINKEDIN_POST, mode: 'drop-after-commit' });
      const { share, trackedUrl } = await kit.shareOne(advocate, 'linkedin');
      const asking = await kit.waitFor(advocate, share.id, (s) => s.state === 'outcome_unknown' && s.needsConfirmation, { what: 'needs confirmation' });
      expect(asking.failure?.message).toContain('Did it appear on your profile?');
      expect(await kit.until(() => notificationKinds(advocate), (k) => k.length > 0)).toEqual(['share_outcome_unknown']);
      expect(await kit.until(() => mailsTo(advocate), (m) => m.length > 0)).toEqual(['Chorus: Did your LinkedIn post appear?']);
      // A few reconcile passes later: still waiting for the advocate, still one post.
      await new Promise((r) => setTimeout(r, 3000));
      expect((await kit.view(advocate, share.id)).state).toBe('outcome_unknown');
      const [post] = await kit.postsWithLink('linkedin', trackedUrl);
      expect((await kit.postsWithLink('linkedin', trackedUrl)).length).toBe(1);

      const postUrl = `https://www.linkedin.com/feed/update/${post.id}/`;
      const confirmed = await advocate.client.post(`/api/shares/${share.id}/confirm`, { appeared: true, postUrl });
      expect(confirmed.body).toEqual(jasmine.objectContaining({ state: 'published', postUrl, needsConfirmation: false }));
      await publishedOnce(confirmed.body, trackedUrl);
    });

    it('X duplicate error, post not there: the resolver finds nothing and fails the share with the reason', async () => {
      const advocate = await kit.advocate(['x']);
      await sandbox.control.failNext({ ...X_POST, status: 403, body: X_DUPLICATE, headers: { 'content-type': 'application/problem+json' } });
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x');
      const failed = await kit.waitForState(advocate, share.id, 'failed');
      expect(failed.failure).toEqual({
        code: 'network.duplicate',
        message: 'X refused the post as a duplicate of one of your recent posts. Change the text and retry.',
      });
      expect(failed.attempts).toBe(1);
      expect(await kit.postsWithLink('x', trackedUrl)).toEqual([]);
      expect(await kit.until(() => notificationKinds(advocate), (k) => k.length > 0)).toEqual(['share_failed']);
      expect(await kit.until(() => mailsTo(advocate), (m) => m.length > 0)).toEqual(['Chorus: Your X post was not published']);
    });

    it('X duplicate error, post there (an earlier attempt went through): the resolver records that post', async () => {
      const advocate = await kit.advocate(['x']);
      const item = await kit.item();
      const draft = await kit.draft(advocate, item.id);
      const text = kit.ownWords(draft, 'x');
      const trackedUrl = draft.targets[1].trackedUrl as string;
      // The post is on X already, as if an earlier answer had been lost: X refuses the same words again.
      const account = await kit.account(advocate, 'x');
      const credentials = await api.app.get(ConnectionsService).credentials(account.id);
      if (!credentials) throw new Error('no credentials');
      const adapter = await api.app.get(NetworkAdapters).for('x');
      const earlier = await adapter.publish(credentials.tokens.accessToken, credentials.profile, { text });

      const created = await kit.share(advocate, { contentItemId: item.id, targets: [{ network: 'x', text }], timing: 'now' });
      expect(created.status).withContext(JSON.stringify(created.body)).toBe(201);
      const id = created.body.shares[0].id;
      const seen: Array<ShareView['state']> = [];
      const done = await kit.waitForState(advocate, id, 'published', { seen });
      expect(seen).toContain('outcome_unknown');
      const post = await publishedOnce(done, trackedUrl);
      expect(post.id).toBe(earlier.remoteId);
    });

    it('X timeline lagging behind a committed attempt: the later duplicate error still resolves to that first post', async () => {
      const advocate = await kit.advocate(['x']);
      const resetAt = new Date(Math.ceil((Date.now() + 300_000) / 1000) * 1000);
      // 1st attempt: X commits but the answer is lost; the resolver's first look does not list it yet.
      await sandbox.control.failNext({ ...X_POST, mode: 'drop-after-commit' });
      await sandbox.control.failNext({ network: 'x', method: 'GET', path: '/2/users/', status: 200, body: { meta: { result_count: 0 } } });
      // 2nd attempt: rate limited for five minutes. 3rd attempt: X itself refuses the words as a duplicate.
      await sandbox.control.failNext({ ...X_POST, status: 429, headers: { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(resetAt.getTime() / 1000) } });
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x');
      const waiting = await kit.waitFor(advocate, share.id, (s) => s.state === 'scheduled' && s.failure?.code === 'network.rate_limited', { what: 'rate limited' });
      expect(waiting.attempts).toBe(2);
      expect((await kit.postsWithLink('x', trackedUrl)).length).toBe(1);

      const ahead = Date.parse(waiting.dueAt) - Date.now() + 3000;
      movedSandboxClock = true;
      await sandbox.control.clock({ advanceSeconds: Math.ceil(ahead / 1000) });
      await moveClock(ahead);
      const done = await kit.waitForState(advocate, share.id, 'published');
      expect(done.attempts).toBe(3);
      await publishedOnce(done, trackedUrl);
    });
  });

  describe('tokens', () => {
    it('X token expired at the network: refreshed once, then published once', async () => {
      const advocate = await kit.advocate(['x']);
      const before = await kit.account(advocate, 'x');
      movedSandboxClock = true;
      await sandbox.control.clock({ advanceSeconds: 2 * 3600 + 60 }); // X access tokens last two hours
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x');
      const done = await kit.waitForState(advocate, share.id, 'published');
      expect(done.attempts).toBe(2);
      await publishedOnce(done, trackedUrl);
      const after = await kit.account(advocate, 'x');
      expect(after.status).toBe('connected');
      expect(after.lastRefreshedAt).not.toBeNull();
      expect(after.accessTokenExpiresAt.getTime()).toBeGreaterThan(before.accessTokenExpiresAt.getTime());
    });

    it('X token refused again right after the refresh: needs_reconnect, not a refresh loop', async () => {
      const advocate = await kit.advocate(['x']);
      await sandbox.control.failNext({ ...X_POST, status: 401, count: 2 });
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x');
      const parked = await kit.waitForState(advocate, share.id, 'needs_reconnect');
      expect(parked.attempts).toBe(2);
      expect((await kit.account(advocate, 'x')).status).toBe('needs_reconnect');
      expect(await kit.postsWithLink('x', trackedUrl)).toEqual([]);
      expect(await kit.until(() => notificationKinds(advocate), (k) => k.length > 0)).toEqual(['share_needs_reconnect']);
    });

    it('LinkedIn token expired (no refresh tokens): needs_reconnect with a notification and a mail; reconnect and retry publishes once', async () => {
      const advocate = await kit.advocate(['linkedin']);
      movedSandboxClock = true;
      await sandbox.control.clock({ advanceSeconds: 61 * 86_400 }); // LinkedIn access tokens last 60 days
      const { share, trackedUrl } = await kit.shareOne(advocate, 'linkedin');
      const parked = await kit.waitForState(advocate, share.id, 'needs_reconnect');
      expect(parked.failure?.code).toBe('account.needs_reconnect');
      expect(parked.failure?.message).toBe('LinkedIn no longer accepts your connection. Reconnect it, then retry.');
      expect((await kit.account(advocate, 'linkedin')).status).toBe('needs_reconnect');
      expect(await kit.until(() => notificationKinds(advocate), (k) => k.length > 0)).toEqual(['share_needs_reconnect']);
      expect(await kit.until(() => mailsTo(advocate), (m) => m.length > 0)).toEqual(['Chorus: Reconnect LinkedIn to publish your post']);
      expect(await kit.postsWithLink('linkedin', trackedUrl)).toEqual([]);

      await sandbox.control.clock({ now: new Date().toISOString() });
      const refused = await advocate.client.post(`/api/shares/${share.id}/retry`);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('publishing.not_connected');
      await kit.connect(advocate, 'linkedin', true);
      expect((await advocate.client.post(`/api/shares/${share.id}/retry`)).status).toBe(200);
      await publishedOnce(await kit.waitForState(advocate, share.id, 'published'), trackedUrl);
    });
  });

  describe('lost workers and lost jobs', () => {
    it('five workers racing for one share: exactly one wins the claim and calls the network', async () => {
      const advocate = await kit.advocate(['x']);
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x', { timing: 'scheduled', scheduledAt: new Date(Date.now() + 3_600_000).toISOString() });
      await api.dataSource.query(`UPDATE shares SET due_at = $2 WHERE id = $1`, [share.id, new Date(Date.now() - 1000)]);
      const publisher = worker.app.get(SharePublisher);
      // Plus the reconciler, which promotes the share's own delayed job at the same time.
      await Promise.all(Array.from({ length: 5 }, () => publisher.run({ shareId: share.id, dispatch: 1 })));
      const done = await kit.waitForState(advocate, share.id, 'published');
      expect(done.attempts).toBe(1);
      await publishedOnce(done, trackedUrl);
    });

    it('a worker SIGKILLed while the network call hangs: the lease expires, the resolver settles it without a double post', async () => {
      // Only the child may take the job: this process's worker stops first.
      await worker.close();
      workerRunning = false;
      child = await startWorkerProcess({ ...overrides, NETWORK_TIMEOUT_MS: '60000' });
      const advocate = await kit.advocate(['x']);
      await sandbox.control.failNext({ ...X_POST, mode: 'hang' });
      const { share, trackedUrl } = await kit.shareOne(advocate, 'x');
      await kit.waitForState(advocate, share.id, 'publishing');
      // The request is at X (the fault was taken) and X will never answer.
      await waitUntil(async () => (await sandbox.control.faults()).length === 0, 10_000, 'the publish request to reach X');
      await child.kill('SIGKILL');
      expect(child.child.signalCode).toBe('SIGKILL');
      child = null;
      expect((await kit.view(advocate, share.id)).state).withContext('nobody else may touch it within the lease').toBe('publishing');

      // The resolver's first look at X is rate limited for two seconds: long enough to see outcome_unknown.
      await sandbox.control.failNext({
        network: 'x',
        method: 'GET',
        path: '/2/users/',
        status: 429,
        headers: { 'x-rate-limit-limit': '900', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + 2) },
      });
      worker = await startTestWorker(overrides);
      workerRunning = true;
      const seen: Array<ShareView['state']> = [];
      const done = await kit.waitForState(advocate, share.id, 'published', { seen, timeoutMs: 30_000 });
      expect(seen[0]).toBe('publishing');
      expect(seen).toContain('outcome_unknown');
      expect(await sandbox.control.faults()).withContext('the resolver looked, was told to wait, looked again').toEqual([]);
      expect(done.attempts).toBe(2);
      await publishedOnce(done, trackedUrl);
    }, 120_000);

    it('Redis flushed while shares are scheduled: the reconciler recreates the jobs and each share is published once', async () => {
      const advocates = await Promise.all([kit.advocate(['x']), kit.advocate(['linkedin']), kit.advocate(['x'])]);
      const at = new Date(Date.now() + 60_000).toISOString();
      const shares = await Promise.all(
        advocates.map((advocate, i) => kit.shareOne(advocate, i === 1 ? 'linkedin' : 'x', { timing: 'scheduled', scheduledAt: at })),
      );
      const queueOf = (network: string) => worker.app.get<Queue>(getQueueToken(network === 'x' ? QUEUES.publishX : QUEUES.publishLinkedin));
      for (const { share } of shares) {
        expect(await queueOf(share.network).getJob(publishJobId({ id: share.id, dispatch: 1 }))).not.toBeNull();
      }

      expect(await deleteQueueKeys(prefix)).toBeGreaterThan(0);
      for (const { share } of shares) {
        expect(await queueOf(share.network).getJob(publishJobId({ id: share.id, dispatch: 1 }))).withContext('the job is gone').toBeNull();
      }
      await moveClock(90_000);
      for (const [i, { share, trackedUrl }] of shares.entries()) {
        const done = await kit.waitForState(advocates[i], share.id, 'published', { timeoutMs: 20_000 });
        expect(done.attempts).toBe(1);
        await publishedOnce(done, trackedUrl);
      }
    });
  });
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
