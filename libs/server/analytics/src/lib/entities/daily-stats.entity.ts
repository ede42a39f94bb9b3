import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The figures both rollups carry. Clicks are human clicks; bots are counted apart. */
abstract class ReachColumns {
  @Column({ type: 'date' })
  day!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  network!: string;

  /** The advocate's groups when the day was rolled up: reports by group follow membership at the time. */
  @Column({ name: 'group_ids', type: 'uuid', array: true, default: () => "'{}'" })
  groupIds!: string[];

  @Column({ type: 'integer', default: 0 })
  shares!: number;

  @Column({ type: 'integer', default: 0 })
  clicks!: number;

  @Column({ name: 'unique_clicks', type: 'integer', default: 0 })
  uniqueClicks!: number;

  @Column({ name: 'bot_clicks', type: 'integer', default: 0 })
  botClicks!: number;

  @Column({ type: 'integer', default: 0 })
  impressions!: number;

  @Column({ type: 'integer', default: 0 })
  engagements!: number;
}

/**
 * One share's day (clicks whose link had no published share yet have `share_id` null). Rebuilt per day from
 * the raw events by the rollup job; content reports and the advocate's own page read it.
 */
@Entity({ name: 'analytics_share_daily' })
@Index('ix_analytics_share_daily_day', ['day'])
@Index('ix_analytics_share_daily_user_day', ['userId', 'day'])
@Index('ix_analytics_share_daily_item_day', ['contentItemId', 'day'])
@Index('ix_analytics_share_daily_share', ['shareId'])
export class ShareDailyStats extends ReachColumns {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_analytics_share_daily' })
  id!: string;

  @Column({ name: 'share_id', type: 'uuid', nullable: true })
  shareId!: string | null;

  @Column({ name: 'content_item_id', type: 'uuid', nullable: true })
  contentItemId!: string | null;
}

/** One advocate's day on one network: totals, series, participation, groups and leaderboards read it. */
@Entity({ name: 'analytics_advocate_daily' })
@Index('uq_analytics_advocate_daily', ['day', 'userId', 'network'], { unique: true })
@Index('ix_analytics_advocate_daily_user_day', ['userId', 'day'])
export class AdvocateDailyStats extends ReachColumns {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_analytics_advocate_daily' })
  id!: string;
}
