import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ANALYTICS_JOBS, APP_CONFIG, AppConfig, QUEUES } from '@chorus/server/core';
import type { Queue } from 'bull';
import { MetricPoller } from './metric-poller';

@Processor(QUEUES.analytics)
export class PollMetricsProcessor {
  private readonly logger = new Logger('MetricPoller');

  constructor(private readonly poller: MetricPoller) {}

  @Process(ANALYTICS_JOBS.pollMetrics)
  async handle(): Promise<void> {
    const result = await this.poller.pollDue();
    if (result.polled + result.skippedForBudget + result.failed > 0) this.logger.log(result, 'metrics polled');
  }
}

/**
 * The repeatable poll job: one schedule however many workers register it (Bull derives the job id from
 * it). It lives in Redis, so a flush would stop polling for good: every worker registers it again once
 * per interval, which is idempotent.
 */
@Injectable()
export class PollMetricsScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MetricPoller');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectQueue(QUEUES.analytics) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule();
    this.timer = setInterval(
      () =>
        void this.schedule().catch((error: Error) =>
          this.logger.warn(`Scheduling metric polling failed: ${error.message}`),
        ),
      this.config.METRICS_POLL_INTERVAL_SECONDS * 1000,
    );
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async schedule(): Promise<void> {
    const every = this.config.METRICS_POLL_INTERVAL_SECONDS * 1000;
    await this.queue.add(
      ANALYTICS_JOBS.pollMetrics,
      {},
      { repeat: { every }, jobId: ANALYTICS_JOBS.pollMetrics, removeOnComplete: true, removeOnFail: true },
    );
  }
}
