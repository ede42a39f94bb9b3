import type { NetworkName } from './connections';

/**
 * Reach analytics: what the programme earned. Days are UTC calendar days (`YYYY-MM-DD`); ranges are
 * inclusive of both ends. Figures come from daily rollups of the raw events (published shares, tracked-link
 * clicks, metrics snapshots), refreshed by the worker a few seconds after new events and every few minutes.
 */

/** Filters every lead report takes. */
export interface AnalyticsQuery {
  /** First day, `YYYY-MM-DD` (default: 29 days before `to`). */
  from?: string;
  /** Last day, `YYYY-MM-DD` (default: today, UTC). */
  to?: string;
  /** Only advocates who were members of this group on the day of the activity. */
  groupId?: string;
  network?: NetworkName;
}

/** Why a network's impressions and engagements are (not) known. */
export interface MetricsAvailability {
  network: NetworkName;
  available: boolean;
  /** Shown where the figure would be, e.g. "LinkedIn does not report metrics to self-serve apps". */
  reason: string | null;
}

/** Cost per mille (impressions), per click and per engagement, in `currency`. */
export interface EmvRates {
  cpm: number;
  cpc: number;
  cpe: number;
}

export interface EmvSettings {
  currency: string;
  rates: Record<NetworkName, EmvRates>;
  /** "EMV = impressions × CPM / 1000 + clicks × CPC + engagements × CPE", for display beside the number. */
  formula: string;
}

/**
 * Totals over a range. `impressions`, `engagements` and `ctr` are null where no network in the filter
 * reports metrics (see `availability`); where some do, they cover those networks only.
 */
export interface ReachTotals {
  shares: number;
  /** Human clicks through tracked links (bots excluded). */
  clicks: number;
  /** Distinct visitors per tracked link per day, summed. */
  uniqueClicks: number;
  botClicks: number;
  impressions: number | null;
  engagements: number | null;
  /** Clicks ÷ impressions on the networks that report impressions. */
  ctr: number | null;
  emv: number;
}

export interface ParticipationFigures {
  /** Advocates enrolled (members of the filtered group, or all advocates). */
  enrolled: number;
  /** Enrolled advocates with at least one published share in the range. */
  active: number;
  /** active ÷ enrolled (0 when nobody is enrolled). */
  rate: number;
}

export interface ReachDay {
  day: string;
  shares: number;
  clicks: number;
  uniqueClicks: number;
  impressions: number | null;
  engagements: number | null;
  emv: number;
  /** Advocates with a published share that day. */
  activeAdvocates: number;
}

export interface GroupReachRow {
  groupId: string;
  name: string;
  participation: ParticipationFigures;
  totals: ReachTotals;
}

export interface NetworkReachRow {
  network: NetworkName;
  totals: ReachTotals;
}

export interface LeadDashboard {
  from: string;
  to: string;
  groupId: string | null;
  network: NetworkName | null;
  participation: ParticipationFigures;
  totals: ReachTotals;
  series: ReachDay[];
  groups: GroupReachRow[];
  networks: NetworkReachRow[];
  availability: MetricsAvailability[];
  emv: EmvSettings;
  /** When the rollups last ran (null: never). */
  updatedAt: string | null;
}

export interface ContentReachRow {
  contentItemId: string;
  title: string;
  url: string;
  totals: ReachTotals;
}

export interface AdvocateReachRow {
  userId: string;
  name: string;
  /** The advocate asked not to be shown by name on leaderboards (leads still see it here). */
  hiddenFromLeaderboards: boolean;
  groups: string[];
  totals: ReachTotals;
}

export const ANALYTICS_EXPORTS = ['days', 'groups', 'networks', 'content', 'advocates'] as const;
export type AnalyticsExport = (typeof ANALYTICS_EXPORTS)[number];

/** One of the advocate's published shares with what it earned (all time). */
export interface ShareReachRow {
  shareId: string;
  network: NetworkName;
  contentItemId: string | null;
  title: string | null;
  postUrl: string | null;
  publishedAt: string;
  clicks: number;
  uniqueClicks: number;
  impressions: number | null;
  engagements: number | null;
  /** When the network's figures were last read (null: never or unavailable). */
  metricsAt: string | null;
}

export interface MyReach {
  from: string;
  to: string;
  totals: ReachTotals;
  series: ReachDay[];
  /** The shares published in the range, newest first (at most 100), each with what it earned over all time. */
  shares: ShareReachRow[];
  availability: MetricsAvailability[];
  emv: EmvSettings;
  showOnLeaderboards: boolean;
  updatedAt: string | null;
}

export const LEADERBOARD_PERIODS = ['week', 'month', 'quarter'] as const;
export type LeaderboardPeriod = (typeof LEADERBOARD_PERIODS)[number];

export interface LeaderboardQuery {
  period?: LeaderboardPeriod;
  /** Default: the caller's first group. The caller must belong to it (leads and admins: any group). */
  groupId?: string;
}

export interface LeaderboardEntry {
  rank: number;
  /** Null when the advocate opted out of being shown by name (and it is not the caller). */
  userId: string | null;
  /** "Anonymous advocate" for those who opted out. */
  name: string;
  isMe: boolean;
  clicks: number;
  shares: number;
}

export interface Leaderboard {
  period: LeaderboardPeriod;
  from: string;
  to: string;
  groupId: string | null;
  groupName: string | null;
  /** The groups the caller may pick. */
  groups: Array<{ id: string; name: string }>;
  /** Ranked by human clicks earned, then shares; top 10 plus the caller. */
  entries: LeaderboardEntry[];
}

export interface LeaderboardPreference {
  showOnLeaderboards: boolean;
}

/** The admin's analytics settings: EMV rates and how much X post reading may cost. */
export interface AnalyticsSettings {
  currency: string;
  emvRates: Record<NetworkName, EmvRates>;
  /** Billable X post reads per UTC day (each post read is billed once per day); 0 stops X metrics. */
  xReadBudgetPerDay: number;
}

/** Any subset; `emvRates` may name one network (the other keeps its rates). */
export type UpdateAnalyticsSettingsRequest = Partial<Omit<AnalyticsSettings, 'emvRates'>> & {
  emvRates?: Partial<Record<NetworkName, EmvRates>>;
};

export interface XReadSpendDay {
  day: string;
  reads: number;
  cost: number;
}

/** What reading X metrics costs (X bills each post read once per UTC day). */
export interface XReadSpend {
  currency: 'USD';
  pricePerRead: number;
  budgetPerDay: number;
  today: XReadSpendDay;
  monthToDate: { reads: number; cost: number };
  /** The last 30 days, oldest first. */
  days: XReadSpendDay[];
}
