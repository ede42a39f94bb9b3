import { InjectQueue } from '@nestjs/bull';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bull';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { QUEUES } from '../queue/queues';
import { Clock } from './clock';

/** The Redis key holding the offset (ms) every process adds to its clock when CLOCK_CONTROL is on. */
export function clockOffsetKey(queuePrefix: string): string {
  return `${queuePrefix}:clock-offset-ms`;
}

const SYNC_INTERVAL_MS = 250;

/**
 * Tests of the whole stack (e2e, benchmarks) move time forward by writing one Redis key; the API and
 * every worker pick it up within a quarter second. Off unless CLOCK_CONTROL=true: production clocks are
 * never read from anywhere but the system.
 */
@Injectable()
export class ClockControl implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.system) private readonly queue: Queue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.CLOCK_CONTROL) return;
    await this.sync();
    this.timer = setInterval(() => void this.sync().catch(() => undefined), SYNC_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async sync(): Promise<void> {
    const value = await this.queue.client.get(clockOffsetKey(this.config.QUEUE_PREFIX));
    const offset = Number(value ?? 0);
    this.clock.setOffset(Number.isFinite(offset) ? offset : 0);
  }
}
