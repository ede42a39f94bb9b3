import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  OUTREACH_JOBS,
  PostWebhookJob,
  QUEUES,
  RepeatableJobScheduler,
} from '@chorus/server/core';
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
 * The repeatable announce job (see RepeatableJobScheduler). Re-asserted at most once a minute, however
 * short the announce interval.
 */
@Injectable()
export class AnnounceFeaturedScheduler extends RepeatableJobScheduler {
  constructor(@InjectQueue(QUEUES.outreach) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, {
      job: OUTREACH_JOBS.announceFeatured,
      everyMs: config.FEATURED_ANNOUNCE_INTERVAL_SECONDS * 1000,
      reassertMs: Math.max(config.FEATURED_ANNOUNCE_INTERVAL_SECONDS, 60) * 1000,
      label: 'chat announcements',
    });
  }
}
