import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  OUTREACH_JOBS,
  QUEUES,
  RepeatableJobScheduler,
  SendDigestJob,
} from '@chorus/server/core';
import type { Job, Queue } from 'bull';
import { DigestPlanner } from './digest-planner.service';
import { DigestSender } from './digest-sender.service';

@Processor(QUEUES.outreach)
export class OutreachTickProcessor {
  constructor(private readonly planner: DigestPlanner) {}

  @Process(OUTREACH_JOBS.tick)
  async handle(): Promise<void> {
    await this.planner.run();
  }
}

@Processor(QUEUES.outreach)
export class SendDigestProcessor {
  constructor(private readonly sender: DigestSender) {}

  @Process({ name: OUTREACH_JOBS.sendDigest, concurrency: 4 })
  async handle(job: Job<SendDigestJob>): Promise<void> {
    await this.sender.send(job.data);
  }
}

/** The repeatable outreach tick, re-asserted once per interval (see RepeatableJobScheduler). */
@Injectable()
export class OutreachTickScheduler extends RepeatableJobScheduler {
  constructor(@InjectQueue(QUEUES.outreach) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, {
      job: OUTREACH_JOBS.tick,
      everyMs: config.OUTREACH_TICK_INTERVAL_SECONDS * 1000,
      label: 'the outreach tick',
    });
  }
}
