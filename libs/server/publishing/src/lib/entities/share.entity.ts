import type { GuidelineFinding, NetworkName, ShareState, ShareTiming } from '@chorus/shared/contracts';
import { ConnectedAccount } from '@chorus/server/connections';
import { ContentItem } from '@chorus/server/content';
import { User } from '@chorus/server/identity';
import { TrackedLink } from '@chorus/server/links';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/**
 * One post of one advocate on one network — the source of truth for its state. Bull only triggers it:
 * the job id is `<share id>-<dispatch>`, so enqueueing the same dispatch twice is a no-op, and a share
 * whose job vanished (Redis lost its data) is found again by the reconciler through `state` and `due_at`.
 */
@Entity({ name: 'shares' })
@Index('ix_shares_state_due', ['state', 'dueAt'])
@Index('ix_shares_user_network_scheduled', ['userId', 'network', 'scheduledAt'])
@Index('ix_shares_user_created', ['userId', 'createdAt'])
@Index('ix_shares_item_network', ['contentItemId', 'network'])
// One remote post is recorded on one share at most: the resolver can never attribute a post twice.
@Index('uq_shares_network_remote', { synchronize: false })
// Partial (published only), created by the analytics migration: rollups and metric polling scan by day.
@Index('ix_shares_published_at', { synchronize: false })
@Check(
  'ck_shares_state',
  `"state" IN ('scheduled', 'publishing', 'published', 'failed', 'cancelled', 'needs_reconnect', 'outcome_unknown')`,
)
@Check('ck_shares_timing', `"timing" IN ('now', 'scheduled', 'queue')`)
export class Share {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_shares' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_shares_user' })
  user?: User;

  @Column({ name: 'account_id', type: 'uuid', nullable: true })
  accountId!: string | null;

  @ManyToOne(() => ConnectedAccount, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'fk_shares_account' })
  account?: ConnectedAccount;

  @Column({ type: 'varchar', length: 16 })
  network!: NetworkName;

  @Column({ name: 'content_item_id', type: 'uuid', nullable: true })
  contentItemId!: string | null;

  @ManyToOne(() => ContentItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'content_item_id', foreignKeyConstraintName: 'fk_shares_content_item' })
  contentItem?: ContentItem;

  @Column({ name: 'link_id', type: 'uuid', nullable: true })
  linkId!: string | null;

  @ManyToOne(() => TrackedLink, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'link_id', foreignKeyConstraintName: 'fk_shares_link' })
  link?: TrackedLink;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 16 })
  timing!: ShareTiming;

  @Column({ type: 'varchar', length: 20, default: 'scheduled' })
  state!: ShareState;

  /** The time the advocate chose. */
  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt!: Date;

  /** When the next attempt runs: `scheduled_at`, or later after a rate limit or a transient error. */
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  /** Bumped each time the share is (re)queued, so each dispatch has its own job id. */
  @Column({ type: 'integer', default: 0 })
  dispatch!: number;

  /** Calls to the network that were made for this share. */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'transient_failures', type: 'integer', default: 0 })
  transientFailures!: number;

  @Column({ name: 'guidelines_version', type: 'integer', nullable: true })
  guidelinesVersion!: number | null;

  @Column({ name: 'acknowledged_rule_ids', type: 'text', array: true, default: () => "'{}'" })
  acknowledgedRuleIds!: string[];

  /** Set when a worker wins the share; a `publishing` row older than the lease lost its worker. */
  @Column({ name: 'publishing_started_at', type: 'timestamptz', nullable: true })
  publishingStartedAt!: Date | null;

  @Column({ name: 'unknown_since', type: 'timestamptz', nullable: true })
  unknownSince!: Date | null;

  /** Chorus cannot look the post up (LinkedIn): the advocate is asked whether it appeared. */
  @Column({ name: 'needs_confirmation', type: 'boolean', default: false })
  needsConfirmation!: boolean;

  @Column({ name: 'remote_id', type: 'varchar', length: 200, nullable: true })
  remoteId!: string | null;

  @Column({ name: 'post_url', type: 'varchar', length: 500, nullable: true })
  postUrl!: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'failure_code', type: 'varchar', length: 60, nullable: true })
  failureCode!: string | null;

  @Column({ name: 'failure_message', type: 'varchar', length: 1000, nullable: true })
  failureMessage!: string | null;

  @Column({ name: 'failure_findings', type: 'jsonb', nullable: true })
  failureFindings!: GuidelineFinding[] | null;

  /** Originality on X, as measured when the share was created (0..1). */
  @Column({ name: 'similarity', type: 'real', nullable: true })
  similarity!: number | null;

  /** Reach figures; the analytics poller fills them, the best-time suggestion reads them. */
  @Column({ type: 'integer', nullable: true })
  impressions!: number | null;

  @Column({ type: 'integer', nullable: true })
  engagements!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
