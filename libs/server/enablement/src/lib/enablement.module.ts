import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConnectionsModule } from '@chorus/server/connections';
import { ContentModule } from '@chorus/server/content';
import { IdentityModule } from '@chorus/server/identity';
import { PublishingModule } from '@chorus/server/publishing';
import { ENABLEMENT_ENTITIES } from './entities';
import { PATHS_CONTROLLERS, PATHS_SERVICES, PATHS_WORKER_PROVIDERS } from './paths/paths.providers';
import { POINTS_CONTROLLERS, POINTS_SERVICES, POINTS_WORKER_PROVIDERS } from './points/points.providers';

const imports = [TypeOrmModule.forFeature(ENABLEMENT_ENTITIES), IdentityModule, ConnectionsModule, ContentModule, PublishingModule];
const services = [...PATHS_SERVICES, ...POINTS_SERVICES];

/** Skill paths, progress, unlocks, points, leaderboards, challenges and ambassadors for the API. */
@Module({
  imports,
  controllers: [...PATHS_CONTROLLERS, ...POINTS_CONTROLLERS],
  providers: services,
  exports: services,
})
export class EnablementModule {}

/** The worker side: points sync and challenge results. */
@Module({
  imports,
  providers: [...services, ...PATHS_WORKER_PROVIDERS, ...POINTS_WORKER_PROVIDERS],
  exports: services,
})
export class EnablementWorkerModule {}
