import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PointsSettingsService } from './points-settings.service';
import { BATCH_END, SYNC_CLICKS, SYNC_LOCK_KEY, SYNC_ORIGINAL_TEXTS, SYNC_SHARES, SYNC_STEPS } from './points-sql';

/** How long a read waits for a sync another process is running (usually milliseconds). */
const READ_WAIT = '2s';

/**
 * New events per stream in one transaction. The first sync of a large history (10 M clicks) goes in
 * batches, each committed with its watermark, so that it releases the lock and keeps its progress.
 */
export const SYNC_BATCH = 20_000;

interface SyncState {
  shares_until: Date | null;
  clicks_until: Date | null;
  steps_until: Date | null;
}

interface Batch {
  awarded: number;
  /** Some stream stopped at its batch size: more events are waiting. */
  more: boolean;
}

/**
 * Turns the event log (published shares, human clicks, completed steps) into point awards. Idempotent: it
 * can run from the worker's repeatable job and before every read of points at once; the point values are
 * those in force when an event is first read, so changing them never rewrites history.
 */
@Injectable()
export class PointsLedger {
  /** New events per stream in one transaction (specs make it small). */
  batchSize = SYNC_BATCH;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: PointsSettingsService,
  ) {}

  /**
   * Returns how many awards were written. A read (default) runs one batch and gives up with null when
   * another sync holds the lock for longer than it should wait: it then serves what is there. `wait`
   * (the worker's job, the challenge finisher) waits for the lock and runs batches until caught up.
   */
  async sync(options: { wait?: boolean } = {}): Promise<number | null> {
    if (!options.wait) return (await this.batch(false))?.awarded ?? null;
    let total = 0;
    for (;;) {
      const batch = (await this.batch(true)) as Batch;
      total += batch.awarded;
      if (!batch.more) return total;
    }
  }

  private async batch(wait: boolean): Promise<Batch | null> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (!wait) await manager.query(`SET LOCAL lock_timeout = '${READ_WAIT}'`);
        await manager.query(`SELECT pg_advisory_xact_lock(${SYNC_LOCK_KEY})`);
        // Only the wait for another sync is bounded, not the sync's own statements.
        if (!wait) await manager.query(`SET LOCAL lock_timeout = 0`);
        return this.run(manager);
      });
    } catch (error) {
      if (!wait && lockTimedOut(error)) return null;
      throw error;
    }
  }

  private async run(manager: EntityManager): Promise<Batch> {
    const values = await this.settings.values(manager);
    await manager.query(`INSERT INTO points_sync_state (id) VALUES (1) ON CONFLICT (id) DO NOTHING`);
    const [state]: SyncState[] = await manager.query(
      `SELECT shares_until, clicks_until, steps_until FROM points_sync_state WHERE id = 1`,
    );
    const sharesEnd = await this.batchEnd(manager, BATCH_END.shares, state.shares_until);
    const clicksEnd = await this.batchEnd(manager, BATCH_END.clicks, state.clicks_until);
    const stepsEnd = await this.batchEnd(manager, BATCH_END.steps, state.steps_until);
    // Own texts read the same window of shares as the share awards (one watermark for both).
    const [originals] = await manager.query(SYNC_ORIGINAL_TEXTS, [state.shares_until, values.original_text, sharesEnd]);
    const shares = await this.stream(manager, SYNC_SHARES, state.shares_until, values.share, sharesEnd);
    const clicks = await this.stream(manager, SYNC_CLICKS, state.clicks_until, values.click, clicksEnd);
    const steps = await this.stream(manager, SYNC_STEPS, state.steps_until, values.step_completed, stepsEnd);
    await manager.query(
      `UPDATE points_sync_state
          SET shares_until = greatest(shares_until, $1), clicks_until = greatest(clicks_until, $2),
              steps_until = greatest(steps_until, $3)
        WHERE id = 1`,
      [shares.until, clicks.until, steps.until],
    );
    return {
      awarded: originals.awarded + shares.awarded + clicks.awarded + steps.awarded,
      more: reachedEnd(shares.until, sharesEnd) || reachedEnd(clicks.until, clicksEnd) || reachedEnd(steps.until, stepsEnd),
    };
  }

  /**
   * The exclusive end of this batch, or null when the rest fits. At least a second past the watermark, so
   * that a batch always moves it on (even with more than a batch of events in the same instant).
   */
  private async batchEnd(manager: EntityManager, sql: string, watermark: Date | null): Promise<Date | null> {
    const [row]: Array<{ at: Date }> = await manager.query(sql, [watermark, this.batchSize]);
    if (!row) return null;
    if (!watermark) return row.at;
    return new Date(Math.max(row.at.getTime(), watermark.getTime() + 1000));
  }

  private async stream(
    manager: EntityManager,
    sql: string,
    from: Date | null,
    points: number,
    end: Date | null,
  ): Promise<{ until: Date | null; awarded: number }> {
    const [row] = await manager.query(sql, [from, points, end]);
    return { until: row.until, awarded: row.awarded };
  }
}

/** A batch that stopped at its end moved the watermark there; one capped at now() cannot go further yet. */
function reachedEnd(until: Date | null, end: Date | null): boolean {
  return Boolean(end && until && until.getTime() === end.getTime());
}

function lockTimedOut(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return (e.code ?? e.driverError?.code) === '55P03';
}
