import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ClickWriter } from '@chorus/server/links';
import { RollupTrigger } from './rollup-trigger';

/**
 * Written clicks ask for a rollup, so dashboards follow within ROLLUP_DEBOUNCE_MS plus the job's run rather
 * than waiting for the periodic one. Only processes that redirect write clicks (the API); elsewhere this
 * listener simply never fires.
 */
@Injectable()
export class RollupOnClicks implements OnModuleInit {
  private readonly logger = new Logger('RollupOnClicks');

  constructor(
    private readonly clicks: ClickWriter,
    private readonly trigger: RollupTrigger,
  ) {}

  onModuleInit(): void {
    this.clicks.onWritten(() => {
      this.trigger.soon().catch((error: Error) => this.logger.warn(`Could not ask for a rollup: ${error.message}`));
    });
  }
}
