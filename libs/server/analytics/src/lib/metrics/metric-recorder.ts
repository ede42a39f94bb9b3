import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PostMetrics } from '@chorus/server/networks/port';
import { DataSource } from 'typeorm';
import type { ClaimedShare } from './metric-claims';
import { nextPollAt } from './poll-schedule';

/** Reactions + comments + reposts; null when the network reported none of them. */
export function engagementsOf(metrics: PostMetrics): number | null {
  const parts = [metrics.reactions, metrics.comments, metrics.reposts].filter((n): n is number => n !== null);
  return parts.length === 0 ? null : parts.reduce((sum, n) => sum + n, 0);
}

/**
 * What a new total adds to what earlier snapshots already counted. A null total is "unchanged", and a total
 * the network revised downwards adds nothing, so the deltas never go negative and always sum to the
 * highest total seen (the latest, for counts that only grow).
 */
export function deltaOf(total: number | null, counted: number): number {
  return total === null ? 0 : Math.max(0, total - counted);
}

/** Writes what a metrics read brought back, and where each share stands in polling afterwards. */
@Injectable()
export class MetricRecorder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The snapshot with its deltas, the share's latest totals, and the next poll (or finished). */
  async record(share: ClaimedShare, metrics: PostMetrics, now: Date): Promise<void> {
    const engagements = engagementsOf(metrics);
    const next = nextPollAt(share.publishedAt, now);
    await this.dataSource.transaction(async (manager) => {
      // The state row's lock orders snapshots of one share, so a delta is always taken against the one before.
      await manager.query(`SELECT 1 FROM share_metric_states WHERE share_id = $1 FOR UPDATE`, [share.id]);
      const [counted] = await manager.query(
        `SELECT coalesce(sum(impressions_delta), 0)::int AS impressions, coalesce(sum(engagements_delta), 0)::int AS engagements
           FROM share_metric_snapshots WHERE share_id = $1`,
        [share.id],
      );
      await manager.query(
        `INSERT INTO share_metric_snapshots
           (share_id, network, observed_at, impressions, reactions, comments, reposts, link_clicks, impressions_delta, engagements_delta)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          share.id,
          share.network,
          metrics.observedAt,
          metrics.impressions,
          metrics.reactions,
          metrics.comments,
          metrics.reposts,
          metrics.clicks,
          deltaOf(metrics.impressions, counted.impressions),
          deltaOf(engagements, counted.engagements),
        ],
      );
      // Plain SQL on purpose: only these two columns, and the share's updated_at stays the publisher's.
      await manager.query(
        `UPDATE shares SET impressions = coalesce($2, impressions), engagements = coalesce($3, engagements) WHERE id = $1`,
        [share.id, metrics.impressions, engagements],
      );
      await manager.query(
        `INSERT INTO share_metric_states (share_id, status, next_poll_at, polls, last_polled_at, last_error)
         VALUES ($1, $2, $3, 1, $4, NULL)
         ON CONFLICT (share_id) DO UPDATE SET status = EXCLUDED.status, next_poll_at = EXCLUDED.next_poll_at,
           polls = share_metric_states.polls + 1, last_polled_at = EXCLUDED.last_polled_at, last_error = NULL`,
        [share.id, next ? 'active' : 'finished', next, now],
      );
    });
  }

  /** No more reads for these shares (the post is gone, or the account that made it). */
  async finish(shareIds: string[], error: string, now: Date): Promise<void> {
    if (shareIds.length === 0) return;
    await this.dataSource.query(
      `UPDATE share_metric_states SET status = 'finished', next_poll_at = NULL, last_polled_at = $3, last_error = $2
        WHERE share_id = ANY($1::uuid[])`,
      [shareIds, error.slice(0, 300), now],
    );
  }

  /** Gives the lease back: the shares are due again at `at`, with the reason they were not read (or none). */
  async release(shareIds: string[], at: Date, error: string | null): Promise<void> {
    if (shareIds.length === 0) return;
    await this.dataSource.query(
      `UPDATE share_metric_states SET next_poll_at = $2, last_error = coalesce($3, last_error) WHERE share_id = ANY($1::uuid[])`,
      [shareIds, at, error?.slice(0, 300) ?? null],
    );
  }
}
