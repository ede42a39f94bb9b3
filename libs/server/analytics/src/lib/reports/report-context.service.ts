import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EmvSettings, MetricsAvailability, NetworkName } from '@chorus/shared/contracts';
import { Clock } from '@chorus/server/core';
import { DataSource } from 'typeorm';
import { MetricsAvailabilityService } from '../metrics/metrics-availability.service';
import { utcDay } from '../rollups/utc-days';
import { AnalyticsSettingsService } from '../settings/analytics-settings.service';
import { reportingNetworks } from './emv';

/** What every report shows beside its figures: availability, EMV rates, freshness. */
export interface ReportContext {
  today: string;
  availability: MetricsAvailability[];
  emv: EmvSettings;
  reporting: ReadonlySet<NetworkName>;
  updatedAt: string | null;
}

@Injectable()
export class ReportContextService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: AnalyticsSettingsService,
    private readonly metrics: MetricsAvailabilityService,
  ) {}

  today(): string {
    return utcDay(this.clock.now());
  }

  async load(): Promise<ReportContext> {
    const [availability, emv, state] = await Promise.all([
      this.metrics.all(),
      this.settings.emv(),
      this.dataSource.query(`SELECT rolled_up_at FROM analytics_rollup_state WHERE id = 1`),
    ]);
    const rolledUpAt = (state as Array<{ rolled_up_at: Date | null }>)[0]?.rolled_up_at ?? null;
    return {
      today: this.today(),
      availability,
      emv,
      reporting: reportingNetworks(availability),
      updatedAt: rolledUpAt ? new Date(rolledUpAt).toISOString() : null,
    };
  }
}
