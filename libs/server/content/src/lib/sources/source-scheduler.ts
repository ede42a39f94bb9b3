import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CONTENT_JOBS, PollSourceJob, QUEUES } from '@chorus/server/core';
import type { Queue } from 'bull';
import { Repository } from 'typeorm';
import { Source } from '../entities';

// No colons: Bull splits repeatable-job keys on ':' and would misread the id and interval.
export const pollJobId = (sourceId: string) => `poll-${sourceId}`;

/**
 * One repeatable poll job per source. Its job id derives from the source id, so scheduling twice is one
 * schedule (Bull keys repeatables by name + jobId + interval); the old interval is removed first.
 */
@Injectable()
export class SourceScheduler {
  constructor(@InjectQueue(QUEUES.content) private readonly queue: Queue<PollSourceJob>) {}

  async schedule(sourceId: string, intervalMinutes: number): Promise<void> {
    await this.unschedule(sourceId);
    await this.queue.add(
      CONTENT_JOBS.pollSource,
      { sourceId },
      { repeat: { every: intervalMinutes * 60_000 }, jobId: pollJobId(sourceId) },
    );
  }

  async unschedule(sourceId: string): Promise<void> {
    const repeatables = await this.queue.getRepeatableJobs();
    for (const job of repeatables.filter((j) => j.id === pollJobId(sourceId))) {
      await this.queue.removeRepeatableByKey(job.key);
    }
  }

  /** "Poll now" and the first poll: one job, deduplicated while it waits. */
  async pollNow(sourceId: string): Promise<void> {
    await this.queue.add(
      CONTENT_JOBS.pollSource,
      { sourceId, force: true },
      { jobId: `${pollJobId(sourceId)}:now:${Date.now()}`, removeOnComplete: true, removeOnFail: 100 },
    );
  }
}

/**
 * Redis holds queues only; Postgres is the truth. When a worker starts, every enabled source gets its
 * poll schedule back (after Redis lost its data, say) and schedules of deleted or disabled sources go.
 */
@Injectable()
export class SourceScheduleReconciler implements OnApplicationBootstrap {
  private readonly logger = new Logger('SourceSchedules');

  constructor(
    @InjectQueue(QUEUES.content) private readonly queue: Queue<PollSourceJob>,
    @InjectRepository(Source) private readonly sources: Repository<Source>,
    private readonly scheduler: SourceScheduler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const report = await this.reconcile();
    if (report.added || report.removed) this.logger.log(report, 'poll schedules reconciled');
  }

  async reconcile(): Promise<{ added: number; removed: number }> {
    const wanted = new Map(
      (await this.sources.find({ where: { enabled: true }, select: { id: true, pollIntervalMinutes: true } })).map(
        (s) => [pollJobId(s.id), s],
      ),
    );
    const existing = (await this.queue.getRepeatableJobs()).filter((job) => job.id?.startsWith('poll-'));
    let removed = 0;
    for (const job of existing) {
      const source = job.id ? wanted.get(job.id) : undefined;
      if (!source || Number(job.every) !== source.pollIntervalMinutes * 60_000) {
        await this.queue.removeRepeatableByKey(job.key);
        removed++;
      }
    }
    const kept = new Set(
      existing
        .filter((job) => job.id && wanted.get(job.id)?.pollIntervalMinutes === Number(job.every) / 60_000)
        .map((j) => j.id),
    );
    let added = 0;
    for (const [jobId, source] of wanted) {
      if (kept.has(jobId)) continue;
      await this.scheduler.schedule(source.id, source.pollIntervalMinutes);
      added++;
    }
    return { added, removed };
  }
}
