import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContentModule } from '@chorus/server/content';
import { IdentityModule } from '@chorus/server/identity';
import { PublishingModule } from '@chorus/server/publishing';
import { OUTREACH_ENTITIES } from './entities';
import { SignedLinks } from './links/signed-links';
import {
  DIGESTS_API_PROVIDERS,
  DIGESTS_CONTROLLERS,
  DIGESTS_SERVICES,
  DIGESTS_WORKER_PROVIDERS,
} from './digests/digests.providers';
import { PULSE_CONTROLLERS, PULSE_SERVICES, PULSE_WORKER_PROVIDERS } from './pulse/pulse.providers';
import { WEBHOOKS_CONTROLLERS, WEBHOOKS_SERVICES, WEBHOOKS_WORKER_PROVIDERS } from './webhooks/webhooks.providers';

// PublishingModule: NotificationsService, for the nudges' in-app notification.
const imports = [TypeOrmModule.forFeature(OUTREACH_ENTITIES), IdentityModule, ContentModule, PublishingModule];
const services = [SignedLinks, ...DIGESTS_SERVICES, ...PULSE_SERVICES, ...WEBHOOKS_SERVICES];

/** Digests, nudges, pulse surveys and chat webhooks for the API. */
@Module({
  imports,
  controllers: [...DIGESTS_CONTROLLERS, ...PULSE_CONTROLLERS, ...WEBHOOKS_CONTROLLERS],
  providers: [...services, ...DIGESTS_API_PROVIDERS],
  exports: services,
})
export class OutreachModule {}

/** The worker side: the hourly outreach tick, digest and nudge mails, webhook posts. */
@Module({
  imports,
  providers: [...services, ...DIGESTS_WORKER_PROVIDERS, ...PULSE_WORKER_PROVIDERS, ...WEBHOOKS_WORKER_PROVIDERS],
  exports: services,
})
export class OutreachWorkerModule {}
