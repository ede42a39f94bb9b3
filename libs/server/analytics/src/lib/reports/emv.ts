import type { EmvSettings, MetricsAvailability, NetworkName, ReachTotals } from '@chorus/shared/contracts';

/** Summed rollup figures of one network (impressions and engagements as stored: 0 where never read). */
export interface NetworkSums {
  network: NetworkName;
  shares: number;
  clicks: number;
  uniqueClicks: number;
  botClicks: number;
  impressions: number;
  engagements: number;
}

/** The networks that report impressions and engagements to this installation. */
export function reportingNetworks(availability: MetricsAvailability[]): ReadonlySet<NetworkName> {
  return new Set(availability.filter((a) => a.available).map((a) => a.network));
}

/**
 * EMV = Σ per network (impressions × CPM / 1000 + clicks × CPC + engagements × CPE) with that network's
 * rates. Impressions and engagements of networks that do not report metrics count 0: whatever is stored for
 * them is not a figure the network vouched for. Rounded to cents, as money is shown.
 */
export function emvOf(rows: NetworkSums[], settings: EmvSettings, reporting: ReadonlySet<NetworkName>): number {
  let value = 0;
  for (const row of rows) {
    const rates = settings.rates[row.network];
    if (!rates) continue;
    const metrics = reporting.has(row.network);
    value +=
      (metrics ? (row.impressions * rates.cpm) / 1000 + row.engagements * rates.cpe : 0) + row.clicks * rates.cpc;
  }
  return Math.round(value * 100) / 100;
}

/**
 * Totals of per-network sums. `networks` are the networks the report covers (the filter): impressions,
 * engagements and CTR are null when none of them reports metrics, and otherwise cover those that do — so a
 * network without metrics shows "unknown", never a misleading 0.
 */
export function reachTotals(
  rows: NetworkSums[],
  networks: readonly NetworkName[],
  settings: EmvSettings,
  reporting: ReadonlySet<NetworkName>,
): ReachTotals {
  const sum = (pick: (row: NetworkSums) => number, only?: (row: NetworkSums) => boolean) =>
    rows.filter((row) => !only || only(row)).reduce((total, row) => total + pick(row), 0);
  const reports = (row: NetworkSums) => reporting.has(row.network);
  const anyReporting = networks.some((network) => reporting.has(network));
  const impressions = anyReporting ? sum((r) => r.impressions, reports) : null;
  const reportingClicks = sum((r) => r.clicks, reports);
  return {
    shares: sum((r) => r.shares),
    clicks: sum((r) => r.clicks),
    uniqueClicks: sum((r) => r.uniqueClicks),
    botClicks: sum((r) => r.botClicks),
    impressions,
    engagements: anyReporting ? sum((r) => r.engagements, reports) : null,
    ctr: impressions ? reportingClicks / impressions : null,
    emv: emvOf(rows, settings, reporting),
  };
}
