export * from './lib/entities';
export * from './lib/analytics.module';
export * from './lib/settings/analytics-settings.service';
export * from './lib/metrics/metrics-availability.service';
export * from './lib/rollups/analytics-rollups';
export * from './lib/rollups/rollup-trigger';
