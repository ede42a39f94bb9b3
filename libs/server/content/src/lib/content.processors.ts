import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig, CONTENT_JOBS, OpmlImportJobData, PollSourceJob, QUEUES } from '@chorus/server/core';
import type { Job, Queue } from 'bull';
import { IngestionService } from './ingestion/ingestion.service';
import { ContentService } from './items/content.service';
import { SourcesService } from './sources/sources.service';

@Processor(QUEUES.content)
export class PollSourceProcessor {
  constructor(private readonly ingestion: IngestionService) {}

  @Process(CONTENT_JOBS.pollSource)
  async handle(job: Job<PollSourceJob>): Promise<void> {
    await this.ingestion.poll(job.data.sourceId, job.data.force ?? false);
  }
}

@Processor(QUEUES.content)
export class OpmlImportProcessor {
  constructor(private readonly sources: SourcesService) {}

  @Process(CONTENT_JOBS.opmlImport)
  async handle(job: Job<OpmlImportJobData>): Promise<void> {
    await this.sources.runOpmlImport(job.data.importId);
  }
}

@Processor(QUEUES.content)
export class ExpireItemsProcessor {
  private readonly logger = new Logger('ContentExpiry');

  constructor(private readonly content: ContentService) {}

  @Process(CONTENT_JOBS.expireItems)
  async handle(): Promise<void> {
    const expired = await this.content.expireDue();
    if (expired) this.logger.log({ expired }, 'expired content items');
  }
}

/** The repeatable expiry job; one schedule however many workers register it. */
@Injectable()
export class ExpireItemsScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.content) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.CONTENT_EXPIRY_INTERVAL_MINUTES * 60_000;
    await this.queue.add(CONTENT_JOBS.expireItems, {}, { repeat: { every }, jobId: CONTENT_JOBS.expireItems });
  }
}
