import type { NetworkName } from '@chorus/shared/contracts';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface RawClick {
  linkId: string;
  shareId: string | null;
  network: NetworkName;
  at: Date;
  isBot?: boolean;
  visitor?: string;
}

/**
 * Raw analytics events written straight into the tables the rollups read (shares, tracked links, clicks,
 * metrics snapshots): specs of the rollups and reports need exact, old or random events, not the sandbox.
 */
export class ReachFixture {
  constructor(private readonly dataSource: DataSource) {}

  async item(title = `Item ${randomBytes(3).toString('hex')}`): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO content_items (origin, state, title, url) VALUES ('curator', 'approved', $1, $2) RETURNING id`,
      [title, `https://example.com/${randomUUID()}`],
    );
    return row.id;
  }

  async link(userId: string, itemId: string, network: NetworkName): Promise<string> {
    const [row] = await this.dataSource.query(
      `INSERT INTO tracked_links (code, user_id, content_item_id, network, target_url)
       VALUES ($1, $2, $3, $4, 'https://example.com/') RETURNING id`,
      [randomBytes(6).toString('base64url'), userId, itemId, network],
    );
    return row.id;
  }

  /** A published share of the item with its tracked link. */
  async share(
    userId: string,
    itemId: string,
    network: NetworkName,
    publishedAt: Date,
    linkId?: string,
  ): Promise<{ shareId: string; linkId: string }> {
    const link = linkId ?? (await this.link(userId, itemId, network));
    const [row] = await this.dataSource.query(
      `INSERT INTO shares (user_id, network, content_item_id, link_id, text, timing, state, scheduled_at, due_at,
                           published_at, post_url, remote_id)
       VALUES ($1, $2, $3, $4, 'Worth a read', 'now', 'published', $5, $5, $5, $6, $7) RETURNING id`,
      [userId, network, itemId, link, publishedAt, `https://${network}.example/p/${randomUUID()}`, randomUUID()],
    );
    return { shareId: row.id, linkId: link };
  }

  async clicks(clicks: RawClick[]): Promise<void> {
    if (!clicks.length) return;
    await this.dataSource.query(
      `INSERT INTO link_clicks (link_id, share_id, network, clicked_at, is_bot, visitor_key)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::timestamptz[], $5::boolean[], $6::char(64)[])`,
      [
        clicks.map((c) => c.linkId),
        clicks.map((c) => c.shareId),
        clicks.map((c) => c.network),
        clicks.map((c) => c.at.toISOString()),
        clicks.map((c) => c.isBot ?? false),
        clicks.map((c) => (c.visitor ?? randomBytes(32).toString('hex')).padEnd(64, '0').slice(0, 64)),
      ],
    );
  }

  async snapshot(
    shareId: string,
    network: NetworkName,
    observedAt: Date,
    impressionsDelta: number,
    engagementsDelta: number,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO share_metric_snapshots (share_id, network, observed_at, impressions, impressions_delta,
                                           engagements_delta)
       VALUES ($1, $2, $3, $4, $4, $5)`,
      [shareId, network, observedAt, impressionsDelta, engagementsDelta],
    );
  }
}

/** A time on a UTC day (`YYYY-MM-DD`), at `hour`:`minute`. */
export function at(day: string, hour = 12, minute = 0): Date {
  return new Date(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
}
