import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig, OUTREACH_JOBS, PostWebhookJob, QUEUES } from '@chorus/server/core';
import type { Job, Queue } from 'bull';
import { WebhookAnnouncer } from './webhook-announcer.service';

@Processor(QUEUES.outreach)
export class AnnounceFeaturedProcessor {
  private readonly logger = new Logger('ChatAnnouncements');

  constructor(private readonly announcer: WebhookAnnouncer) {}

  @Process(OUTREACH_JOBS.announceFeatured)
  async handle(): Promise<void> {
    const queued = await this.announcer.announceDue();
    if (queued.length) this.logger.log({ queued: queued.length }, 'queued chat announcements');
  }
}

@Processor(QUEUES.outreach)
export class PostWebhookProcessor {
  private readonly logger = new Logger('ChatAnnouncements');

  constructor(private readonly announcer: WebhookAnnouncer) {}

  @Process(OUTREACH_JOBS.postWebhook)
  async handle(job: Job<PostWebhookJob>): Promise<void> {
    try {
      await this.announcer.post(job.data);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      // Ids only: the webhook's URL is a credential and never goes into a log line.
      this.logger.warn(
        { webhookId: job.data.webhookId, contentItemId: job.data.contentItemId, attempt: job.attemptsMade + 1, last },
        `Posting a chat announcement failed: ${message}`,
      );
      if (last) await this.announcer.markFailed(job.data, message);
      throw error;
    }
  }
}

/**
 * The repeatable announce job. Redis may lose it, so every worker re-asserts it once per interval;
 * registering it again is idempotent (Bull derives the id from the schedule).
 */
@Injectable()
export class AnnounceFeaturedScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ChatAnnouncements');
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
          this.logger.warn(`Scheduling chat announcements failed: ${error.message}`),
        ),
      Math.max(this.config.FEATURED_ANNOUNCE_INTERVAL_SECONDS, 60) * 1000,
    );
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async schedule(): Promise<void> {
    const every = this.config.FEATURED_ANNOUNCE_INTERVAL_SECONDS * 1000;
    await this.queue.add(
      OUTREACH_JOBS.announceFeatured,
      {},
      { repeat: { every }, jobId: OUTREACH_JOBS.announceFeatured, removeOnComplete: true, removeOnFail: true },
    );
  }
}
