import { getQueueToken } from '@nestjs/bull';
import { Clock, QUEUES } from '@chorus/server/core';
import { LinksService } from '@chorus/server/links';
import {
  createUser,
  startTestApi,
  startTestWorker,
  TestApi,
  testEnvironment,
  TestWorker,
} from '@chorus/server/testing';
import type { Queue } from 'bull';
import { ReachFixture } from '../reports/testing/reach-fixture';
import { RollupTrigger } from './rollup-trigger';

async function waitFor<T>(check: () => Promise<T | undefined>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('rollup trigger (real Redis)', () => {
  let api: TestApi;
  let queue: Queue;

  beforeAll(async () => {
    // A queue of its own that no worker reads: the jobs stay where the spec can look at them.
    const prefix = `${(await testEnvironment()).queuePrefix}_rollq`;
    api = await startTestApi({ QUEUE_PREFIX: prefix, ROLLUP_DEBOUNCE_MS: '5000' });
    queue = api.app.get<Queue>(getQueueToken(QUEUES.analytics));
  });

  afterAll(async () => {
    await api.close();
  });

  it('coalesces asks within one bucket into one delayed job, and a later bucket gets its own', async () => {
    const clock = api.app.get(Clock);
    const trigger = api.app.get(RollupTrigger);
    // The middle of a 5 s bucket, so the asks below cannot straddle two buckets by chance.
    const now = Date.now();
    const mid = Math.floor(now / 5000) * 5000 + 2500 + 5000 * 1000;
    clock.setOffset(mid - now);
    try {
      for (let i = 0; i < 5; i++) await trigger.soon();
      const jobs = (await queue.getDelayed()).filter((job) => job.name === 'rollup');
      expect(jobs.map((job) => job.id)).toEqual([`rollup-${Math.floor(mid / 5000)}`]);
      expect(jobs[0].opts.delay).toBe(5000);
      expect(jobs[0].opts.removeOnComplete).toBeTrue();
      expect(jobs[0].opts.removeOnFail).toBeTrue();

      clock.setOffset(mid + 5000 - now);
      await trigger.soon();
      const later = (await queue.getDelayed()).filter((job) => job.name === 'rollup');
      expect(later.length).toBe(2);
    } finally {
      clock.setOffset(0);
    }
  });
});

describe('rollups after clicks (API + worker)', () => {
  let api: TestApi;
  let worker: TestWorker;

  beforeAll(async () => {
    const overrides = {
      QUEUE_PREFIX: `${(await testEnvironment()).queuePrefix}_rollw`,
      ROLLUP_DEBOUNCE_MS: '200',
      ROLLUP_INTERVAL_SECONDS: '3600',
      LINK_CLICK_FLUSH_MS: '50',
    };
    api = await startTestApi(overrides);
    worker = await startTestWorker(overrides);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('registers the periodic rollup in the worker', async () => {
    const queue = worker.app.get<Queue>(getQueueToken(QUEUES.analytics));
    const repeatable = await queue.getRepeatableJobs();
    expect(repeatable.filter((job) => job.name === 'rollup').map((job) => Number(job.every))).toEqual([3_600_000]);
  });

  it('rolls up a click through the redirect within seconds: written clicks ask for a rollup', async () => {
    const kit = new ReachFixture(api.dataSource);
    const user = await createUser(api.dataSource);
    const item = await kit.item();
    const link = await api.app.get(LinksService).ensure({
      userId: user.id,
      contentItemId: item,
      network: 'x',
      targetUrl: 'https://example.com/',
    });
    const { shareId } = await kit.share(user.id, item, 'x', new Date(Date.now() - 60_000), link.id);
    const response = await api.app.inject({
      method: 'GET',
      url: `/l/${link.code}`,
      headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0 Safari/537.36' },
    });
    expect(response.statusCode).toBe(302);

    const row = await waitFor(async () => {
      const [found] = await api.dataSource.query(
        `SELECT shares, clicks FROM analytics_share_daily WHERE share_id = $1 AND clicks > 0`,
        [shareId],
      );
      return found as { shares: number; clicks: number } | undefined;
    }, 15_000);
    expect(row).toEqual({ shares: 1, clicks: 1 });
  }, 30_000);
});
