import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DigestPreview, OutreachSettings } from '@chorus/shared/contracts';
import { Clock, MailOutbox, SendDigestJob } from '@chorus/server/core';
import { NotificationsService } from '@chorus/server/publishing';
import { DataSource, EntityManager } from 'typeorm';
import { mailLinks } from '../links/unsubscribe-links';
import { SignedLinks } from '../links/signed-links';
import { lastDigestAt, loadDigestItems, loadNudgeItem, loadRecipient, NUDGE_CANDIDATES } from './digest-queries';
import { renderDigestMail, renderNudgeMail, RenderedMail } from './digest-render';
import { OutreachSettingsService } from './outreach-settings.service';
import { daysBefore, DigestCadence, digestLookbackMs, digestPeriodKey } from './periods';

export type SendOutcome = 'sent' | 'already_sent' | 'not_wanted' | 'nothing_new';

/** A nudge looks at items that went live in the last this many days at least. */
const NUDGE_FRESH_DAYS = 7;

/** Rolls the delivery row back when there is nothing to mail: nothing is recorded as sent. */
class NothingToSend extends Error {
  constructor(readonly outcome: SendOutcome) {
    super(outcome);
  }
}

/**
 * Builds and mails one advocate's digest or nudge. The outreach_deliveries row is inserted first, in the
 * same transaction: its unique key (user, kind, period) makes a second job for the same period — a re-run,
 * a retry, a second worker — do nothing, and a digest without new items rolls the row back.
 */
@Injectable()
export class DigestSender {
  private readonly logger = new Logger('DigestSender');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: OutreachSettingsService,
    private readonly links: SignedLinks,
    private readonly mail: MailOutbox,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async send(job: SendDigestJob, settings?: OutreachSettings): Promise<SendOutcome> {
    const current = settings ?? (await this.settings.settings());
    try {
      let afterCommit: (() => Promise<void>) | null = null;
      const outcome = await this.dataSource.transaction((manager) =>
        job.kind === 'nudge'
          ? this.nudge(manager, job, current, (then) => (afterCommit = then))
          : this.digest(manager, job, current),
      );
      await (afterCommit as (() => Promise<void>) | null)?.();
      return outcome;
    } catch (error) {
      if (error instanceof NothingToSend) return error.outcome;
      throw error;
    }
  }

  /** The caller's digest as it would go out now (their cadence; weekly when they have digests off). */
  async preview(userId: string): Promise<DigestPreview> {
    const manager = this.dataSource.manager;
    const now = this.clock.now();
    const [recipient, preferences, settings] = await Promise.all([
      manager.query(`SELECT name FROM users WHERE id = $1`, [userId]) as Promise<Array<{ name: string }>>,
      this.settings.preferences(userId),
      this.settings.settings(),
    ]);
    const cadence: DigestCadence = preferences.digest === 'daily' ? 'daily' : 'weekly';
    const period = digestPeriodKey(cadence, now);
    const since = (await lastDigestAt(manager, userId, period)) ?? new Date(now.getTime() - digestLookbackMs(cadence));
    const items = await loadDigestItems(manager, userId, since, now, settings.digestMaxItems);
    const rendered = renderDigestMail({
      kind: 'digest',
      cadence,
      recipientName: displayName(recipient[0]?.name ?? ''),
      items,
      links: mailLinks(this.links, userId, 'digest'),
    });
    return { subject: rendered.subject, html: rendered.html, text: rendered.text, itemCount: items.length };
  }

  private async digest(manager: EntityManager, job: SendDigestJob, settings: OutreachSettings): Promise<SendOutcome> {
    const cadence: DigestCadence = job.periodKey.includes('W') ? 'weekly' : 'daily';
    const recipient = await loadRecipient(manager, job.userId);
    const wanted: Array<{ digest: string }> = await manager.query(
      `SELECT coalesce((SELECT digest FROM outreach_preferences WHERE user_id = $1), 'weekly') AS digest`,
      [job.userId],
    );
    // The advocate may have changed their mind (or left) between the tick and this job.
    if (!recipient || wanted[0].digest !== cadence) return 'not_wanted';
    const now = this.clock.now();
    if (!(await this.claim(manager, job, now))) return 'already_sent';
    const since =
      (await lastDigestAt(manager, job.userId, job.periodKey)) ?? new Date(now.getTime() - digestLookbackMs(cadence));
    const items = await loadDigestItems(manager, job.userId, since, now, settings.digestMaxItems);
    if (items.length === 0) throw new NothingToSend('nothing_new');
    await this.record(
      manager,
      job,
      items.map((i) => i.id),
    );
    await this.deliver(
      recipient.email,
      renderDigestMail({
        kind: 'digest',
        cadence,
        recipientName: displayName(recipient.name),
        items,
        links: mailLinks(this.links, job.userId, 'digest'),
      }),
    );
    return 'sent';
  }

  private async nudge(
    manager: EntityManager,
    job: SendDigestJob,
    settings: OutreachSettings,
    afterCommit: (then: () => Promise<void>) => void,
  ): Promise<SendOutcome> {
    if (settings.nudgeAfterDays <= 0) return 'not_wanted';
    const now = this.clock.now();
    const cutoff = daysBefore(now, settings.nudgeAfterDays);
    const recipient = await loadRecipient(manager, job.userId);
    const eligible = await manager.query(NUDGE_CANDIDATES, [cutoff, job.periodKey, job.userId]);
    if (!recipient || eligible.length === 0) return 'not_wanted';
    if (!(await this.claim(manager, job, now))) return 'already_sent';
    const freshSince = daysBefore(now, Math.max(settings.nudgeAfterDays, NUDGE_FRESH_DAYS));
    const item = await loadNudgeItem(manager, job.userId, freshSince, now);
    if (!item) throw new NothingToSend('nothing_new');
    await this.record(manager, job, [item.id]);
    const links = mailLinks(this.links, job.userId, 'nudges');
    await this.deliver(
      recipient.email,
      renderNudgeMail({ kind: 'nudge', recipientName: displayName(recipient.name), item, links }),
    );
    // In-app too, once the delivery is committed (the mail already says it: no second e-mail).
    afterCommit(() =>
      this.notifications.notify({
        userId: job.userId,
        kind: 'nudge',
        title: 'Something worth sharing',
        body: `It’s been a while since you last shared. Your network may like “${item.title}”.`,
        link: `/compose/${item.id}`,
        email: false,
      }),
    );
    return 'sent';
  }

  /** Inserts the delivery row; false when this period's mail was already sent (or is being sent). */
  private async claim(manager: EntityManager, job: SendDigestJob, now: Date): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO outreach_deliveries (user_id, kind, period_key, sent_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, kind, period_key) DO NOTHING RETURNING id`,
      [job.userId, job.kind, job.periodKey, now],
    );
    return rows.length > 0;
  }

  private async record(manager: EntityManager, job: SendDigestJob, itemIds: string[]): Promise<void> {
    await manager.query(
      `UPDATE outreach_deliveries SET item_ids = $4::uuid[] WHERE user_id = $1 AND kind = $2 AND period_key = $3`,
      [job.userId, job.kind, job.periodKey, itemIds],
    );
  }

  private async deliver(to: string, mail: RenderedMail): Promise<void> {
    await this.mail.send({ to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers });
    this.logger.debug(`Mailed "${mail.subject}" to ${to}`);
  }
}

function displayName(name: string): string {
  return name.trim() || 'there';
}
