import { AnalyticsRollups } from '../rollups/analytics-rollups';
import { RollupOnClicks } from '../rollups/rollup-on-clicks';
import { RollupProcessor, RollupScheduler } from '../rollups/rollup.processor';
import { RollupTrigger } from '../rollups/rollup-trigger';
import { LeaderboardService } from './leaderboard.service';
import { MyReachService } from './my-reach.service';
import { ReportContextService } from './report-context.service';
import { ReportExport } from './report-export.service';
import { ReportQueries } from './report-queries.service';
import { LeadReportsController, MyReachController } from './reports.controller';

/** Rollups and reports: what the API serves, and what only the worker runs. */
export const REPORTS_CONTROLLERS = [LeadReportsController, MyReachController];
export const REPORTS_SERVICES = [
  RollupTrigger,
  AnalyticsRollups,
  // Registers with the click writer; in the worker (which writes no clicks) it is never called.
  RollupOnClicks,
  ReportContextService,
  ReportQueries,
  ReportExport,
  MyReachService,
  LeaderboardService,
];
export const REPORTS_WORKER_PROVIDERS = [RollupProcessor, RollupScheduler];
