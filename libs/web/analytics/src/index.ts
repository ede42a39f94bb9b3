export * from './lib/analytics.routes';
export * from './lib/analytics.api';
export { ANALYTICS_ICONS, provideAnalyticsIcons } from './lib/shared/icons';
export { provideAnalyticsCharts } from './lib/shared/charts';
