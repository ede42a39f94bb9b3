import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ENABLEMENT_JOBS, QUEUES } from '@chorus/server/core';
import type { Queue } from 'bull';
import { ChallengeFinisher } from './challenge-finisher';
import { PointsSync } from './points-sync';

@Processor(QUEUES.enablement)
export class SyncPointsProcessor {
  constructor(private readonly sync: PointsSync) {}

  @Process(ENABLEMENT_JOBS.syncPoints)
  async handle(): Promise<void> {
    await this.sync.run();
  }
}

@Processor(QUEUES.enablement)
export class FinishChallengesProcessor {
  constructor(private readonly finisher: ChallengeFinisher) {}

  @Process(ENABLEMENT_JOBS.finishChallenges)
  async handle(): Promise<void> {
    await this.finisher.finishDue();
  }
}

/**
 * The two repeatable jobs. Redis may lose them, so every worker re-asserts them once per interval;
 * registering again is idempotent (Bull derives the id from the schedule), as for the analytics rollup.
 */
@Injectable()
export class EnablementScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('EnablementScheduler');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectQueue(QUEUES.enablement) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule();
    const every = Math.min(this.config.POINTS_SYNC_INTERVAL_SECONDS, this.config.CHALLENGE_CHECK_INTERVAL_SECONDS);
    this.timer = setInterval(
      () => void this.schedule().catch((error: Error) => this.logger.warn(`Scheduling enablement jobs failed: ${error.message}`)),
      every * 1000,
    );
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async schedule(): Promise<void> {
    const options = { removeOnComplete: true, removeOnFail: true };
    await this.queue.add(
      ENABLEMENT_JOBS.syncPoints,
      {},
      { ...options, repeat: { every: this.config.POINTS_SYNC_INTERVAL_SECONDS * 1000 }, jobId: ENABLEMENT_JOBS.syncPoints },
    );
    await this.queue.add(
      ENABLEMENT_JOBS.finishChallenges,
      {},
      { ...options, repeat: { every: this.config.CHALLENGE_CHECK_INTERVAL_SECONDS * 1000 }, jobId: ENABLEMENT_JOBS.finishChallenges },
    );
  }
}
