import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Queue } from 'bull';

export interface RepeatableJobSchedule {
  /** The job's name, also its id. */
  job: string;
  everyMs: number;
  /** How often to register it again; `everyMs` unless given. */
  reassertMs?: number;
  /** What the warning calls the job: "Scheduling <label> failed: …". */
  label: string;
}

/**
 * Keeps one repeatable Bull job registered. Bull derives a repeatable job's id from its name and
 * schedule, so every worker registering it still yields one schedule, not one per process. The schedule
 * lives in Redis, though, and a flush (or an eviction) would stop the job for good: every worker
 * therefore registers it again once per `reassertMs`, which is idempotent. Only the first registration
 * may fail the bootstrap; a failed re-assertion is logged and retried on the next tick.
 *
 * Subclasses inject their queue and config and call `super(...)`; the timer is unref'd so that it never
 * keeps a process alive on its own.
 */
export abstract class RepeatableJobScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  protected readonly logger = new Logger(this.constructor.name);
  private timer: NodeJS.Timeout | null = null;

  protected constructor(
    private readonly schedulingQueue: Queue,
    private readonly schedule: RepeatableJobSchedule,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.register();
    this.timer = setInterval(
      () =>
        void this.register().catch((error: Error) =>
          this.logger.warn(`Scheduling ${this.schedule.label} failed: ${error.message}`),
        ),
      this.schedule.reassertMs ?? this.schedule.everyMs,
    );
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async register(): Promise<void> {
    const { job, everyMs } = this.schedule;
    await this.schedulingQueue.add(
      job,
      {},
      { repeat: { every: everyMs }, jobId: job, removeOnComplete: true, removeOnFail: true },
    );
  }
}
