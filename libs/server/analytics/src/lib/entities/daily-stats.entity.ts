import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The figures every rollup carries. Clicks are human clicks; bots are counted apart. */
abstract class ReachSums {
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

/** A rollup row of one advocate's activity on one day and network. */
abstract class ReachColumns extends ReachSums {
  @Column({ type: 'date' })
  day!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 16 })
  network!: string;

  /** The advocate's groups when the day was rolled up: reports by group follow membership at the time. */
  @Column({ name: 'group_ids', type: 'uuid', array: true, default: () => "'{}'" })
  groupIds!: string[];
}

/**
 * One share's day (clicks whose link had no published share yet have `share_id` null). Rebuilt per day from
 * the raw events by the rollup job; the other rollups are summed from it and the advocate's own page reads it.
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
// Partial covering index (days with a share), created by the migration: participation counts read only it.
@Index('ix_analytics_advocate_daily_active', { synchronize: false })
export class AdvocateDailyStats extends ReachColumns {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_analytics_advocate_daily' })
  id!: string;
}

/**
 * One content item's day on one network for one group (`group_id` null: everyone), summed from the share rows
 * — an advocate in two groups counts for both groups once, and once for everyone. Top content reads it.
 */
@Entity({ name: 'analytics_item_daily' })
@Index('ix_analytics_item_daily_group_day', ['groupId', 'day'])
export class ItemDailyStats extends ReachSums {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_analytics_item_daily' })
  id!: string;

  @Column({ type: 'date' })
  day!: string;

  @Column({ name: 'content_item_id', type: 'uuid' })
  contentItemId!: string;

  @Column({ type: 'varchar', length: 16 })
  network!: string;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;
}

/**
 * One group's day (`group_id` null: everyone) on one network (`network` null: both, for the advocate count
 * only), summed from the advocate rows. Dashboard series, totals and group comparisons read it.
 */
@Entity({ name: 'analytics_group_daily' })
@Index('ix_analytics_group_daily_group_day', ['groupId', 'day'])
export class GroupDailyStats extends ReachSums {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_analytics_group_daily' })
  id!: string;

  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  network!: string | null;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  /** Advocates with a published share that day (distinct across networks in the `network` null row). */
  @Column({ name: 'active_advocates', type: 'integer', default: 0 })
  activeAdvocates!: number;
}
