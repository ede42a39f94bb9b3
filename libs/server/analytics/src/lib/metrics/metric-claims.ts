import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Network } from '@chorus/server/networks/port';
import { DataSource, EntityManager } from 'typeorm';
import { METRICS_WINDOW_MS } from './poll-schedule';
import { utcDay } from '../rollups/utc-days';

/** A published share whose metrics this run reads (its state row is leased to this run). */
export interface ClaimedShare {
  id: string;
  network: Network;
  accountId: string;
  remoteId: string;
  publishedAt: Date;
}

export interface ClaimRequest {
  now: Date;
  /** Networks whose metrics are available now. */
  networks: Network[];
  batch: number;
  /** Billable X reads allowed per UTC day. */
  xBudget: number;
}

export interface Claim {
  shares: ClaimedShare[];
  /** Due X shares left unread because today's read budget is spent; they stay due. */
  deferredForBudget: number;
}

/**
 * How long a claimed share is hidden from other runs. A run that dies leaves its shares due again after
 * this; a run that lives sets their real next poll time long before.
 */
const LEASE_MS = 15 * 60_000;

/** Shares that qualify for polling at all: published, known to the network, young enough, account connected. */
const ELIGIBLE = `
  s.state = 'published' AND s.remote_id IS NOT NULL AND s.published_at >= $2 AND s.network = ANY($3::text[])
  AND EXISTS (SELECT 1 FROM connected_accounts a WHERE a.id = s.account_id AND a.status = 'connected')`;

/**
 * Picks the shares due for a metrics read and, for X, bills the reads before anything is called: the read
 * ledger (x_post_reads) is both what X charges and the budget counter, so it is written first — a crash
 * after the call can then only over-count spend, never under-count it.
 *
 * Claims run one at a time across every worker (a transaction-scoped advisory lock), so two workers can
 * neither read the same share nor both spend the last of the budget; claimed rows are leased by moving
 * `next_poll_at` ahead inside the same transaction, and rows another transaction holds are skipped.
 */
@Injectable()
export class MetricClaims {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  claim(request: ClaimRequest): Promise<Claim> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('analytics:metric-claims'))`);
      const { now, networks, batch } = request;
      const since = new Date(now.getTime() - METRICS_WINDOW_MS);
      const today = utcDay(now);
      await this.addNewShares(manager, now, since, networks);

      const readToday = `EXISTS (SELECT 1 FROM x_post_reads r WHERE r.day = $4 AND r.share_id = s.id)`;
      // Free to read: every network but X, and X posts already billed today.
      const free = await this.due(manager, [now, since, networks, today, batch], `(s.network <> 'x' OR ${readToday})`);
      let billable: ClaimedShare[] = [];
      let deferredForBudget = 0;
      if (networks.includes('x')) {
        const [{ used }] = await manager.query(`SELECT count(*)::int AS used FROM x_post_reads WHERE day = $1`, [
          today,
        ]);
        const allowed = Math.max(0, request.xBudget - used);
        const [{ waiting }] = await manager.query(
          `SELECT count(*)::int AS waiting FROM share_metric_states st JOIN shares s ON s.id = st.share_id
            WHERE st.status = 'active' AND st.next_poll_at <= $1 AND ${ELIGIBLE} AND s.network = 'x' AND NOT ${readToday}`,
          [now, since, networks, today],
        );
        if (allowed > 0) {
          billable = await this.due(
            manager,
            [now, since, networks, today, Math.min(allowed, batch)],
            `s.network = 'x' AND NOT ${readToday}`,
          );
        }
        deferredForBudget = Math.max(0, waiting - allowed);
      }

      // Youngest first across both lists; what falls off the batch is not leased (and not billed).
      const shares = [...free, ...billable]
        .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
        .slice(0, batch);
      if (shares.length === 0) return { shares, deferredForBudget };
      await manager.query(`UPDATE share_metric_states SET next_poll_at = $2 WHERE share_id = ANY($1::uuid[])`, [
        shares.map((s) => s.id),
        new Date(now.getTime() + LEASE_MS),
      ]);
      const billed = shares.filter((s) => billable.includes(s)).map((s) => s.id);
      if (billed.length > 0) {
        await manager.query(
          `INSERT INTO x_post_reads (day, share_id) SELECT $1::date, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
          [today, billed],
        );
      }
      return { shares, deferredForBudget };
    });
  }

  /** Published shares seen for the first time get a state row that is due at once. */
  private async addNewShares(manager: EntityManager, now: Date, since: Date, networks: Network[]): Promise<void> {
    await manager.query(
      `INSERT INTO share_metric_states (share_id, status, next_poll_at)
       SELECT s.id, 'active', $1 FROM shares s
        WHERE ${ELIGIBLE} AND NOT EXISTS (SELECT 1 FROM share_metric_states st WHERE st.share_id = s.id)
       ON CONFLICT (share_id) DO NOTHING`,
      [now, since, networks],
    );
  }

  /** Due shares matching `filter`, youngest first, locking their state rows (skipping rows others hold). */
  private async due(manager: EntityManager, params: unknown[], filter: string): Promise<ClaimedShare[]> {
    const rows: Array<{ id: string; network: Network; account_id: string; remote_id: string; published_at: Date }> =
      await manager.query(
        `SELECT s.id, s.network, s.account_id, s.remote_id, s.published_at
           FROM share_metric_states st JOIN shares s ON s.id = st.share_id
          WHERE st.status = 'active' AND st.next_poll_at <= $1 AND ${ELIGIBLE} AND ${filter}
          ORDER BY s.published_at DESC
          LIMIT $5
          FOR UPDATE OF st SKIP LOCKED`,
        params,
      );
    return rows.map((r) => ({
      id: r.id,
      network: r.network,
      accountId: r.account_id,
      remoteId: r.remote_id,
      publishedAt: new Date(r.published_at),
    }));
  }
}
