import type { DigestFrequency } from '@chorus/shared/contracts';
import { User } from '@chorus/server/identity';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** When digests go out and when quiet advocates are nudged (one row). */
@Entity({ name: 'outreach_settings' })
@Check('ck_outreach_settings_singleton', `"id" = 1`)
@Check('ck_outreach_settings_hour', `"digest_hour_utc" BETWEEN 0 AND 23`)
@Check('ck_outreach_settings_weekday', `"weekly_digest_day" BETWEEN 1 AND 7`)
export class OutreachSettingsEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_outreach_settings' })
  id!: number;

  @Column({ name: 'digest_hour_utc', type: 'smallint', default: 7 })
  digestHourUtc!: number;

  @Column({ name: 'weekly_digest_day', type: 'smallint', default: 1 })
  weeklyDigestDay!: number;

  @Column({ name: 'digest_max_items', type: 'smallint', default: 8 })
  digestMaxItems!: number;

  @Column({ name: 'nudge_after_days', type: 'int', default: 14 })
  nudgeAfterDays!: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedById!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** What an advocate wants mailed. A user without a row has the defaults. */
@Entity({ name: 'outreach_preferences' })
@Check('ck_outreach_preferences_digest', `"digest" IN ('off', 'daily', 'weekly')`)
export class OutreachPreferencesEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_outreach_preferences' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_outreach_preferences_user' })
  user?: User;

  @Column({ type: 'varchar', length: 8, default: 'weekly' })
  digest!: DigestFrequency;

  @Column({ type: 'boolean', default: true })
  nudges!: boolean;

  @Column({ name: 'pulse_mail', type: 'boolean', default: true })
  pulseMail!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
