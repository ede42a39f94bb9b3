import type { AssignmentKind, Capability, LearningType, PracticeGoal } from '@chorus/shared/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A skill path a lead rolls out to groups (empty `group_ids` = everyone). */
@Entity({ name: 'skill_paths' })
export class SkillPathEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_skill_paths' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'group_ids', type: 'uuid', array: true, default: () => "'{}'" })
  groupIds!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'skill_levels' })
@Index('ix_skill_levels_path', ['pathId', 'position'])
export class SkillLevelEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_skill_levels' })
  id!: string;

  @Column({ name: 'path_id', type: 'uuid' })
  pathId!: string;

  @ManyToOne(() => SkillPathEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'path_id', foreignKeyConstraintName: 'fk_skill_levels_path' })
  path?: SkillPathEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'int', default: 0 })
  hours!: number;
}

@Entity({ name: 'skill_steps' })
@Index('ix_skill_steps_level', ['levelId', 'position'])
export class SkillStepEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_skill_steps' })
  id!: string;

  @Column({ name: 'level_id', type: 'uuid' })
  levelId!: string;

  @ManyToOne(() => SkillLevelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'level_id', foreignKeyConstraintName: 'fk_skill_steps_level' })
  level?: SkillLevelEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Capabilities completing this step unlocks. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  unlocks!: Capability[];
}

@Entity({ name: 'skill_assignments' })
@Index('ix_skill_assignments_step', ['stepId', 'position'])
@Check('ck_skill_assignments_kind', `"kind" IN ('learning', 'practice')`)
@Check(
  'ck_skill_assignments_shape',
  `("kind" = 'learning' AND "goal" IS NULL AND "target" IS NULL) OR ("kind" = 'practice' AND "goal" IS NOT NULL AND "target" >= 1)`,
)
export class SkillAssignmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_skill_assignments' })
  id!: string;

  @Column({ name: 'step_id', type: 'uuid' })
  stepId!: string;

  @ManyToOne(() => SkillStepEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'step_id', foreignKeyConstraintName: 'fk_skill_assignments_step' })
  step?: SkillStepEntity;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: AssignmentKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'learning_type', type: 'varchar', length: 16, nullable: true })
  learningType!: LearningType | null;

  @Column({ name: 'body_markdown', type: 'text', default: '' })
  bodyMarkdown!: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  goal!: PracticeGoal | null;

  @Column({ type: 'int', nullable: true })
  target!: number | null;
}
