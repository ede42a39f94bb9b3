import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import { MetricsAvailabilityService } from './metrics-availability.service';

/** Settings, metric polling and X spend: what the API serves, and what only the worker runs. */
export const METRICS_CONTROLLERS = [];
export const METRICS_SERVICES = [AnalyticsSettingsService, MetricsAvailabilityService];
export const METRICS_WORKER_PROVIDERS = [];
