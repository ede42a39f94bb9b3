import { Injectable } from '@nestjs/common';

/** Asks the worker to rebuild today's (and yesterday's) rollups soon, coalescing many asks into one job. */
@Injectable()
export class RollupTrigger {
  async soon(): Promise<void> {
    throw new Error('not implemented');
  }
}
