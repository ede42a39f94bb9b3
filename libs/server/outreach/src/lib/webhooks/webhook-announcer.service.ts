import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, Clock, OUTREACH_JOBS, PostWebhookJob, QUEUES, SecretBox } from '@chorus/server/core';
import type { JobOptions, Queue } from 'bull';
import { DataSource } from 'typeorm';
import { SignedLinks } from '../links/signed-links';
import { itemLink, slackAnnouncement, teamsAnnouncement } from './webhook-payloads';
import { postWebhook } from './webhook-post';
import { unsealUrl } from './webhook-secrets';

/** Retries of one post: 5 attempts, 10 s, 20 s, 40 s, 80 s apart. */
export const POST_WEBHOOK_OPTIONS: JobOptions = { attempts: 5, backoff: { type: 'exponential', delay: 10_000 } };

export type AnnouncementOutcome = 'sent' | 'skipped';

export class WebhookPostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookPostError';
  }
}

/**
 * Announces featured items in chat once they are in the feed: `announceDue` records one announcement per
 * webhook and item (the primary key makes that once, however often or wherever it runs) and queues the post;
 * `post` sends one. Items that went live before a webhook was added are not announced on it.
 */
@Injectable()
export class WebhookAnnouncer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.outreach) private readonly queue: Queue<PostWebhookJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly box: SecretBox,
    private readonly links: SignedLinks,
  ) {}

  /** Records and queues what is due; resolves with the announcements it created. */
  async announceDue(): Promise<PostWebhookJob[]> {
    const created: Array<{ webhook_id: string; content_item_id: string }> = await this.dataSource.query(
      `INSERT INTO chat_announcements (webhook_id, content_item_id, state, attempts, created_at)
       SELECT w.id, ci.id, 'pending', 0, $1
         FROM chat_webhooks w
         JOIN content_items ci
           ON ci.featured AND ci.state = 'approved'
          AND ci.feed_at <= $1 AND ci.feed_at >= w.created_at
          AND (ci.expires_at IS NULL OR ci.expires_at > $1)
        WHERE w.enabled
       ON CONFLICT (webhook_id, content_item_id) DO NOTHING
       RETURNING webhook_id, content_item_id`,
      [this.clock.now()],
    );
    const jobs = created.map((row) => ({ webhookId: row.webhook_id, contentItemId: row.content_item_id }));
    if (!jobs.length) return jobs;
    // Queued after the insert committed (a worker must see the row it is asked to post). If Redis refuses,
    // the rows go again, so the next run records and queues them anew.
    try {
      await this.queue.addBulk(
        jobs.map((data) => ({
          name: OUTREACH_JOBS.postWebhook,
          data,
          opts: { ...POST_WEBHOOK_OPTIONS, jobId: `announce.${data.webhookId}.${data.contentItemId}` },
        })),
      );
    } catch (error) {
      await this.dataSource.query(
        `DELETE FROM chat_announcements a USING unnest($1::uuid[], $2::uuid[]) AS j(webhook_id, content_item_id)
          WHERE a.webhook_id = j.webhook_id AND a.content_item_id = j.content_item_id AND a.state = 'pending'`,
        [jobs.map((j) => j.webhookId), jobs.map((j) => j.contentItemId)],
      );
      throw error;
    }
    return jobs;
  }

  /** Posts one announcement; throws WebhookPostError on a failed post so the job is retried. */
  async post(job: PostWebhookJob): Promise<AnnouncementOutcome> {
    const [row] = await this.dataSource.query(
      `SELECT a.state, w.kind, w.url_sealed, w.enabled, ci.title, ci.summary, ci.url
         FROM chat_announcements a
         JOIN chat_webhooks w ON w.id = a.webhook_id
         JOIN content_items ci ON ci.id = a.content_item_id
        WHERE a.webhook_id = $1 AND a.content_item_id = $2`,
      [job.webhookId, job.contentItemId],
    );
    // Already sent (a retried job after a lost ack), the hook or the item deleted, or the hook switched off.
    if (!row || row.state === 'sent' || !row.enabled) return 'skipped';
    const item = { id: job.contentItemId, title: row.title, summary: row.summary ?? '', url: row.url };
    const compose = this.links.url(`/compose/${encodeURIComponent(item.id)}`);
    const links = { item: itemLink(item, compose), compose };
    const payload = row.kind === 'teams' ? teamsAnnouncement(item, links) : slackAnnouncement(item, links);
    const result = await postWebhook(
      unsealUrl(this.box, job.webhookId, row.url_sealed),
      payload,
      this.config.WEBHOOK_TIMEOUT_MS,
    );
    const now = this.clock.now();
    await this.dataSource.query(
      `UPDATE chat_announcements SET attempts = attempts + 1${result.ok ? `, state = 'sent', sent_at = $3` : ''}
        WHERE webhook_id = $1 AND content_item_id = $2`,
      result.ok ? [job.webhookId, job.contentItemId, now] : [job.webhookId, job.contentItemId],
    );
    if (!result.ok) throw new WebhookPostError(result.error ?? 'the webhook did not accept the message');
    await this.dataSource.query(
      `UPDATE chat_webhooks SET last_sent_at = $2, last_status = 'ok', last_error = NULL WHERE id = $1`,
      [job.webhookId, now],
    );
    return 'sent';
  }

  /** After the last attempt: the announcement is failed and the webhook shows why (no URL in the text). */
  async markFailed(job: PostWebhookJob, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE chat_announcements SET state = 'failed' WHERE webhook_id = $1 AND content_item_id = $2 AND state <> 'sent'`,
      [job.webhookId, job.contentItemId],
    );
    await this.dataSource.query(`UPDATE chat_webhooks SET last_status = 'failed', last_error = $2 WHERE id = $1`, [
      job.webhookId,
      error.slice(0, 500),
    ]);
  }
}
