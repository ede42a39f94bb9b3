import { User } from '@chorus/server/identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One digest, nudge or pulse mail queued for one advocate and one period. The unique key is what makes a
 * re-run of the hourly job (or two workers) send each period's mail once.
 */
@Entity({ name: 'outreach_deliveries' })
@Index('uq_outreach_deliveries_period', ['userId', 'kind', 'periodKey'], { unique: true })
@Index('ix_outreach_deliveries_user_sent', ['userId', 'kind', 'sentAt'])
@Check('ck_outreach_deliveries_kind', `"kind" IN ('digest', 'nudge', 'pulse')`)
export class OutreachDelivery {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_outreach_deliveries' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_outreach_deliveries_user' })
  user?: User;

  @Column({ type: 'varchar', length: 8 })
  kind!: 'digest' | 'nudge' | 'pulse';

  /** `2026-11-26` (daily), `2026-W48` (weekly), a survey id (pulse). */
  @Column({ name: 'period_key', type: 'varchar', length: 64 })
  periodKey!: string;

  @Column({ name: 'item_ids', type: 'uuid', array: true, default: () => "'{}'" })
  itemIds!: string[];

  @CreateDateColumn({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;
}
