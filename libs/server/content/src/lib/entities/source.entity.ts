import type { ContentLanguage } from '@chorus/shared/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type FeedFormat = 'rss' | 'atom' | 'json';

/** A feed URL polled by the worker. Polling state (validators, backoff, last error) lives on the row. */
@Entity({ name: 'sources' })
export class Source {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_sources' })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** True until a curator names the source: the poll then keeps the name in step with the feed's title. */
  @Column({ name: 'name_from_feed', type: 'boolean', default: true })
  nameFromFeed!: boolean;

  @Index('uq_sources_url', { unique: true })
  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  @Column({ type: 'varchar', length: 8, nullable: true })
  format!: FeedFormat | null;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'poll_interval_minutes', type: 'integer', default: 60 })
  pollIntervalMinutes!: number;

  @Column({ type: 'varchar', length: 2, nullable: true })
  language!: ContentLanguage | null;

  @Column({ name: 'topic_ids', type: 'uuid', array: true, default: () => "'{}'" })
  topicIds!: string[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  etag!: string | null;

  @Column({ name: 'last_modified', type: 'varchar', length: 100, nullable: true })
  lastModified!: string | null;

  @Column({ name: 'last_polled_at', type: 'timestamptz', nullable: true })
  lastPolledAt!: Date | null;

  @Column({ name: 'last_success_at', type: 'timestamptz', nullable: true })
  lastSuccessAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError!: string | null;

  @Column({ name: 'failure_count', type: 'integer', default: 0 })
  failureCount!: number;

  /** Earliest time the repeatable job may poll again (backoff after failures). */
  @Column({ name: 'next_poll_at', type: 'timestamptz', nullable: true })
  nextPollAt!: Date | null;

  @Column({ name: 'item_count', type: 'integer', default: 0 })
  itemCount!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
