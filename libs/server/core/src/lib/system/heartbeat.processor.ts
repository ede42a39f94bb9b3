import { Process, Processor } from '@nestjs/bull';
import { InjectRepository } from '@nestjs/typeorm';
import { hostname } from 'node:os';
import { Repository } from 'typeorm';
import { HeartbeatJob, QUEUES, SYSTEM_JOBS } from '../queue/queues';
import { Clock } from '../util/clock';
import { WorkerHeartbeat } from './worker-heartbeat.entity';

export const WORKER_ID = `${hostname()}:${process.pid}`;

/** Proves the whole path Redis → Bull → worker → Postgres works; readiness reads what it writes. */
@Processor(QUEUES.system)
export class HeartbeatProcessor {
  constructor(
    @InjectRepository(WorkerHeartbeat)
    private readonly heartbeats: Repository<WorkerHeartbeat>,
    private readonly clock: Clock,
  ) {}

  @Process(SYSTEM_JOBS.heartbeat)
  async beat(): Promise<void> {
    await this.heartbeats.upsert({ workerId: WORKER_ID, seenAt: this.clock.now() }, ['workerId']);
  }
}

export type { HeartbeatJob };
