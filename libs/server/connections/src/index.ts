export * from './lib/connections.module';
export * from './lib/entities';
export * from './lib/apps/network-apps.service';
export * from './lib/apps/network-adapters';
export * from './lib/accounts/connections.service';
export * from './lib/health/token-refresher';
export * from './lib/health/token-health.service';
