import { getQueueToken } from '@nestjs/bull';
import { QUEUES } from '@chorus/server/core';
import { sharedTestApi, TestApi } from '@chorus/server/testing';
import type { Queue } from 'bull';
import { Source } from '../entities';
import { pollJobId, SourceScheduleReconciler, SourceScheduler } from './source-scheduler';

describe('source poll schedules (real Redis and Postgres)', () => {
  let api: TestApi;
  let queue: Queue;
  let reconciler: SourceScheduleReconciler;

  beforeAll(async () => {
    api = await sharedTestApi();
    queue = api.app.get(getQueueToken(QUEUES.content));
    reconciler = new SourceScheduleReconciler(
      queue,
      api.dataSource.getRepository(Source),
      api.app.get(SourceScheduler),
    );
  });

  async function source(enabled: boolean, pollIntervalMinutes: number): Promise<Source> {
    const repository = api.dataSource.getRepository(Source);
    return repository.save(
      repository.create({
        name: `Reconcile ${Math.random().toString(36).slice(2)}`,
        url: `https://feeds.example/${Math.random().toString(36).slice(2)}.xml`,
        enabled,
        pollIntervalMinutes,
      }),
    );
  }

  it('restores lost schedules from Postgres and removes those of deleted or disabled sources', async () => {
    const enabled = await source(true, 30);
    const disabled = await source(false, 30);
    const changed = await source(true, 15);
    // Redis "lost" the schedules of `enabled`; `changed` has a stale interval; two orphans remain.
    await queue.add(
      'poll-source',
      { sourceId: changed.id },
      { repeat: { every: 60 * 60_000 }, jobId: pollJobId(changed.id) },
    );
    await queue.add(
      'poll-source',
      { sourceId: disabled.id },
      { repeat: { every: 30 * 60_000 }, jobId: pollJobId(disabled.id) },
    );
    const ghost = '00000000-0000-4000-8000-000000000000';
    await queue.add('poll-source', { sourceId: ghost }, { repeat: { every: 30 * 60_000 }, jobId: pollJobId(ghost) });

    await reconciler.reconcile();
    const schedules = new Map((await queue.getRepeatableJobs()).map((job) => [job.id, Number(job.every)]));
    expect(schedules.get(pollJobId(enabled.id))).toBe(30 * 60_000);
    expect(schedules.get(pollJobId(changed.id))).toBe(15 * 60_000);
    expect(schedules.has(pollJobId(disabled.id))).toBeFalse();
    expect(schedules.has(pollJobId(ghost))).toBeFalse();

    // Running it again changes nothing.
    expect(await reconciler.reconcile()).toEqual({ added: 0, removed: 0 });
  });
});
