import type { NetworkName } from '@chorus/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrackedLink } from './tracked-link.entity';

/**
 * One request to `/l/<code>`. No raw IP address and no user agent are stored: `visitor_key` is the SHA-256
 * of that day's random salt, the IP and the user agent, and the salt is deleted two days later — so the
 * same visitor is recognisable within a day and nobody (us included) can link keys across days or recover
 * the address. `share_id` is the link's latest published share when the click was written, if any.
 */
@Entity({ name: 'link_clicks' })
@Index('ix_link_clicks_link_clicked', ['linkId', 'clickedAt'])
@Index('ix_link_clicks_clicked', ['clickedAt'])
export class LinkClick {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'pk_link_clicks' })
  id!: string;

  @Column({ name: 'link_id', type: 'uuid' })
  linkId!: string;

  @ManyToOne(() => TrackedLink, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'link_id', foreignKeyConstraintName: 'fk_link_clicks_link' })
  link?: TrackedLink;

  /** No foreign key: a share may be deleted while its clicks still count for the link. */
  @Column({ name: 'share_id', type: 'uuid', nullable: true })
  shareId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  network!: NetworkName;

  @Column({ name: 'clicked_at', type: 'timestamptz' })
  clickedAt!: Date;

  @Column({ name: 'referrer_host', type: 'varchar', length: 255, nullable: true })
  referrerHost!: string | null;

  @Column({ name: 'is_bot', type: 'boolean' })
  isBot!: boolean;

  @Column({ name: 'visitor_key', type: 'char', length: 64 })
  visitorKey!: string;
}
