import type { EmvRates, NetworkName } from '@chorus/shared/contracts';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Rough public ad benchmarks (USD) so that EMV means something before the admin sets the company's own. */
export const DEFAULT_EMV_RATES: Record<NetworkName, EmvRates> = {
  linkedin: { cpm: 33, cpc: 5.5, cpe: 1.5 },
  x: { cpm: 6.5, cpc: 0.8, cpe: 0.3 },
};

/** The organisation's analytics settings: one row, id 1, created by the migration. */
@Entity({ name: 'analytics_settings' })
@Check('ck_analytics_settings_singleton', `"id" = 1`)
@Check('ck_analytics_settings_budget', `"x_read_budget_per_day" >= 0`)
export class AnalyticsSettingsRecord {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_analytics_settings' })
  id!: number;

  @Column({ type: 'varchar', length: 3, default: 'USD' })
  currency!: string;

  @Column({ name: 'emv_rates', type: 'jsonb' })
  emvRates!: Record<NetworkName, EmvRates>;

  /** Billable X post reads per UTC day (X bills each post read once per day). */
  @Column({ name: 'x_read_budget_per_day', type: 'integer', default: 500 })
  xReadBudgetPerDay!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
