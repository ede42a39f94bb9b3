import type { BlackoutWindow, QueueSlot } from '@chorus/shared/contracts';
import { User } from '@chorus/server/identity';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An advocate's weekly queue slots and personal blackout windows, in their time zone. */
@Entity({ name: 'posting_schedules' })
export class PostingScheduleRecord {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_posting_schedules' })
  userId!: string;

  @OneToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_posting_schedules_user' })
  user?: User;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  slots!: QueueSlot[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  blackouts!: BlackoutWindow[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
