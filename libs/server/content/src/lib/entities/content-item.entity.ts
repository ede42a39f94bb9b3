import type { ContentLanguage, ContentOrigin, ContentState, NetworkName } from '@chorus/shared/contracts';
import { User } from '@chorus/server/identity';
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
import { ContentImage } from './content-image.entity';
import { Source } from './source.entity';

export interface StoredSuggestedText {
  id: string;
  network: NetworkName;
  text: string;
}

/**
 * One piece of curated content. Topics and audiences are uuid arrays so the feed query needs no joins.
 * Indexes the schema builder cannot express (partial, DESC, GIN, expression) are declared unsynchronised;
 * the migration creates them.
 */
@Entity({ name: 'content_items' })
@Check(
  'ck_content_items_state',
  `"state" IN ('new', 'dismissed', 'draft', 'in_review', 'approved', 'expired', 'archived')`,
)
@Check('ck_content_items_origin', `"origin" IN ('feed', 'import', 'curator', 'advocate')`)
@Index('ix_content_items_state_created', { synchronize: false })
@Index('ix_content_items_feed', { synchronize: false })
@Index('ix_content_items_topics', { synchronize: false })
@Index('ix_content_items_expiry', { synchronize: false })
@Index('ix_content_items_search', { synchronize: false })
export class ContentItem {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_content_items' })
  id!: string;

  @Index('ix_content_items_source')
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId!: string | null;

  @ManyToOne(() => Source, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'fk_content_items_source' })
  source?: Source | null;

  @Column({ type: 'varchar', length: 16 })
  origin!: ContentOrigin;

  @Column({ type: 'varchar', length: 16, default: 'new' })
  state!: ContentState;

  @Column({ type: 'varchar', length: 500 })
  title!: string;

  @Column({ type: 'text', default: '' })
  summary!: string;

  @Column({ name: 'body_html', type: 'text', default: '' })
  bodyHtml!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  @Index('uq_content_items_canonical_url', { unique: true })
  @Column({ name: 'canonical_url', type: 'varchar', length: 2000, nullable: true })
  canonicalUrl!: string | null;

  @Column({ name: 'image_url', type: 'varchar', length: 2000, nullable: true })
  imageUrl!: string | null;

  @Column({ name: 'image_id', type: 'uuid', nullable: true })
  imageId!: string | null;

  @ManyToOne(() => ContentImage, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'image_id', foreignKeyConstraintName: 'fk_content_items_image' })
  image?: ContentImage | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  language!: ContentLanguage | null;

  @Column({ name: 'topic_ids', type: 'uuid', array: true, default: () => "'{}'" })
  topicIds!: string[];

  /** Group ids; empty = everyone. */
  @Column({ name: 'audience_ids', type: 'uuid', array: true, default: () => "'{}'" })
  audienceIds!: string[];

  @Column({ name: 'suggested_texts', type: 'jsonb', default: () => "'[]'" })
  suggestedTexts!: StoredSuggestedText[];

  @Column({ type: 'boolean', default: false })
  featured!: boolean;

  @Column({ name: 'publish_at', type: 'timestamptz', nullable: true })
  publishAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** coalesce(publish_at, approved_at): the feed's sort key, kept by the service on every write. */
  @Column({ name: 'feed_at', type: 'timestamptz', nullable: true })
  feedAt!: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_content_items_created_by' })
  createdBy?: User | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by', foreignKeyConstraintName: 'fk_content_items_submitted_by' })
  submittedBy?: User | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'approved_by', foreignKeyConstraintName: 'fk_content_items_approved_by' })
  approvedBy?: User | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
