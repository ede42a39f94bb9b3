import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The organisation's rule set: one row (id 1), created by the migration. Saves lock it to number versions. */
@Entity({ name: 'guideline_rule_sets' })
export class GuidelineRuleSetRecord {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_guideline_rule_sets' })
  id!: number;

  /** The latest (active) version; 0 before the first save. */
  @Column({ name: 'current_version', type: 'integer', default: 0 })
  currentVersion!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
