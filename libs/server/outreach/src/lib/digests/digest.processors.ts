import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig, OUTREACH_JOBS, QUEUES, SendDigestJob } from '@chorus/server/core';
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

/**
 * The repeatable outreach tick. Redis may lose it, so every worker re-asserts it once per interval;
 * registering it again is idempotent (Bull derives the id from the schedule).
 */
@Injectable()
export class OutreachTickScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutreachTickScheduler');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectQueue(QUEUES.outreach) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule();
    this.timer = setInterval(
      () =>
        void this.schedule().catch((error: Error) =>
          this.logger.warn(`Scheduling the outreach tick failed: ${error.message}`),
        ),
      this.config.OUTREACH_TICK_INTERVAL_SECONDS * 1000,
    );
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async schedule(): Promise<void> {
    const every = this.config.OUTREACH_TICK_INTERVAL_SECONDS * 1000;
    await this.queue.add(
      OUTREACH_JOBS.tick,
      {},
      { repeat: { every }, jobId: OUTREACH_JOBS.tick, removeOnComplete: true, removeOnFail: true },
    );
  }
}
