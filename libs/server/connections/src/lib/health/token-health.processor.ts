import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CONNECTION_JOBS, QUEUES } from '@chorus/server/core';
import type { Queue } from 'bull';
import { TokenHealthService } from './token-health.service';

@Processor(QUEUES.connections)
export class TokenHealthProcessor {
  private readonly logger = new Logger('TokenHealth');

  constructor(private readonly health: TokenHealthService) {}

  @Process(CONNECTION_JOBS.tokenHealth)
  async handle(): Promise<void> {
    const report = await this.health.run();
    if (report.refreshed || report.warned || report.markedNeedsReconnect) this.logger.log(report);
  }
}

/** The repeatable token-health job; Bull keeps one schedule however many workers register it. */
@Injectable()
export class TokenHealthScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.connections) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.TOKEN_HEALTH_INTERVAL_MINUTES * 60_000;
    await this.queue.add(CONNECTION_JOBS.tokenHealth, {}, { repeat: { every }, jobId: CONNECTION_JOBS.tokenHealth });
  }
}
