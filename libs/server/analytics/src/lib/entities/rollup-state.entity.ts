import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** When the rollups last ran: one row, id 1, created by the migration. Dashboards show it. */
@Entity({ name: 'analytics_rollup_state' })
@Check('ck_analytics_rollup_state_singleton', `"id" = 1`)
export class AnalyticsRollupState {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_analytics_rollup_state' })
  id!: number;

  @Column({ name: 'rolled_up_at', type: 'timestamptz', nullable: true })
  rolledUpAt!: Date | null;
}
