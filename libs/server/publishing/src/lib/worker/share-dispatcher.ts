import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { NetworkName } from '@chorus/shared/contracts';
import { Clock, PUBLISHING_JOBS, PublishShareJob, QUEUES, ResolveShareJob } from '@chorus/server/core';
import type { JobOptions, Queue } from 'bull';

export interface Dispatchable {
  id: string;
  network: NetworkName;
  dispatch: number;
  dueAt: Date;
}

/** Publish and resolve jobs hold no state worth keeping once done; the share row has it all. */
const JOB_DEFAULTS: JobOptions = { removeOnComplete: true, removeOnFail: true, attempts: 1 };

/** `<share id>-<dispatch>`: adding the same dispatch twice is a no-op, a new dispatch gets a new job. */
export function publishJobId(share: { id: string; dispatch: number }): string {
  return `${share.id}-${share.dispatch}`;
}

export function resolveJobId(shareId: string): string {
  return `resolve-${shareId}`;
}

/** The second id a share's resolve alternates with, so a running resolve can schedule its own retry. */
export function resolveRetryJobId(shareId: string): string {
  return `resolve-${shareId}-retry`;
}

/**
 * Turns share rows into Bull jobs. Jobs only trigger work: the row decides whether anything happens, so
 * a duplicate, stale or early job is harmless and a lost one is recreated by the reconciler.
 */
@Injectable()
export class ShareDispatcher {
  constructor(
    @InjectQueue(QUEUES.publishLinkedin) private readonly linkedin: Queue<PublishShareJob>,
    @InjectQueue(QUEUES.publishX) private readonly x: Queue<PublishShareJob>,
    @InjectQueue(QUEUES.publishing) private readonly publishing: Queue,
    private readonly clock: Clock,
  ) {}

  queueOf(network: NetworkName): Queue<PublishShareJob> {
    return network === 'x' ? this.x : this.linkedin;
  }

  async enqueue(share: Dispatchable): Promise<void> {
    const delay = Math.max(0, share.dueAt.getTime() - this.clock.now().getTime());
    await this.queueOf(share.network).add(
      PUBLISHING_JOBS.publish,
      { shareId: share.id, dispatch: share.dispatch },
      { ...JOB_DEFAULTS, jobId: publishJobId(share), delay },
    );
  }

  /**
   * Makes sure a due share has a job that will run now: recreates a job Redis lost, and promotes a delayed
   * one whose time has come by the application clock (which tests may move ahead of Bull's).
   */
  async ensureRunning(share: Dispatchable): Promise<'present' | 'created' | 'promoted'> {
    const queue = this.queueOf(share.network);
    const job = await queue.getJob(publishJobId(share));
    if (!job) {
      await this.enqueue(share);
      return 'created';
    }
    if (share.dueAt.getTime() <= this.clock.now().getTime() && (await job.isDelayed())) {
      await job.promote().catch(() => undefined); // it may have just started on its own
      return 'promoted';
    }
    return 'present';
  }

  /**
   * `runningJobId` is the resolve job asking for a retry of itself: adding a job under the id of a job that
   * still exists is a no-op in Bull, so the retry takes the share's other resolve id.
   */
  async enqueueResolve(shareId: string, delayMs: number, runningJobId?: string): Promise<void> {
    const jobId = runningJobId === resolveJobId(shareId) ? resolveRetryJobId(shareId) : resolveJobId(shareId);
    await this.publishing.add(
      PUBLISHING_JOBS.resolve,
      { shareId } satisfies ResolveShareJob,
      { ...JOB_DEFAULTS, jobId, delay: Math.max(0, delayMs) },
    );
  }

  async hasResolveJob(shareId: string): Promise<boolean> {
    for (const id of [resolveJobId(shareId), resolveRetryJobId(shareId)]) {
      if ((await this.publishing.getJob(id)) !== null) return true;
    }
    return false;
  }
}
