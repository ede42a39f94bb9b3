import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  PUBLISHING_JOBS,
  PublishShareJob,
  QUEUES,
  RepeatableJobScheduler,
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
    // The job's own id, so that a retry the resolver asks for is not swallowed by this very job.
    await this.resolver.resolve(job.data.shareId, String(job.id));
  }
}

/**
 * Publish jobs run with a configurable concurrency per worker process (decorators fix theirs at compile
 * time), one queue per network so each can carry an app-wide rate cap. It also keeps the repeatable
 * reconcile registered: the reconciler is what rebuilds the jobs after Redis lost its data, but its own
 * repeatable job lives in Redis too (see RepeatableJobScheduler).
 */
@Injectable()
export class PublishWorker extends RepeatableJobScheduler {
  constructor(
    @InjectQueue(QUEUES.publishLinkedin) private readonly linkedin: Queue<PublishShareJob>,
    @InjectQueue(QUEUES.publishX) private readonly x: Queue<PublishShareJob>,
    @InjectQueue(QUEUES.publishing) publishing: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly publisher: SharePublisher,
  ) {
    super(publishing, {
      job: PUBLISHING_JOBS.reconcile,
      everyMs: config.PUBLISH_RECONCILE_INTERVAL_SECONDS * 1000,
      label: 'the reconciler',
    });
  }

  override async onApplicationBootstrap(): Promise<void> {
    for (const queue of [this.linkedin, this.x]) {
      void queue.process(
        PUBLISHING_JOBS.publish,
        this.config.PUBLISH_CONCURRENCY,
        async (job: Job<PublishShareJob>) => {
          await this.publisher.run(job.data);
        },
      );
    }
    await super.onApplicationBootstrap();
    // A lease shorter than a publish can take turns a slow answer into outcome_unknown while the call is still
    // running; the resolver may then find nothing yet and publish again. A publish makes up to a few calls.
    const slowestPublishMs = 4 * this.config.NETWORK_TIMEOUT_MS;
    if (this.config.PUBLISH_LEASE_SECONDS * 1000 <= slowestPublishMs) {
      this.logger.warn(
        `PUBLISH_LEASE_SECONDS (${this.config.PUBLISH_LEASE_SECONDS}) should exceed ${Math.ceil(slowestPublishMs / 1000)} s (4 × NETWORK_TIMEOUT_MS), or a slow publish may be taken for a lost one`,
      );
    }
    this.logger.log(`Publishing with concurrency ${this.config.PUBLISH_CONCURRENCY} per network queue`);
  }
}
