import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule, User } from '@chorus/server/identity';
import { ConnectionsService } from './accounts/connections.service';
import { NetworkAdapters } from './apps/network-adapters';
import { NetworkAppsService } from './apps/network-apps.service';
import { ConnectionsController, NetworkAppsController, SystemInfoController } from './connections.controller';
import { CONNECTIONS_ENTITIES } from './entities';
import { TokenHealthProcessor, TokenHealthScheduler } from './health/token-health.processor';
import { TokenHealthService } from './health/token-health.service';
import { TokenRefresher } from './health/token-refresher';

const services = [NetworkAppsService, NetworkAdapters, ConnectionsService, TokenRefresher, TokenHealthService];
const imports = [TypeOrmModule.forFeature([...CONNECTIONS_ENTITIES, User]), IdentityModule];

/** API side: connected accounts, the OAuth round trip, network app settings. */
@Module({
  imports,
  controllers: [ConnectionsController, NetworkAppsController, SystemInfoController],
  providers: services,
  exports: services,
})
export class ConnectionsModule {}

/** Worker side: token health (refresh, expiry warnings). */
@Module({
  imports,
  providers: [...services, TokenHealthProcessor, TokenHealthScheduler],
  exports: services,
})
export class ConnectionsWorkerModule {}
