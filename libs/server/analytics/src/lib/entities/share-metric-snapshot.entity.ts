import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What the network reported for one published share at one time (cumulative totals). The deltas against the
 * share's previous snapshot are stored with it, so a day's rollup is a plain sum and the sum over all days
 * equals the latest totals. No foreign key: figures outlive a deleted share, like clicks do.
 */
@Entity({ name: 'share_metric_snapshots' })
@Index('ix_share_metric_snapshots_share_observed', ['shareId', 'observedAt'])
@Index('ix_share_metric_snapshots_observed', ['observedAt'])
export class ShareMetricSnapshot {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_share_metric_snapshots' })
  id!: string;

  @Column({ name: 'share_id', type: 'uuid' })
  shareId!: string;

  @Column({ type: 'varchar', length: 16 })
  network!: string;

  @Column({ name: 'observed_at', type: 'timestamptz' })
  observedAt!: Date;

  @Column({ type: 'integer', nullable: true })
  impressions!: number | null;

  @Column({ type: 'integer', nullable: true })
  reactions!: number | null;

  @Column({ type: 'integer', nullable: true })
  comments!: number | null;

  @Column({ type: 'integer', nullable: true })
  reposts!: number | null;

  /** Link clicks as the network counts them (X private metrics); ours come from the tracked link. */
  @Column({ name: 'link_clicks', type: 'integer', nullable: true })
  linkClicks!: number | null;

  @Column({ name: 'impressions_delta', type: 'integer', default: 0 })
  impressionsDelta!: number;

  /** Reactions + comments + reposts gained since the previous snapshot. */
  @Column({ name: 'engagements_delta', type: 'integer', default: 0 })
  engagementsDelta!: number;
}
