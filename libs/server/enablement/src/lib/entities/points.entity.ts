import type { ChallengeMetric, PointReason } from '@chorus/shared/contracts';
import { ContentItem } from '@chorus/server/content';
import { Group, User } from '@chorus/server/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** The admin's point values (one row). */
@Entity({ name: 'points_settings' })
@Check('ck_points_settings_singleton', `"id" = 1`)
export class PointsSettingsEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_points_settings' })
  id!: number;

  @Column({ type: 'int', default: 10 })
  share!: number;

  @Column({ type: 'int', default: 1 })
  click!: number;

  @Column({ name: 'original_text', type: 'int', default: 5 })
  originalText!: number;

  @Column({ name: 'step_completed', type: 'int', default: 25 })
  stepCompleted!: number;

  @Column({ name: 'challenge_won', type: 'int', default: 50 })
  challengeWon!: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/**
 * The points ledger. One row per (user, reason, event): the unique key makes awarding idempotent, so the
 * sync can re-read an overlapping window of events without paying twice. `points` keeps the value that
 * applied when the event happened.
 */
@Entity({ name: 'point_awards' })
@Index('uq_point_awards_event', ['userId', 'reason', 'ref'], { unique: true })
@Index('ix_point_awards_awarded', ['awardedAt'])
@Index('ix_point_awards_user_awarded', ['userId', 'awardedAt'])
@Check('ck_point_awards_reason', `"reason" IN ('share', 'click', 'original_text', 'step_completed', 'challenge_won')`)
export class PointAwardEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_point_awards' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_point_awards_user' })
  user?: User;

  @Column({ type: 'varchar', length: 32 })
  reason!: PointReason;

  /** The event's id: share, click, step or challenge. */
  @Column({ type: 'varchar', length: 64 })
  ref!: string;

  @Column({ type: 'int' })
  points!: number;

  @Column({ type: 'varchar', length: 300, default: '' })
  label!: string;

  /** When the event happened (periods and leaderboards use it). */
  @Column({ name: 'awarded_at', type: 'timestamptz' })
  awardedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** How far the ledger has read each event stream (one row). */
@Entity({ name: 'points_sync_state' })
@Check('ck_points_sync_state_singleton', `"id" = 1`)
export class PointsSyncState {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_points_sync_state' })
  id!: number;

  @Column({ name: 'shares_until', type: 'timestamptz', nullable: true })
  sharesUntil!: Date | null;

  @Column({ name: 'clicks_until', type: 'timestamptz', nullable: true })
  clicksUntil!: Date | null;

  @Column({ name: 'steps_until', type: 'timestamptz', nullable: true })
  stepsUntil!: Date | null;
}

@Entity({ name: 'challenges' })
@Check('ck_challenges_metric', `"metric" IN ('clicks', 'shares', 'points')`)
@Check('ck_challenges_period', `"ends_at" > "starts_at"`)
@Index('ix_challenges_ends', ['endsAt'])
export class ChallengeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_challenges' })
  id!: string;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 300 })
  prize!: string;

  @Column({ type: 'varchar', length: 16 })
  metric!: ChallengeMetric;

  @Column({ name: 'content_item_id', type: 'uuid', nullable: true })
  contentItemId!: string | null;

  @ManyToOne(() => ContentItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'content_item_id', foreignKeyConstraintName: 'fk_challenges_content_item' })
  contentItem?: ContentItem | null;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId!: string | null;

  @ManyToOne(() => Group, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_challenges_group' })
  group?: Group | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'winner_count', type: 'int', default: 1 })
  winnerCount!: number;

  /** Set by the worker once winners are computed and announced. */
  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true })
  finalizedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'challenge_winners' })
export class ChallengeWinner {
  @PrimaryColumn({ name: 'challenge_id', type: 'uuid', primaryKeyConstraintName: 'pk_challenge_winners' })
  challengeId!: string;

  @ManyToOne(() => ChallengeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'challenge_id', foreignKeyConstraintName: 'fk_challenge_winners_challenge' })
  challenge?: ChallengeEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_challenge_winners' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_challenge_winners_user' })
  user?: User;

  @Column({ type: 'int' })
  rank!: number;

  @Column({ type: 'float8' })
  score!: number;
}

/** An advocate a lead marked as the contact for a group. */
@Entity({ name: 'ambassadors' })
@Index('ix_ambassadors_group', ['groupId'])
export class AmbassadorEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_ambassadors' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_ambassadors_user' })
  user?: User;

  @PrimaryColumn({ name: 'group_id', type: 'uuid', primaryKeyConstraintName: 'pk_ambassadors' })
  groupId!: string;

  @ManyToOne(() => Group, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_ambassadors_group' })
  group?: Group;

  @Column({ name: 'marked_by', type: 'uuid', nullable: true })
  markedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
