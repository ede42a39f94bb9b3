import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  PUBLISHING_JOBS,
  PublishShareJob,
  QUEUES,
  ResolveShareJob,
} from '@chorus/server/core';
import type { Job, Queue } from 'bull';
import { OutcomeResolver } from './outcome-resolver';
import { SharePublisher } from './share-publisher';
import { ShareReconciler } from './share-reconciler';

@Processor(QUEUES.publishing)
export class ReconcileSharesProcessor {
  constructor(private readonly reconciler: ShareReconciler) {}

  @Process(PUBLISHING_JOBS.reconcile)
  async handle(): Promise<void> {
    await this.reconciler.reconcile();
  }
}

@Processor(QUEUES.publishing)
export class ResolveShareProcessor {
  constructor(private readonly resolver: OutcomeResolver) {}

  @Process({ name: PUBLISHING_JOBS.resolve, concurrency: 4 })
  async handle(job: Job<ResolveShareJob>): Promise<void> {
    await this.resolver.resolve(job.data.shareId);
  }
}

/**
 * Publish jobs run with a configurable concurrency per worker process (decorators fix theirs at compile
 * time), one queue per network so each can carry an app-wide rate cap.
 */
@Injectable()
export class PublishWorker implements OnApplicationBootstrap {
  private readonly logger = new Logger('PublishWorker');

  constructor(
    @InjectQueue(QUEUES.publishLinkedin) private readonly linkedin: Queue<PublishShareJob>,
    @InjectQueue(QUEUES.publishX) private readonly x: Queue<PublishShareJob>,
    @InjectQueue(QUEUES.publishing) private readonly publishing: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly publisher: SharePublisher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const queue of [this.linkedin, this.x]) {
      void queue.process(PUBLISHING_JOBS.publish, this.config.PUBLISH_CONCURRENCY, async (job: Job<PublishShareJob>) => {
        await this.publisher.run(job.data);
      });
    }
    // One repeatable reconcile, however many workers register it.
    const every = this.config.PUBLISH_RECONCILE_INTERVAL_SECONDS * 1000;
    await this.publishing.add(PUBLISHING_JOBS.reconcile, {}, { repeat: { every }, jobId: PUBLISHING_JOBS.reconcile, removeOnComplete: true, removeOnFail: true });
    this.logger.log(`Publishing with concurrency ${this.config.PUBLISH_CONCURRENCY} per network queue`);
  }
}
