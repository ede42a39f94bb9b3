import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConnectionsModule } from '@chorus/server/connections';
import { IdentityModule } from '@chorus/server/identity';
import { LinksModule } from '@chorus/server/links';
import { ANALYTICS_ENTITIES } from './entities';
import { METRICS_CONTROLLERS, METRICS_SERVICES, METRICS_WORKER_PROVIDERS } from './metrics/metrics.providers';
import { REPORTS_CONTROLLERS, REPORTS_SERVICES, REPORTS_WORKER_PROVIDERS } from './reports/reports.providers';

const imports = [TypeOrmModule.forFeature(ANALYTICS_ENTITIES), IdentityModule, ConnectionsModule, LinksModule];
const services = [...METRICS_SERVICES, ...REPORTS_SERVICES];

/** Reach analytics for the API: dashboards, the advocate's reach, leaderboards, exports, settings. */
@Module({
  imports,
  controllers: [...METRICS_CONTROLLERS, ...REPORTS_CONTROLLERS],
  providers: services,
  exports: services,
})
export class AnalyticsModule {}

/** The worker side: metric polling and the rollup jobs. */
@Module({
  imports,
  providers: [...services, ...METRICS_WORKER_PROVIDERS, ...REPORTS_WORKER_PROVIDERS],
  exports: services,
})
export class AnalyticsWorkerModule {}
