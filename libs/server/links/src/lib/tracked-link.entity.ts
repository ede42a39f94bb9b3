import type { NetworkName } from '@chorus/shared/contracts';
import { ContentItem } from '@chorus/server/content';
import { User } from '@chorus/server/identity';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One short link per advocate × content item × network: `/l/<code>` redirects to the item's URL, and the
 * clicks it counts are the advocate's earned clicks. The code is also how a post is recognised on the
 * network when Chorus cannot tell whether publishing succeeded.
 */
@Entity({ name: 'tracked_links' })
@Index('uq_tracked_links_code', ['code'], { unique: true })
@Index('uq_tracked_links_owner_item_network', ['userId', 'contentItemId', 'network'], { unique: true })
export class TrackedLink {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_tracked_links' })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_tracked_links_user' })
  user?: User;

  @Column({ name: 'content_item_id', type: 'uuid' })
  contentItemId!: string;

  @ManyToOne(() => ContentItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_item_id', foreignKeyConstraintName: 'fk_tracked_links_content_item' })
  contentItem?: ContentItem;

  @Column({ type: 'varchar', length: 16 })
  network!: NetworkName;

  @Column({ name: 'target_url', type: 'varchar', length: 2000 })
  targetUrl!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
