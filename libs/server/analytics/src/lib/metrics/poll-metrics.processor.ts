import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ANALYTICS_JOBS, APP_CONFIG, AppConfig, QUEUES, RepeatableJobScheduler } from '@chorus/server/core';
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
 * The repeatable poll job: one schedule however many workers register it, re-asserted once per interval
 * (see RepeatableJobScheduler).
 */
@Injectable()
export class PollMetricsScheduler extends RepeatableJobScheduler {
  constructor(@InjectQueue(QUEUES.analytics) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, {
      job: ANALYTICS_JOBS.pollMetrics,
      everyMs: config.METRICS_POLL_INTERVAL_SECONDS * 1000,
      label: 'metric polling',
    });
  }
}
