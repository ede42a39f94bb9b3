import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import {
  DELETE_ADVOCATE_DAYS,
  DELETE_GROUP_DAYS,
  DELETE_ITEM_DAYS,
  DELETE_SHARE_DAYS,
  INSERT_ADVOCATE_DAYS,
  INSERT_GROUP_DAYS,
  INSERT_ITEM_DAYS,
  INSERT_SHARE_DAYS,
  MARK_ROLLED_UP,
  ROLLUP_LOCK,
} from './rollup-sql';
import { addDays, isDay, startOfDay, utcDay } from './utc-days';

/**
 * Days per transaction in a rebuild: one set-based pass per chunk reads clicks, snapshots and shares by their
 * time indexes but hashes tracked_links whatever the chunk's size, so chunks are a month; a transaction still
 * never holds the rollup lock (and its deleted rows) for a year.
 */
const REBUILD_CHUNK_DAYS = 31;

/** Rebuilds the daily rollups of whole UTC days from the raw events (shares, clicks, metrics snapshots). */
@Injectable()
export class AnalyticsRollups {
  private readonly logger = new Logger('AnalyticsRollups');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Rebuilds the given days (`YYYY-MM-DD`); default yesterday and today. */
  async rollUp(days?: string[]): Promise<void> {
    const today = utcDay(this.clock.now());
    const wanted = days?.length ? days : [addDays(today, -1), today];
    const bad = wanted.find((day) => !isDay(day));
    if (bad !== undefined) throw new Error(`Not a day (YYYY-MM-DD): ${bad}`);
    for (const [from, to] of contiguousRanges(wanted)) await this.rollRange(from, to);
  }

  /** Rebuilds every day from `from` to `to` inclusive (seeding, benchmarks, repair). */
  async rebuild(from: string, to: string): Promise<void> {
    if (!isDay(from) || !isDay(to)) throw new Error(`Not a day range (YYYY-MM-DD): ${from} … ${to}`);
    for (let start = from; start <= to; start = addDays(start, REBUILD_CHUNK_DAYS)) {
      const end = addDays(start, REBUILD_CHUNK_DAYS - 1);
      await this.rollRange(start, end < to ? end : to);
    }
  }

  /** Replaces the rows of `from`…`to` (inclusive) in one transaction, so readers never see a half day. */
  private async rollRange(from: string, to: string): Promise<void> {
    const started = Date.now();
    const days = [from, to];
    const span = [startOfDay(from).toISOString(), startOfDay(addDays(to, 1)).toISOString()];
    await this.dataSource.transaction(async (manager) => {
      await manager.query(ROLLUP_LOCK);
      await manager.query(DELETE_SHARE_DAYS, days);
      await manager.query(DELETE_ADVOCATE_DAYS, days);
      await manager.query(DELETE_ITEM_DAYS, days);
      await manager.query(DELETE_GROUP_DAYS, days);
      await manager.query(INSERT_SHARE_DAYS, span);
      await manager.query(INSERT_ADVOCATE_DAYS, days);
      await manager.query(INSERT_ITEM_DAYS, days);
      await manager.query(INSERT_GROUP_DAYS, days);
      await manager.query(MARK_ROLLED_UP, [this.clock.now()]);
    });
    this.logger.debug(`rolled up ${from} … ${to} in ${Date.now() - started} ms`);
  }
}

/** Sorted, deduplicated days as [first, last] runs of consecutive days. */
export function contiguousRanges(days: string[]): Array<[string, string]> {
  const sorted = [...new Set(days)].sort();
  const ranges: Array<[string, string]> = [];
  for (const day of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && addDays(last[1], 1) === day) last[1] = day;
    else ranges.push([day, day]);
  }
  return ranges;
}
