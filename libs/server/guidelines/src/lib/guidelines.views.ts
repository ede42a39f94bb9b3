import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GUIDELINE_SEVERITIES, NETWORK_NAMES } from '@chorus/shared/contracts';

/** Response shapes for the OpenAPI document; the contracts library holds the matching types. */
const RULE_SET = {
  type: 'object',
  additionalProperties: true,
  description: 'A rule set of @chorus/shared/guidelines',
} as const;

export class GuidelineAuthorView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class RuleSetVersionViewDto {
  @ApiProperty() version!: number;
  @ApiProperty(RULE_SET) ruleSet!: Record<string, unknown>;
  @ApiProperty() note!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: GuidelineAuthorView, nullable: true }) createdBy!: GuidelineAuthorView | null;
}

export class RuleSetVersionSummaryView {
  @ApiProperty() version!: number;
  @ApiProperty() note!: string;
  @ApiProperty() ruleCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: GuidelineAuthorView, nullable: true }) createdBy!: GuidelineAuthorView | null;
}

export class ClientRuleSetView {
  @ApiProperty() version!: number;
  @ApiProperty({ ...RULE_SET, description: 'The active rule set with its enabled rules only' }) ruleSet!: Record<
    string,
    unknown
  >;
}

export class TextRangeView {
  @ApiProperty({ description: 'UTF-16 offset' }) start!: number;
  @ApiProperty({ description: 'UTF-16 offset, exclusive' }) end!: number;
}

export class TextEditView extends TextRangeView {
  @ApiProperty() replacement!: string;
}

export class FixView {
  @ApiProperty() label!: string;
  @ApiProperty({ type: [TextEditView] }) edits!: TextEditView[];
}

export class ClauseView {
  @ApiProperty() section!: string;
  @ApiProperty() text!: string;
}

export class FindingView {
  @ApiProperty() ruleId!: string;
  @ApiProperty({ example: 'personal-data' }) kind!: string;
  @ApiProperty({ enum: GUIDELINE_SEVERITIES }) severity!: string;
  @ApiProperty({ type: [TextRangeView] }) ranges!: TextRangeView[];
  @ApiProperty() message!: string;
  @ApiProperty({ type: ClauseView }) clause!: ClauseView;
  @ApiPropertyOptional({ type: FixView }) fix?: FixView;
  @ApiPropertyOptional({ enum: NETWORK_NAMES }) network?: string;
}

export class CheckResultView {
  @ApiProperty({ description: 'The rule-set version the check used' }) version!: number;
  @ApiProperty({ type: [FindingView] }) findings!: FindingView[];
}
