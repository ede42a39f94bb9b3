import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { XReadSpend, XReadSpendDay } from '@chorus/shared/contracts';
import { Clock } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import { addDays, utcDay } from '../rollups/utc-days';

/** What X charges for reading one post, once per post per UTC day (docs: networks.md). */
export const X_PRICE_PER_READ_USD = 0.005;

const WINDOW_DAYS = 30;

/** Whole tenths of a cent, so that 3 reads cost 0.015 and not 0.015000000000000001. */
export function xReadCost(reads: number): number {
  return Math.round(reads * X_PRICE_PER_READ_USD * 1000) / 1000;
}

/** What reading X metrics costs, from the read ledger (x_post_reads): today, this month, the last 30 days. */
@Injectable()
export class XSpendService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly settings: AnalyticsSettingsService,
    private readonly clock: Clock,
  ) {}

  async spend(): Promise<XReadSpend> {
    const today = utcDay(this.clock.now());
    const firstOfMonth = `${today.slice(0, 8)}01`;
    const firstOfWindow = addDays(today, -(WINDOW_DAYS - 1));
    const from = firstOfMonth < firstOfWindow ? firstOfMonth : firstOfWindow;
    const rows: Array<{ day: string; reads: number }> = await this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS reads
         FROM x_post_reads WHERE day BETWEEN $1 AND $2 GROUP BY day`,
      [from, today],
    );
    const readsOn = new Map(rows.map((r) => [r.day, r.reads]));
    const dayOf = (day: string): XReadSpendDay => {
      const reads = readsOn.get(day) ?? 0;
      return { day, reads, cost: xReadCost(reads) };
    };
    const monthReads = rows.filter((r) => r.day >= firstOfMonth).reduce((sum, r) => sum + r.reads, 0);
    return {
      currency: 'USD',
      pricePerRead: X_PRICE_PER_READ_USD,
      budgetPerDay: (await this.settings.get()).xReadBudgetPerDay,
      today: dayOf(today),
      monthToDate: { reads: monthReads, cost: xReadCost(monthReads) },
      days: Array.from({ length: WINDOW_DAYS }, (_, i) => dayOf(addDays(firstOfWindow, i))),
    };
  }
}
