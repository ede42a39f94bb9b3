import { AnalyticsSettingsRecord } from './analytics-settings.entity';
import { AdvocateDailyStats, GroupDailyStats, ItemDailyStats, ShareDailyStats } from './daily-stats.entity';
import { LeaderboardOptOut } from './leaderboard-opt-out.entity';
import { AnalyticsRollupState } from './rollup-state.entity';
import { ShareMetricSnapshot } from './share-metric-snapshot.entity';
import { ShareMetricState } from './share-metric-state.entity';
import { XPostRead } from './x-post-read.entity';

export * from './analytics-settings.entity';
export * from './daily-stats.entity';
export * from './leaderboard-opt-out.entity';
export * from './rollup-state.entity';
export * from './share-metric-snapshot.entity';
export * from './share-metric-state.entity';
export * from './x-post-read.entity';

export const ANALYTICS_ENTITIES = [
  AnalyticsSettingsRecord,
  ShareMetricSnapshot,
  ShareMetricState,
  XPostRead,
  ShareDailyStats,
  AdvocateDailyStats,
  ItemDailyStats,
  GroupDailyStats,
  AnalyticsRollupState,
  LeaderboardOptOut,
];
