import { Injectable } from '@nestjs/common';

/** Rebuilds the daily rollups of whole UTC days from the raw events (shares, clicks, metrics snapshots). */
@Injectable()
export class AnalyticsRollups {
  /** Rebuilds the given days (`YYYY-MM-DD`); default yesterday and today. */
  async rollUp(days?: string[]): Promise<void> {
    void days;
    throw new Error('not implemented');
  }

  /** Rebuilds every day from `from` to `to` inclusive (seeding, benchmarks, repair). */
  async rebuild(from: string, to: string): Promise<void> {
    void from;
    void to;
    throw new Error('not implemented');
  }
}
