import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { HeartbeatJob, QUEUES, SYSTEM_JOBS } from '../queue/queues';
import { WORKER_ID } from './heartbeat.processor';

/**
 * Registers the repeatable heartbeat. Bull keys repeatable jobs by name and interval, so every worker
 * registering it yields one schedule, not one per process; one immediate beat makes a fresh start ready.
 */
@Injectable()
export class HeartbeatScheduler implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.system) private readonly queue: Queue<HeartbeatJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.HEARTBEAT_INTERVAL_SECONDS * 1000;
    await this.queue.add(SYSTEM_JOBS.heartbeat, { scheduledBy: WORKER_ID }, { repeat: { every }, jobId: 'heartbeat' });
    await this.queue.add(SYSTEM_JOBS.heartbeat, { scheduledBy: WORKER_ID }, { removeOnComplete: true });
  }
}
