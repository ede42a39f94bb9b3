import type { WebhookKind } from '@chorus/shared/contracts';
import { ContentItem } from '@chorus/server/content';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A Slack or Teams incoming webhook. The URL is a credential, so it is sealed like OAuth tokens. */
@Entity({ name: 'chat_webhooks' })
@Check('ck_chat_webhooks_kind', `"kind" IN ('slack', 'teams')`)
export class ChatWebhookEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_chat_webhooks' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 8 })
  kind!: WebhookKind;

  /** SecretBox-sealed URL. */
  @Column({ name: 'url_sealed', type: 'text' })
  urlSealed!: string;

  @Column({ name: 'url_host', type: 'varchar', length: 255 })
  urlHost!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'last_sent_at', type: 'timestamptz', nullable: true })
  lastSentAt!: Date | null;

  @Column({ name: 'last_status', type: 'varchar', length: 8, nullable: true })
  lastStatus!: 'ok' | 'failed' | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A featured item announced (or being announced) on one webhook: the key makes each announcement once. */
@Entity({ name: 'chat_announcements' })
export class ChatAnnouncement {
  @PrimaryColumn({ name: 'webhook_id', type: 'uuid', primaryKeyConstraintName: 'pk_chat_announcements' })
  webhookId!: string;

  @ManyToOne(() => ChatWebhookEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id', foreignKeyConstraintName: 'fk_chat_announcements_webhook' })
  webhook?: ChatWebhookEntity;

  @PrimaryColumn({ name: 'content_item_id', type: 'uuid', primaryKeyConstraintName: 'pk_chat_announcements' })
  contentItemId!: string;

  @ManyToOne(() => ContentItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_item_id', foreignKeyConstraintName: 'fk_chat_announcements_content_item' })
  contentItem?: ContentItem;

  @Column({ type: 'varchar', length: 8, default: 'pending' })
  state!: 'pending' | 'sent' | 'failed';

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
