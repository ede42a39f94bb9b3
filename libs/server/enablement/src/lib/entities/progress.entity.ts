import type { NetworkName, ProfileChecklistItem } from '@chorus/shared/contracts';
import { ContentItem } from '@chorus/server/content';
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
  UpdateDateColumn,
} from 'typeorm';
import { SkillAssignmentEntity, SkillStepEntity } from './skill-path.entity';

/**
 * The advocate's own activity the practice goals are measured from, and what they reached. Foreign keys to
 * users and content items cascade: a deleted user or item takes its activity with it.
 */

/** A learning item the advocate marked done. */
@Entity({ name: 'learning_completions' })
export class LearningCompletion {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_learning_completions' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_learning_completions_user' })
  user?: User;

  @PrimaryColumn({ name: 'assignment_id', type: 'uuid', primaryKeyConstraintName: 'pk_learning_completions' })
  assignmentId!: string;

  @ManyToOne(() => SkillAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id', foreignKeyConstraintName: 'fk_learning_completions_assignment' })
  assignment?: SkillAssignmentEntity;

  @CreateDateColumn({ name: 'completed_at', type: 'timestamptz' })
  completedAt!: Date;
}

/** The first time a step was complete for an advocate (kept when a count later drops: progress is earned). */
@Entity({ name: 'step_completions' })
@Index('ix_step_completions_step', ['stepId'])
export class StepCompletion {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_step_completions' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_step_completions_user' })
  user?: User;

  @PrimaryColumn({ name: 'step_id', type: 'uuid', primaryKeyConstraintName: 'pk_step_completions' })
  stepId!: string;

  @ManyToOne(() => SkillStepEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'step_id', foreignKeyConstraintName: 'fk_step_completions_step' })
  step?: SkillStepEntity;

  @Column({ name: 'completed_at', type: 'timestamptz' })
  completedAt!: Date;
}

/** A curated item the advocate opened (counted once per item). */
@Entity({ name: 'item_reads' })
export class ItemRead {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_item_reads' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_item_reads_user' })
  user?: User;

  @PrimaryColumn({ name: 'content_item_id', type: 'uuid', primaryKeyConstraintName: 'pk_item_reads' })
  contentItemId!: string;

  @ManyToOne(() => ContentItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_item_id', foreignKeyConstraintName: 'fk_item_reads_content_item' })
  contentItem?: ContentItem;

  @CreateDateColumn({ name: 'read_at', type: 'timestamptz' })
  readAt!: Date;
}

/** An advocate's rating and/or comment on a curated item (one per item, editable). */
@Entity({ name: 'item_reactions' })
@Check('ck_item_reactions_rating', `"rating" IS NULL OR ("rating" BETWEEN 1 AND 5)`)
@Check('ck_item_reactions_some', `"rating" IS NOT NULL OR "comment" IS NOT NULL`)
@Index('ix_item_reactions_item', ['contentItemId'])
export class ItemReaction {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_item_reactions' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_item_reactions_user' })
  user?: User;

  @PrimaryColumn({ name: 'content_item_id', type: 'uuid', primaryKeyConstraintName: 'pk_item_reactions' })
  contentItemId!: string;

  @ManyToOne(() => ContentItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_item_id', foreignKeyConstraintName: 'fk_item_reactions_content_item' })
  contentItem?: ContentItem;

  @Column({ type: 'smallint', nullable: true })
  rating!: number | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** An advocate's proposed improvement of a suggested text, for the curators. */
@Entity({ name: 'text_suggestions' })
@Index('ix_text_suggestions_item', ['contentItemId', 'createdAt'])
@Index('ix_text_suggestions_user', ['userId'])
export class TextSuggestionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_text_suggestions' })
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_text_suggestions_user' })
  user?: User;

  @Column({ name: 'content_item_id', type: 'uuid' })
  contentItemId!: string;

  @ManyToOne(() => ContentItem, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_item_id', foreignKeyConstraintName: 'fk_text_suggestions_content_item' })
  contentItem?: ContentItem;

  @Column({ type: 'varchar', length: 16 })
  network!: NetworkName;

  @Column({ type: 'text' })
  text!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One confirmed item of the "perfect profile" checklist. */
@Entity({ name: 'profile_checklist_items' })
export class ProfileChecklistEntry {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'pk_profile_checklist_items' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_profile_checklist_items_user' })
  user?: User;

  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'pk_profile_checklist_items' })
  item!: ProfileChecklistItem;

  @CreateDateColumn({ name: 'checked_at', type: 'timestamptz' })
  checkedAt!: Date;
}
