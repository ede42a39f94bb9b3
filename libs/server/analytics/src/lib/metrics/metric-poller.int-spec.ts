import { getQueueToken } from '@nestjs/bull';
import type { MetricsAvailability, XReadSpend } from '@chorus/shared/contracts';
import { ConnectionsService } from '@chorus/server/connections';
import { ANALYTICS_JOBS, QUEUES } from '@chorus/server/core';
import {
  createUser,
  deleteQueueKeys,
  SandboxProcess,
  setClockOffset,
  startSandboxProcess,
  startTestApi,
  startTestWorker,
  TestApi,
  TestClient,
  testEnvironment,
  TestWorker,
} from '@chorus/server/testing';
import type { Queue } from 'bull';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
// The publishing specs' fixture: accounts through the real OAuth round trip, shares through the sandbox.
import { Advocate, PublishingFixture } from '@chorus/server/publishing/testing';
import { MetricPoller, PollResult } from './metric-poller';
import {
  LINKEDIN_SELF_SERVE_REASON,
  MetricsAvailabilityService,
  X_NO_BUDGET_REASON,
} from './metrics-availability.service';
import { addDays, utcDay } from '../rollups/utc-days';

const HOUR = 3_600_000;
const POLL_INTERVAL_SECONDS = 86_400;

interface SnapshotRow {
  observed_at: Date;
  impressions: number | null;
  reactions: number | null;
  comments: number | null;
  reposts: number | null;
  link_clicks: number | null;
  impressions_delta: number;
  engagements_delta: number;
}

/** A post's figures as the sandbox's X API answers them right now (a plain HTTP call, not our adapter). */
interface XFigures {
  impressions: number;
  likes: number;
  replies: number;
  retweets: number;
  quotes: number;
  linkClicks: number;
}

/**
 * Metric polling against the real sandbox: the worker publishes, the spec runs the poller (it is resolvable in
 * the API) and reads what it stored. The sandbox clock is frozen and both clocks only move forward together,
 * from 01:00 UTC tomorrow, so metrics are exact functions of the moves and no spec crosses a UTC day.
 * Before each spec every other share is retired from polling, so each spec sees its own shares only.
 */
describe('metric polling (API + worker + real sandbox)', () => {
  let sandbox: SandboxProcess;
  let api: TestApi;
  let worker: TestWorker;
  let kit: PublishingFixture;
  let admin: TestClient;
  let lead: TestClient;
  let prefix: string;
  let offsetMs = 0;
  let registeredPolls: Array<{ name: string; every: number }> = [];
  const retired = new Set<string>();

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
    prefix = `${(await testEnvironment()).queuePrefix}_metrics`;
    const overrides = {
      QUEUE_PREFIX: prefix,
      CLOCK_CONTROL: 'true',
      NETWORK_SANDBOX_PORT: String(sandbox.httpPort),
      NETWORK_TIMEOUT_MS: '3000',
      PUBLISH_RECONCILE_INTERVAL_SECONDS: '1',
      PUBLISH_RESOLVE_DELAY_SECONDS: '0',
      PUBLISH_RETRY_BASE_SECONDS: '0.2',
      METRICS_POLL_INTERVAL_SECONDS: String(POLL_INTERVAL_SECONDS),
    };
    const now = new Date();
    const base = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 1);
    await sandbox.control.clock({ now: new Date(base).toISOString(), frozen: true });
    offsetMs = base - Date.now();
    api = await startTestApi(overrides);
    worker = await startTestWorker(overrides);
    await setClockOffset(prefix, offsetMs);

    // The worker registered the repeatable poll; take it away again so that it never runs beside a spec.
    const queue = worker.app.get<Queue>(getQueueToken(QUEUES.analytics));
    registeredPolls = (await queue.getRepeatableJobs())
      .filter((job) => job.name === ANALYTICS_JOBS.pollMetrics)
      .map((job) => ({ name: job.name, every: Number(job.every) }));
    await queue.removeRepeatable(ANALYTICS_JOBS.pollMetrics, {
      every: POLL_INTERVAL_SECONDS * 1000,
      jobId: ANALYTICS_JOBS.pollMetrics,
    });

    kit = new PublishingFixture(api, sandbox);
    await kit.setUpNetworkApps();
    const adminUser = await createUser(api.dataSource, { roles: ['admin'] });
    admin = api.client();
    await admin.login(adminUser.email, adminUser.password);
    const leadUser = await createUser(api.dataSource, { roles: ['lead'] });
    lead = api.client();
    await lead.login(leadUser.email, leadUser.password);
  }, 90_000);

  beforeEach(async () => {
    await budget(1000);
    // Shares of earlier specs (and of other files) are not this spec's business.
    const rows: Array<{ share_id: string }> = await api.dataSource.query(
      `INSERT INTO share_metric_states (share_id, status)
       SELECT id, 'finished' FROM shares
       ON CONFLICT (share_id) DO UPDATE SET status = 'finished', next_poll_at = NULL
       RETURNING share_id`,
    );
    rows.forEach((r) => retired.add(r.share_id));
  });

  afterAll(async () => {
    if (api && kit) {
      const mine: Array<{ id: string }> = await api.dataSource.query(
        `SELECT id FROM shares WHERE user_id = ANY($1::uuid[])`,
        [kit.userIds],
      );
      const ids = [...mine.map((r) => r.id), ...retired];
      await api.dataSource.query(`DELETE FROM share_metric_snapshots WHERE share_id = ANY($1::uuid[])`, [ids]);
      await api.dataSource.query(`DELETE FROM share_metric_states WHERE share_id = ANY($1::uuid[])`, [ids]);
      await api.dataSource.query(`DELETE FROM x_post_reads WHERE share_id = ANY($1::uuid[])`, [ids]);
      await budget(500);
      await kit.cleanUp();
    }
    await worker?.close();
    await api?.close();
    await sandbox?.stop();
    if (prefix) await deleteQueueKeys(prefix);
  }, 30_000);

  /** Both clocks forward by the same amount (the app clock keeps running; the sandbox's is frozen). */
  const advance = async (ms: number) => {
    await sandbox.control.clock({ advanceSeconds: ms / 1000 });
    offsetMs += ms;
    await setClockOffset(prefix, offsetMs);
  };
  const appNow = () => new Date(Date.now() + offsetMs);
  const today = () => utcDay(appNow());

  async function budget(reads: number): Promise<void> {
    const response = await admin.put('/api/analytics/settings', { xReadBudgetPerDay: reads });
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(200);
  }

  const poll = (): Promise<PollResult> => api.app.get(MetricPoller).pollDue();

  const published = async (advocate: Advocate, network: 'x' | 'linkedin') => {
    const { share } = await kit.shareOne(advocate, network);
    await kit.waitForState(advocate, share.id, 'published');
    const [row] = await api.dataSource.query(`SELECT id, remote_id, account_id FROM shares WHERE id = $1`, [share.id]);
    return { id: row.id as string, remoteId: row.remote_id as string, accountId: row.account_id as string };
  };

  const snapshots = (shareId: string): Promise<SnapshotRow[]> =>
    api.dataSource.query(
      `SELECT observed_at, impressions, reactions, comments, reposts, link_clicks, impressions_delta, engagements_delta
         FROM share_metric_snapshots WHERE share_id = $1 ORDER BY observed_at, id`,
      [shareId],
    );
  const state = async (shareId: string) =>
    (
      await api.dataSource.query(
        `SELECT status, next_poll_at, polls, last_polled_at, last_error FROM share_metric_states WHERE share_id = $1`,
        [shareId],
      )
    )[0];
  const readsToday = async () =>
    (await api.dataSource.query(`SELECT count(*)::int AS n FROM x_post_reads WHERE day = $1`, [today()]))[0]
      .n as number;
  const readsOf = async (shareId: string) =>
    (
      await api.dataSource.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM x_post_reads WHERE share_id = $1`, [
        shareId,
      ])
    ).map((r: { day: string }) => r.day);

  /** The X API of the sandbox, called by hand with the advocate's current token. */
  async function xApi(
    accountId: string,
    method: 'GET' | 'DELETE',
    path: string,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the sandbox's JSON, read field by field
  ): Promise<{ status: number; body: Record<string, any> }> {
    const credentials = await api.app.get(ConnectionsService).credentials(accountId);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: sandbox.httpPort,
          method,
          path,
          headers: { host: 'api.x.com', authorization: `Bearer ${credentials?.tokens.accessToken}` },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
        },
      );
      req.on('error', reject);
      req.end();
    });
  }

  async function xFigures(accountId: string, remoteId: string): Promise<XFigures> {
    const response = await xApi(
      accountId,
      'GET',
      `/2/tweets?ids=${remoteId}&tweet.fields=public_metrics,non_public_metrics`,
    );
    expect(response.status).withContext(JSON.stringify(response.body)).toBe(200);
    const [tweet] = response.body.data;
    return {
      impressions: tweet.non_public_metrics.impression_count,
      likes: tweet.public_metrics.like_count,
      replies: tweet.public_metrics.reply_count,
      retweets: tweet.public_metrics.retweet_count,
      quotes: tweet.public_metrics.quote_count,
      linkClicks: tweet.non_public_metrics.url_link_clicks,
    };
  }

  const asStored = (f: XFigures) => ({
    impressions: f.impressions,
    reactions: f.likes,
    comments: f.replies,
    reposts: f.retweets + f.quotes,
    link_clicks: f.linkClicks,
  });

  it('the worker registers the repeatable poll every METRICS_POLL_INTERVAL_SECONDS', () => {
    expect(registeredPolls).toEqual([{ name: ANALYTICS_JOBS.pollMetrics, every: POLL_INTERVAL_SECONDS * 1000 }]);
  });

  it('stores X figures as the sandbox reports them, with deltas that add up, and bills one read per post per day', async () => {
    const advocate = await kit.advocate(['x']);
    const share = await published(advocate, 'x');
    const readsBefore = await readsToday();
    const rollups = worker.app.get<Queue>(getQueueToken(QUEUES.analytics));

    expect(await poll()).toEqual({ polled: 1, skippedForBudget: 0, failed: 0 });
    expect((await rollups.getDelayed()).some((job) => job.name === ANALYTICS_JOBS.rollup))
      .withContext('the rollups were asked for after new snapshots')
      .toBeTrue();
    await advance(HOUR + 60_000);
    expect(await poll()).toEqual({ polled: 1, skippedForBudget: 0, failed: 0 });
    const afterSecond = await xFigures(share.accountId, share.remoteId);
    // Past the two hours of the X access token: the poller refreshes it first.
    await advance(2 * HOUR);
    expect(await poll()).toEqual({ polled: 1, skippedForBudget: 0, failed: 0 });
    const latest = await xFigures(share.accountId, share.remoteId);

    const stored = await snapshots(share.id);
    expect(stored.length).toBe(3);
    expect(
      stored.map(({ impressions, reactions, comments, reposts, link_clicks }) => ({
        impressions,
        reactions,
        comments,
        reposts,
        link_clicks,
      })),
    ).toEqual([
      { impressions: 0, reactions: 0, comments: 0, reposts: 0, link_clicks: 0 },
      asStored(afterSecond),
      asStored(latest),
    ]);
    expect(latest.impressions).toBeGreaterThan(afterSecond.impressions);
    expect(afterSecond.impressions).toBeGreaterThan(0);
    const engagements = latest.likes + latest.replies + latest.retweets + latest.quotes;
    expect(stored.map((s) => s.impressions_delta)).toEqual([
      0,
      afterSecond.impressions,
      latest.impressions - afterSecond.impressions,
    ]);
    expect(stored.reduce((sum, s) => sum + s.impressions_delta, 0)).toBe(latest.impressions);
    expect(stored.reduce((sum, s) => sum + s.engagements_delta, 0)).toBe(engagements);

    const [totals] = await api.dataSource.query(`SELECT impressions, engagements FROM shares WHERE id = $1`, [
      share.id,
    ]);
    expect(totals).toEqual({ impressions: latest.impressions, engagements });
    const after = await state(share.id);
    expect(after).toEqual(jasmine.objectContaining({ status: 'active', polls: 3, last_error: null }));
    expect(after.next_poll_at.getTime() - after.last_polled_at.getTime()).toBe(HOUR);
    expect((await kit.account(advocate, 'x')).lastRefreshedAt)
      .withContext('the token was refreshed')
      .not.toBeNull();

    // Three reads on one UTC day: one billable read.
    expect(await readsOf(share.id)).toEqual([today()]);
    expect(await readsToday()).toBe(readsBefore + 1);
  });

  it('with a budget of one read left, reads the younger of two due X posts and defers the other', async () => {
    // Two advocates (X wants posts of one member 30 minutes apart), so also two accounts in one run.
    const older = await published(await kit.advocate(['x']), 'x');
    const younger = await published(await kit.advocate(['x']), 'x');
    const used = await readsToday();
    await budget(used + 1);

    expect(await poll()).toEqual({ polled: 1, skippedForBudget: 1, failed: 0 });
    expect((await snapshots(younger.id)).length).toBe(1);
    expect((await snapshots(older.id)).length).toBe(0);
    expect(await readsOf(younger.id)).toEqual([today()]);
    expect(await readsOf(older.id)).toEqual([]);
    expect(await readsToday()).toBe(used + 1);
    const waiting = await state(older.id);
    expect(waiting.status).toBe('active');
    expect(waiting.next_poll_at.getTime()).toBeLessThanOrEqual(appNow().getTime());

    // Still spent on the next run; once there is budget again, the deferred post is read.
    expect(await poll()).toEqual({ polled: 0, skippedForBudget: 1, failed: 0 });
    await budget(used + 2);
    expect(await poll()).toEqual({ polled: 1, skippedForBudget: 0, failed: 0 });
    expect((await snapshots(older.id)).length).toBe(1);
    expect(await readsToday()).toBe(used + 2);
  });

  it('with an X read budget of 0, says X metrics are unavailable and reads (and bills) nothing', async () => {
    const advocate = await kit.advocate(['x']);
    const share = await published(advocate, 'x');
    await budget(0);
    const used = await readsToday();

    const availability = await api.app.get(MetricsAvailabilityService).all();
    expect(availability.find((a) => a.network === 'x')).toEqual({
      network: 'x',
      available: false,
      reason: X_NO_BUDGET_REASON,
    });
    expect(await poll()).toEqual({ polled: 0, skippedForBudget: 0, failed: 0 });
    expect(await snapshots(share.id)).toEqual([]);
    expect(await readsToday()).toBe(used);

    await budget(5);
    expect(await poll())
      .withContext('the same share is read once there is a budget')
      .toEqual({ polled: 1, skippedForBudget: 0, failed: 0 });
  });

  it('reads nothing from a self-serve LinkedIn app, and says why', async () => {
    const advocate = await kit.advocate(['linkedin']);
    const share = await published(advocate, 'linkedin');

    const availability: MetricsAvailability[] = await api.app.get(MetricsAvailabilityService).all();
    expect(availability).toEqual([
      { network: 'linkedin', available: false, reason: LINKEDIN_SELF_SERVE_REASON },
      { network: 'x', available: true, reason: null },
    ]);
    expect(await poll()).toEqual({ polled: 0, skippedForBudget: 0, failed: 0 });
    expect(await snapshots(share.id)).toEqual([]);
    expect(await state(share.id)).toBeUndefined();
    const [totals] = await api.dataSource.query(`SELECT impressions, engagements FROM shares WHERE id = $1`, [
      share.id,
    ]);
    expect(totals).toEqual({ impressions: null, engagements: null });
  });

  it('finishes polling a post deleted on X, with the reason', async () => {
    const advocate = await kit.advocate(['x']);
    const share = await published(advocate, 'x');
    expect((await xApi(share.accountId, 'DELETE', `/2/tweets/${share.remoteId}`)).status).toBe(200);

    expect(await poll()).toEqual({ polled: 0, skippedForBudget: 0, failed: 0 });
    expect(await snapshots(share.id)).toEqual([]);
    expect(await state(share.id)).toEqual(
      jasmine.objectContaining({ status: 'finished', next_poll_at: null, last_error: 'The post is no longer on X.' }),
    );
  });

  it('reports X spend exactly as the read ledger has it', async () => {
    const day = today();
    // Other specs (the demo seed) may have reads on these days too: count ours on top of theirs.
    const [{ before }]: Array<{ before: number }> = await api.dataSource.query(
      `SELECT count(*)::int AS before FROM x_post_reads WHERE day = $1::date`,
      [addDays(day, -1)],
    );
    const fake = [
      [addDays(day, -1), randomUUID()],
      [addDays(day, -1), randomUUID()],
      [addDays(day, -3), randomUUID()],
      [addDays(day, -45), randomUUID()],
    ];
    for (const [d, id] of fake)
      await api.dataSource.query(`INSERT INTO x_post_reads (day, share_id) VALUES ($1, $2)`, [d, id]);
    fake.forEach(([, id]) => retired.add(id));
    await budget(321);

    const response = await lead.get<XReadSpend>('/api/analytics/x-spend');
    expect(response.status).toBe(200);
    const ledger: Array<{ day: string; reads: number }> = await api.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS reads FROM x_post_reads GROUP BY day`,
    );
    const readsOn = (d: string) => ledger.find((r) => r.day === d)?.reads ?? 0;
    const window = Array.from({ length: 30 }, (_, i) => addDays(day, i - 29));
    const monthReads = ledger
      .filter((r) => r.day >= `${day.slice(0, 8)}01` && r.day <= day)
      .reduce((sum, r) => sum + r.reads, 0);

    const spend = response.body;
    expect(spend.currency).toBe('USD');
    expect(spend.pricePerRead).toBe(0.005);
    expect(spend.budgetPerDay).toBe(321);
    expect(spend.today).toEqual({ day, reads: readsOn(day), cost: jasmine.any(Number) });
    expect(spend.days.map((d) => [d.day, d.reads])).toEqual(window.map((d) => [d, readsOn(d)]));
    expect(spend.days.find((d) => d.day === addDays(day, -1))?.reads).toBe(before + 2);
    expect(spend.days.length).withContext('every day of the window is there, days without reads with 0').toBe(30);
    for (const d of [...spend.days, spend.today]) expect(d.cost).toBeCloseTo(d.reads * 0.005, 10);
    expect(spend.monthToDate.reads).toBe(monthReads);
    expect(spend.monthToDate.cost).toBeCloseTo(monthReads * 0.005, 10);
  });
});
