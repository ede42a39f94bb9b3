import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationKind, NotificationList, NotificationView } from '@chorus/shared/contracts';
import { Clock, MailOutbox, notFound } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { Notification } from '../entities';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** In-app route, e.g. /my-posts?view=attention. */
  link: string | null;
  /** Also send it by e-mail (failures and reconnects do; successes do not). */
  email: boolean;
}

const LIST_LIMIT = 50;

/** The advocate's in-app notifications, mirrored by e-mail through the mail queue where it matters. */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailOutbox,
    private readonly clock: Clock,
  ) {}

  async notify(input: NewNotification): Promise<void> {
    const repository = this.dataSource.getRepository(Notification);
    await repository.insert({
      userId: input.userId,
      kind: input.kind,
      title: input.title.slice(0, 200),
      body: input.body.slice(0, 1000),
      link: input.link,
    });
    if (!input.email) return;
    const rows: Array<{ email: string; status: string }> = await this.dataSource.query(
      `SELECT email, status FROM users WHERE id = $1`,
      [input.userId],
    );
    if (rows.length === 0 || rows[0].status !== 'active') return;
    try {
      await this.mail.send({ to: rows[0].email, subject: `Chorus: ${input.title}`, text: `${input.body}\n` });
    } catch (error) {
      // The in-app notification is already there; a mail queue hiccup must not undo the state change.
      this.logger.warn(`Queueing the ${input.kind} mail failed: ${(error as Error).message}`);
    }
  }

  async list(userId: string): Promise<NotificationList> {
    const repository = this.dataSource.getRepository(Notification);
    const [items, unread] = await Promise.all([
      repository.find({ where: { userId }, order: { createdAt: 'DESC' }, take: LIST_LIMIT }),
      this.unread(userId),
    ]);
    return { items: items.map(view), unread };
  }

  async markRead(userId: string, id: string): Promise<void> {
    const result = await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND user_id = $2 RETURNING id`,
      [id, userId, this.clock.now()],
    );
    if (result[0].length === 0) throw notFound('The notification');
  }

  async markAllRead(userId: string): Promise<void> {
    await this.dataSource.query(`UPDATE notifications SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL`, [
      userId,
      this.clock.now(),
    ]);
  }

  private async unread(userId: string): Promise<number> {
    const rows: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return rows[0].n;
  }
}

function view(n: Notification): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
  };
}
