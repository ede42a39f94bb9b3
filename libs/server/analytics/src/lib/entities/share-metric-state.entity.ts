import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const METRIC_POLL_STATUSES = ['active', 'finished', 'unavailable'] as const;
export type MetricPollStatus = (typeof METRIC_POLL_STATUSES)[number];

/**
 * Where a published share stands in metric polling: when it is read next (often while it is fresh, then
 * rarely, then never), and how the last read went.
 */
@Entity({ name: 'share_metric_states' })
@Index('ix_share_metric_states_status_next', ['status', 'nextPollAt'])
@Check('ck_share_metric_states_status', `"status" IN ('active', 'finished', 'unavailable')`)
export class ShareMetricState {
  @PrimaryColumn({ name: 'share_id', type: 'uuid', primaryKeyConstraintName: 'pk_share_metric_states' })
  shareId!: string;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: MetricPollStatus;

  @Column({ name: 'next_poll_at', type: 'timestamptz', nullable: true })
  nextPollAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  polls!: number;

  @Column({ name: 'last_polled_at', type: 'timestamptz', nullable: true })
  lastPolledAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 300, nullable: true })
  lastError!: string | null;
}
