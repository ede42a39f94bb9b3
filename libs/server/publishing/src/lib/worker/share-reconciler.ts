import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NetworkName } from '@chorus/shared/contracts';
import { APP_CONFIG, AppConfig, Clock } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { ShareTransitions } from '../shares/share-transitions';
import { ShareDispatcher } from './share-dispatcher';

/** Rows per pass; a backlog larger than this is worked through on the following passes. */
const BATCH = 500;
/** Leave shares that just fell due to their own job; the reconciler rescues laggards. */
const GRACE_MS = 2000;

export interface ReconcileReport {
  recreated: number;
  promoted: number;
  leasesExpired: number;
  resolvesQueued: number;
}

/**
 * Postgres is the truth, Redis only triggers. Every few seconds this makes Redis agree again: due shares
 * without a job (Redis flushed, a crash between commit and enqueue) get one, publishing rows whose worker
 * died become outcome_unknown, and unknown outcomes without a pending resolve get one.
 */
@Injectable()
export class ShareReconciler {
  private readonly logger = new Logger('ShareReconciler');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transitions: ShareTransitions,
    private readonly dispatcher: ShareDispatcher,
    private readonly clock: Clock,
  ) {}

  /** A pass slower than the interval must not stack up behind itself and fill the queue's slots. */
  private running = false;

  async reconcile(): Promise<ReconcileReport> {
    const report: ReconcileReport = { recreated: 0, promoted: 0, leasesExpired: 0, resolvesQueued: 0 };
    if (this.running) return report;
    this.running = true;
    try {
      return await this.pass(report);
    } finally {
      this.running = false;
    }
  }

  private async pass(report: ReconcileReport): Promise<ReconcileReport> {
    const now = this.clock.now();

    const due: Array<{ id: string; network: NetworkName; dispatch: number; due_at: Date }> = await this.dataSource.query(
      `SELECT id, network, dispatch, due_at FROM shares WHERE state = 'scheduled' AND due_at <= $1 ORDER BY due_at LIMIT ${BATCH}`,
      [new Date(now.getTime() - GRACE_MS)],
    );
    for (const row of due) {
      // The list ages while the pass runs: a share published meanwhile has no job any more and needs none.
      if (!(await this.stillDue(row.id, row.dispatch))) continue;
      const result = await this.dispatcher.ensureRunning({
        id: row.id,
        network: row.network,
        dispatch: row.dispatch,
        dueAt: new Date(row.due_at),
      });
      if (result === 'created') report.recreated++;
      if (result === 'promoted') report.promoted++;
    }

    const expired = await this.transitions.expireLeases(this.config.PUBLISH_LEASE_SECONDS);
    report.leasesExpired = expired.length;
    for (const share of expired) await this.dispatcher.enqueueResolve(share.id, 0);

    const resolveDelay = this.config.PUBLISH_RESOLVE_DELAY_SECONDS * 1000;
    const waiting: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM shares WHERE state = 'outcome_unknown' AND needs_confirmation = false AND unknown_since <= $1
        ORDER BY unknown_since LIMIT ${BATCH}`,
      [new Date(now.getTime() - resolveDelay - GRACE_MS)],
    );
    for (const row of waiting) {
      if (await this.dispatcher.hasResolveJob(row.id)) continue;
      await this.dispatcher.enqueueResolve(row.id, 0);
      report.resolvesQueued++;
    }
    if (report.recreated + report.promoted + report.leasesExpired + report.resolvesQueued > 0) {
      this.logger.log(report, 'reconciled shares');
    }
    return report;
  }

  private async stillDue(id: string, dispatch: number): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM shares WHERE id = $1 AND dispatch = $2 AND state = 'scheduled'`,
      [id, dispatch],
    );
    return rows.length > 0;
  }
}
