import type { NetworkName, ReachDay } from '@chorus/shared/contracts';
import { eachDay } from '../rollups/utc-days';
import { NetworkSums, reachTotals } from './emv';
import type { ReportContext } from './report-context.service';

export interface DayNetworkSums extends NetworkSums {
  day: string;
}

/** Groups rows by a key, keeping first-seen order. */
export function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** One entry per day of the range, days without activity as zeros (charts need every day). */
export function buildSeries(
  range: { from: string; to: string },
  rows: DayNetworkSums[],
  activeByDay: Map<string, number>,
  networks: readonly NetworkName[],
  context: Pick<ReportContext, 'emv' | 'reporting'>,
): ReachDay[] {
  const byDay = groupBy(rows, (row) => row.day);
  return eachDay(range.from, range.to).map((day) => {
    const totals = reachTotals(byDay.get(day) ?? [], networks, context.emv, context.reporting);
    return {
      day,
      shares: totals.shares,
      clicks: totals.clicks,
      uniqueClicks: totals.uniqueClicks,
      impressions: totals.impressions,
      engagements: totals.engagements,
      emv: totals.emv,
      activeAdvocates: activeByDay.get(day) ?? 0,
    };
  });
}
