import type { RuleSet } from '@chorus/shared/guidelines';
import { User } from '@chorus/server/identity';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { GuidelineRuleSetRecord } from './guideline-rule-set.entity';

/** One immutable version of the rule set, validated by compileRuleSet before it was written. */
@Entity({ name: 'guideline_rule_set_versions' })
@Check('ck_guideline_rule_set_versions_version', `"version" >= 1`)
@Index('uq_guideline_rule_set_versions_version', ['ruleSetId', 'version'], { unique: true })
export class GuidelineRuleSetVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_guideline_rule_set_versions' })
  id!: string;

  @Column({ name: 'rule_set_id', type: 'smallint', default: 1 })
  ruleSetId!: number;

  @ManyToOne(() => GuidelineRuleSetRecord, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_set_id', foreignKeyConstraintName: 'fk_guideline_rule_set_versions_rule_set' })
  ruleSet?: GuidelineRuleSetRecord;

  @Column({ type: 'integer' })
  version!: number;

  /** The rule set as stored; its `version` field equals the column. */
  @Column({ name: 'rule_set', type: 'jsonb' })
  ruleSetJson!: RuleSet;

  @Column({ name: 'rule_count', type: 'integer' })
  ruleCount!: number;

  @Column({ type: 'varchar', length: 500, default: '' })
  note!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'fk_guideline_rule_set_versions_created_by' })
  createdBy?: User | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
