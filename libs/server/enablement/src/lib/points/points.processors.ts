import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, ENABLEMENT_JOBS, QUEUES, RepeatableJobScheduler } from '@chorus/server/core';
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

/** The repeatable points sync, re-asserted once per interval (see RepeatableJobScheduler). */
@Injectable()
export class SyncPointsScheduler extends RepeatableJobScheduler {
  constructor(@InjectQueue(QUEUES.enablement) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, {
      job: ENABLEMENT_JOBS.syncPoints,
      everyMs: config.POINTS_SYNC_INTERVAL_SECONDS * 1000,
      label: 'the points sync',
    });
  }
}

/** The repeatable challenge check, re-asserted once per interval (see RepeatableJobScheduler). */
@Injectable()
export class FinishChallengesScheduler extends RepeatableJobScheduler {
  constructor(@InjectQueue(QUEUES.enablement) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, {
      job: ENABLEMENT_JOBS.finishChallenges,
      everyMs: config.CHALLENGE_CHECK_INTERVAL_SECONDS * 1000,
      label: 'the challenge check',
    });
  }
}
