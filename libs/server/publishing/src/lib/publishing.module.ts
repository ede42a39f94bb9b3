import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConnectionsModule } from '@chorus/server/connections';
import { ContentModule } from '@chorus/server/content';
import { GuidelinesModule } from '@chorus/server/guidelines';
import { IdentityModule } from '@chorus/server/identity';
import { LinksModule } from '@chorus/server/links';
import { PUBLISHING_ENTITIES } from './entities';
import { NotificationsService } from './notifications/notifications.service';
import {
  ComposeController,
  NotificationsController,
  PostingScheduleController,
  PublishingSettingsController,
  SharesController,
} from './publishing.controller';
import { PostingScheduleService } from './settings/posting-schedule.service';
import { PublishingSettingsService } from './settings/publishing-settings.service';
import { ComposeService } from './shares/compose.service';
import { PublishingRules } from './shares/publishing-rules';
import { ShareChecks } from './shares/share-checks';
import { SharesService } from './shares/shares.service';
import { ShareTransitions } from './shares/share-transitions';
import { OutcomeResolver } from './worker/outcome-resolver';
import { PublishWorker, ReconcileSharesProcessor, ResolveShareProcessor } from './worker/publishing.processors';
import { ShareDispatcher } from './worker/share-dispatcher';
import { ShareNotifier } from './worker/share-notifier';
import { SharePublisher } from './worker/share-publisher';
import { ShareReconciler } from './worker/share-reconciler';

const imports = [
  TypeOrmModule.forFeature(PUBLISHING_ENTITIES),
  IdentityModule,
  ConnectionsModule,
  ContentModule,
  GuidelinesModule,
  LinksModule,
];

const services = [
  NotificationsService,
  PublishingSettingsService,
  PostingScheduleService,
  PublishingRules,
  ShareChecks,
  ShareTransitions,
  ShareDispatcher,
  ShareNotifier,
  SharesService,
  ComposeService,
];

/** Sharing and scheduling for the API: composer, shares, schedules, settings, notifications. */
@Module({
  imports,
  controllers: [
    SharesController,
    ComposeController,
    PostingScheduleController,
    PublishingSettingsController,
    NotificationsController,
  ],
  providers: services,
  exports: services,
})
export class PublishingModule {}

/** The worker side: publish jobs (configurable concurrency), the reconciler and the outcome resolver. */
@Module({
  imports,
  providers: [
    ...services,
    SharePublisher,
    OutcomeResolver,
    ShareReconciler,
    PublishWorker,
    ReconcileSharesProcessor,
    ResolveShareProcessor,
  ],
  exports: [SharePublisher, OutcomeResolver, ShareReconciler],
})
export class PublishingWorkerModule {}
