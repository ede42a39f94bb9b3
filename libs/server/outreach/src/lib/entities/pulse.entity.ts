import type { PulseQuestion } from '@chorus/shared/contracts';
import { User } from '@chorus/server/identity';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A weekly pulse: one to three Likert statements, for some groups (empty = everyone). */
@Entity({ name: 'pulse_surveys' })
@Index('ix_pulse_surveys_week', ['weekStart'])
export class PulseSurveyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_pulse_surveys' })
  id!: string;

  @Column({ type: 'varchar', length: 160 })
  title!: string;

  /** Monday of the survey's week. */
  @Column({ name: 'week_start', type: 'date' })
  weekStart!: string;

  @Column({ type: 'jsonb' })
  questions!: PulseQuestion[];

  @Column({ name: 'group_ids', type: 'uuid', array: true, default: () => "'{}'" })
  groupIds!: string[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One answer; `group_ids` is the advocate's groups when answering, so results split by group over time. */
@Entity({ name: 'pulse_answers' })
@Check('ck_pulse_answers_value', `"value" BETWEEN 1 AND 5`)
export class PulseAnswerEntity {
  @PrimaryColumn({ name: 'survey_id', type: 'uuid', primaryKeyConstraintName: 'pk_pulse_answers' })
  surveyId!: string;

  @ManyToOne(() => PulseSurveyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'fk_pulse_answers_survey' })
  survey?: PulseSurveyEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_pulse_answers' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_pulse_answers_user' })
  user?: User;

  @PrimaryColumn({ name: 'question_id', type: 'varchar', length: 16, primaryKeyConstraintName: 'pk_pulse_answers' })
  questionId!: string;

  @Column({ type: 'smallint' })
  value!: number;

  @Column({ name: 'group_ids', type: 'uuid', array: true, default: () => "'{}'" })
  groupIds!: string[];

  @CreateDateColumn({ name: 'answered_at', type: 'timestamptz' })
  answeredAt!: Date;
}
