import { AnalyticsSettingsController } from '../settings/analytics-settings.controller';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import { MetricClaims } from './metric-claims';
import { MetricPoller } from './metric-poller';
import { MetricRecorder } from './metric-recorder';
import { MetricsAvailabilityService } from './metrics-availability.service';
import { PollMetricsProcessor, PollMetricsScheduler } from './poll-metrics.processor';
import { XSpendService } from './x-spend.service';

/** Settings, metric polling and X spend: what the API serves, and what only the worker runs. */
export const METRICS_CONTROLLERS = [AnalyticsSettingsController];
// The poller is here, not only in the worker, so that specs (and a future "poll now") can run it in the API.
export const METRICS_SERVICES = [
  AnalyticsSettingsService,
  MetricsAvailabilityService,
  XSpendService,
  MetricClaims,
  MetricRecorder,
  MetricPoller,
];
export const METRICS_WORKER_PROVIDERS = [PollMetricsProcessor, PollMetricsScheduler];
