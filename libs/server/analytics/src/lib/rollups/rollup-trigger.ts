import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import { ANALYTICS_JOBS, APP_CONFIG, AppConfig, Clock, QUEUES, RollupJob } from '@chorus/server/core';
import type { Queue } from 'bull';

/** Asks the worker to rebuild today's (and yesterday's) rollups soon, coalescing many asks into one job. */
@Injectable()
export class RollupTrigger {
  constructor(
    @InjectQueue(QUEUES.analytics) private readonly queue: Queue<RollupJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * All asks within one time bucket share a job id, so Bull keeps one job for them. The job waits at least
   * until its bucket is over: an ask arriving while it runs therefore falls in a later bucket and gets a job
   * of its own (an ask with the id of a running job would be swallowed and its events left unrolled).
   */
  async soon(): Promise<void> {
    const now = this.clock.now().getTime();
    const bucketMs = Math.max(this.config.ROLLUP_DEBOUNCE_MS, 1000);
    const bucket = Math.floor(now / bucketMs);
    const delay = Math.max(this.config.ROLLUP_DEBOUNCE_MS, (bucket + 1) * bucketMs - now);
    await this.queue.add(
      ANALYTICS_JOBS.rollup,
      {},
      // Bull job ids must not contain colons (they are Redis key separators).
      { delay, jobId: `rollup-${bucket}`, removeOnComplete: true, removeOnFail: true },
    );
  }
}
