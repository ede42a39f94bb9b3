import type { BlackoutWindow } from '@chorus/shared/contracts';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The organisation's publishing rules: one row, id 1, created by the migration. */
@Entity({ name: 'publishing_settings' })
@Check('ck_publishing_settings_singleton', `"id" = 1`)
export class PublishingSettingsRecord {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_publishing_settings' })
  id!: number;

  @Column({ name: 'max_per_day_linkedin', type: 'integer', default: 3 })
  maxPerDayLinkedin!: number;

  @Column({ name: 'max_per_day_x', type: 'integer', default: 5 })
  maxPerDayX!: number;

  @Column({ name: 'min_spacing_minutes', type: 'integer', default: 30 })
  minSpacingMinutes!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  blackouts!: BlackoutWindow[];

  @Column({ name: 'x_similarity_threshold', type: 'real', default: 0.6 })
  xSimilarityThreshold!: number;

  @Column({ name: 'show_x_cost', type: 'boolean', default: false })
  showXCost!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
