import { AnalyticsRollups } from '../rollups/analytics-rollups';
import { RollupTrigger } from '../rollups/rollup-trigger';

/** Rollups and reports: what the API serves, and what only the worker runs. */
export const REPORTS_CONTROLLERS = [];
export const REPORTS_SERVICES = [RollupTrigger, AnalyticsRollups];
export const REPORTS_WORKER_PROVIDERS = [];
