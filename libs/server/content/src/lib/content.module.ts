import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@chorus/server/identity';
import { ContentController, FeedController, SourcesController, TopicsController } from './content.controller';
import {
  ExpireItemsProcessor,
  ExpireItemsScheduler,
  OpmlImportProcessor,
  PollSourceProcessor,
} from './content.processors';
import { CONTENT_ENTITIES } from './entities';
import { FeedService } from './feed/feed.service';
import { SafeFetcher } from './fetch/safe-fetcher';
import { IngestionService } from './ingestion/ingestion.service';
import { ContentViews } from './items/content-views';
import { ContentService } from './items/content.service';
import { ImagesService } from './items/images.service';
import { PreviewService } from './items/preview.service';
import { TopicsService } from './items/topics.service';
import { SourceScheduleReconciler, SourceScheduler } from './sources/source-scheduler';
import { SourcesService } from './sources/sources.service';

const services = [
  SafeFetcher,
  IngestionService,
  SourceScheduler,
  SourcesService,
  ContentViews,
  ContentService,
  TopicsService,
  ImagesService,
  PreviewService,
  FeedService,
];
const imports = [TypeOrmModule.forFeature(CONTENT_ENTITIES), IdentityModule];

/** API side: topics, sources, OPML, URL preview, images, items and their workflow, the feed. */
@Module({
  imports,
  controllers: [TopicsController, SourcesController, ContentController, FeedController],
  providers: services,
  exports: services,
})
export class ContentModule {}

/** Worker side: source polling, OPML imports, expiry. */
@Module({
  imports,
  providers: [
    ...services,
    PollSourceProcessor,
    OpmlImportProcessor,
    ExpireItemsProcessor,
    ExpireItemsScheduler,
    SourceScheduleReconciler,
  ],
  exports: services,
})
export class ContentWorkerModule {}
