import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ANALYTICS_JOBS, APP_CONFIG, AppConfig, QUEUES, RollupJob } from '@chorus/server/core';
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
 * The periodic rollup (shares published by the worker and metrics snapshots do not ask for one). Its
 * repeatable job lives in Redis, which may lose it, so every worker re-asserts it once per interval;
 * registering it again is idempotent (Bull derives the id from the schedule).
 */
@Injectable()
export class RollupScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RollupScheduler');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectQueue(QUEUES.analytics) private readonly queue: Queue<RollupJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule();
    this.timer = setInterval(
      () =>
        void this.schedule().catch((error: Error) => this.logger.warn(`Scheduling rollups failed: ${error.message}`)),
      this.config.ROLLUP_INTERVAL_SECONDS * 1000,
    );
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async schedule(): Promise<void> {
    const every = this.config.ROLLUP_INTERVAL_SECONDS * 1000;
    await this.queue.add(
      ANALYTICS_JOBS.rollup,
      {},
      { repeat: { every }, jobId: ANALYTICS_JOBS.rollup, removeOnComplete: true, removeOnFail: true },
    );
  }
}
