import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CAPABILITIES, LEARNING_TYPES, NETWORK_NAMES, PRACTICE_GOALS, PROFILE_CHECKLIST } from '@chorus/shared/contracts';

/** Response shapes for the OpenAPI document; the contracts library holds the matching types. */
export class SkillPathSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Empty = everyone' }) groupIds!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty() levelCount!: number;
  @ApiProperty() stepCount!: number;
  @ApiProperty({ description: 'Active advocates the path is rolled out to' }) advocateCount!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class SkillAssignmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['learning', 'practice'] }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: LEARNING_TYPES, nullable: true }) learningType!: string | null;
  @ApiProperty() bodyMarkdown!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ enum: PRACTICE_GOALS, nullable: true }) goal!: string | null;
  @ApiProperty({ type: Number, nullable: true }) target!: number | null;
}

export class SkillStepView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: CAPABILITIES, isArray: true }) unlocks!: string[];
  @ApiProperty({ type: [SkillAssignmentView] }) assignments!: SkillAssignmentView[];
}

export class SkillLevelView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() hours!: number;
  @ApiProperty({ type: [SkillStepView] }) steps!: SkillStepView[];
}

export class SkillPathView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) groupIds!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: [SkillLevelView] }) levels!: SkillLevelView[];
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class AssignmentProgressView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['learning', 'practice'] }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: LEARNING_TYPES, nullable: true }) learningType!: string | null;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ enum: PRACTICE_GOALS, nullable: true }) goal!: string | null;
  @ApiProperty({ type: Number, nullable: true }) target!: number | null;
  @ApiProperty({ description: 'Learning: 0 or 1; practice: the measured count, capped at the target' }) progress!: number;
  @ApiProperty() done!: boolean;
}

export class AssignmentDetailView extends AssignmentProgressView {
  @ApiProperty() bodyMarkdown!: string;
  @ApiProperty() stepName!: string;
  @ApiProperty() levelName!: string;
}

export class StepProgressView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: CAPABILITIES, isArray: true }) unlocks!: string[];
  @ApiProperty() complete!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: [AssignmentProgressView] }) assignments!: AssignmentProgressView[];
}

export class LevelProgressView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() hours!: number;
  @ApiProperty() complete!: boolean;
  @ApiProperty({ type: [StepProgressView] }) steps!: StepProgressView[];
}

export class NextActionView {
  @ApiProperty({ format: 'uuid' }) pathId!: string;
  @ApiProperty() levelName!: string;
  @ApiProperty({ format: 'uuid' }) stepId!: string;
  @ApiProperty() stepName!: string;
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'Share 2 curated items — 1 of 2 done' }) detail!: string;
  @ApiProperty({ example: '/feed', description: 'Web route where the advocate does it' }) route!: string;
  @ApiProperty() progress!: number;
  @ApiProperty() target!: number;
}

export class RequiredStepView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() levelName!: string;
}

export class CapabilityStateView {
  @ApiProperty({ enum: CAPABILITIES }) capability!: string;
  @ApiProperty() unlocked!: boolean;
  @ApiProperty({ type: RequiredStepView, nullable: true, description: 'The step that unlocks it, when one does' })
  requiredStep!: RequiredStepView | null;
}

export class CapabilitiesView {
  @ApiProperty({ type: [CapabilityStateView] }) capabilities!: CapabilityStateView[];
}

export class PathRefView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class MyPathHeaderView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
}

export class MyPathView {
  @ApiProperty({ type: MyPathHeaderView, nullable: true, description: 'Null when no active path is rolled out to the caller' })
  path!: MyPathHeaderView | null;
  @ApiProperty({ type: [LevelProgressView] }) levels!: LevelProgressView[];
  @ApiProperty({ type: NextActionView, nullable: true }) next!: NextActionView | null;
  @ApiProperty({ type: [String] }) levelsCompleted!: string[];
  @ApiProperty({ type: [CapabilityStateView] }) capabilities!: CapabilityStateView[];
  @ApiPropertyOptional({ type: [PathRefView], description: 'Every active path rolled out to the caller, default first' })
  available?: PathRefView[];
}

export class ItemReactionView {
  @ApiProperty({ format: 'uuid' }) contentItemId!: string;
  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 5 }) rating!: number | null;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TextSuggestionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) contentItemId!: string;
  @ApiProperty() contentTitle!: string;
  @ApiProperty({ enum: NETWORK_NAMES }) network!: string;
  @ApiProperty() text!: string;
  @ApiProperty() authorName!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ProfileChecklistEntryView {
  @ApiProperty({ enum: PROFILE_CHECKLIST }) item!: string;
  @ApiProperty({ example: 'A recent, friendly profile photo' }) label!: string;
  @ApiProperty() checked!: boolean;
}

export class ProfileChecklistView {
  @ApiProperty({ type: [ProfileChecklistEntryView] }) items!: ProfileChecklistEntryView[];
}

export class ContentSuggestionView {
  @ApiProperty({ format: 'uuid' }) contentItemId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'in_review' }) state!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class MatrixStepView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() levelName!: string;
}

export class MatrixRowView {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string', format: 'date-time' },
    description: 'stepId → when it was completed (absent: not complete)',
  })
  completed!: Record<string, string>;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The first step not complete' }) currentStepId!: string | null;
  @ApiProperty({ type: Number, nullable: true }) daysOnCurrentStep!: number | null;
}

export class MatrixStallView {
  @ApiProperty({ format: 'uuid' }) stepId!: string;
  @ApiProperty() current!: number;
  @ApiProperty({ description: 'On the step 14 days or more' }) stalled!: number;
}

export class ProgressMatrixView {
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) pathId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) groupId!: string | null;
  @ApiProperty({ type: [MatrixStepView] }) steps!: MatrixStepView[];
  @ApiProperty({ type: [MatrixRowView] }) rows!: MatrixRowView[];
  @ApiProperty({ type: [MatrixStallView] }) stalls!: MatrixStallView[];
  @ApiProperty({ type: [PathRefView] }) groups!: PathRefView[];
  @ApiProperty({ type: [PathRefView] }) paths!: PathRefView[];
}
