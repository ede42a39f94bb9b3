import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadinessCheck, ReadinessReport } from '@chorus/shared/contracts';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { migrationsUpToDate } from '../database/migrate';
import { QUEUES } from '../queue/queues';
import { Clock } from '../util/clock';

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref(),
    ),
  ]);
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.system) private readonly systemQueue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async readiness(): Promise<ReadinessReport> {
    const checks = await Promise.all([this.database(), this.redis(), this.migrations(), this.worker()]);
    return {
      status: checks.every((c) => c.status === 'up') ? 'ready' : 'not_ready',
      checks,
    };
  }

  private async check(name: ReadinessCheck['name'], probe: () => Promise<string | undefined>): Promise<ReadinessCheck> {
    try {
      const detail = await withTimeout(probe());
      return { name, status: 'up', ...(detail ? { detail } : {}) };
    } catch (error) {
      return {
        name,
        status: 'down',
        detail: error instanceof Error ? error.message : String(error),
      };
    }
  }

  private database() {
    return this.check('database', async () => {
      await this.dataSource.query('SELECT 1');
      return undefined;
    });
  }

  private redis() {
    return this.check('redis', async () => {
      const client = await this.systemQueue.client;
      const answer = await client.ping();
      if (answer !== 'PONG') throw new Error(`unexpected PING answer ${answer}`);
      return undefined;
    });
  }

  private migrations() {
    return this.check('migrations', async () => {
      if (!(await migrationsUpToDate(this.dataSource))) throw new Error('pending migrations: run npm run db:migrate');
      return undefined;
    });
  }

  private worker() {
    return this.check('worker', async () => {
      const [row] = await this.dataSource.query('SELECT max(seen_at) AS seen_at FROM worker_heartbeats');
      if (!row?.seen_at) throw new Error('no worker heartbeat yet: is the worker running?');
      const ageSeconds = Math.round((this.clock.now().getTime() - new Date(row.seen_at).getTime()) / 1000);
      if (ageSeconds > this.config.READY_HEARTBEAT_MAX_AGE_SECONDS) {
        throw new Error(`last worker heartbeat ${ageSeconds} s ago`);
      }
      return `last heartbeat ${ageSeconds} s ago`;
    });
  }
}
