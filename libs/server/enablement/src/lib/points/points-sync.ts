import { Injectable } from '@nestjs/common';
import { ProgressService } from '../paths/progress.service';
import { PointsLedger } from './points-ledger';

/** The periodic job: steps that became complete are recorded first, so this run already pays for them. */
@Injectable()
export class PointsSync {
  constructor(
    private readonly progress: ProgressService,
    private readonly ledger: PointsLedger,
  ) {}

  async run(): Promise<number> {
    await this.progress.evaluateAll();
    return (await this.ledger.sync({ wait: true })) ?? 0;
  }
}
