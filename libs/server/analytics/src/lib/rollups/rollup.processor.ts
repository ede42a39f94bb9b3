import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import { ANALYTICS_JOBS, APP_CONFIG, AppConfig, QUEUES, RepeatableJobScheduler, RollupJob } from '@chorus/server/core';
import type { Job, Queue } from 'bull';
import { AnalyticsRollups } from './analytics-rollups';

@Processor(QUEUES.analytics)
export class RollupProcessor {
  constructor(private readonly rollups: AnalyticsRollups) {}

  @Process(ANALYTICS_JOBS.rollup)
  async handle(job: Job<RollupJob>): Promise<void> {
    await this.rollups.rollUp(job.data?.days);
  }
}

/**
 * The periodic rollup (shares published by the worker and metrics snapshots do not ask for one),
 * re-asserted once per interval (see RepeatableJobScheduler).
 */
@Injectable()
export class RollupScheduler extends RepeatableJobScheduler {
  constructor(@InjectQueue(QUEUES.analytics) queue: Queue<RollupJob>, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, { job: ANALYTICS_JOBS.rollup, everyMs: config.ROLLUP_INTERVAL_SECONDS * 1000, label: 'rollups' });
  }
}
